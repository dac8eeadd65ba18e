/**
 * The cover is the sheet 填报说明: no tab is called 封面, and a trial's user looked for one (trial33p P11). Every
 * message that sends a person to the cover names the sheet they see (「填报说明」表, with the cell to correct where
 * there is one; "the 填报说明 sheet" in English, "the cover" only as a gloss in brackets). Session 33 changed one
 * line (cover_no_unit); these said 封面 / "the cover" until session 34. Codes and JSON keys are unchanged.
 */
import { a1 } from "../../src/sheet/a1";
import { COVER_NAME, UNIT_CELL, YEAR_CELL } from "../../src/sheet/coverSheet";
import { COVER_WORDS } from "../../src/domain/COVER_WORDS";
import { cycleMessage } from "../../src/cli/cycleMessages";
import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import { workbookProblem } from "../../src/sheet/WorkbookProblem";
import { unusableText } from "../../src/domain/UnusableReason";
import { coverlessUnitName } from "../../src/sheet/coverlessUnitName";
import { t } from "../../src/ui/shared/i18n";

type Lang = "zh" | "en";
const merged = { file: "各县合并.xlsx", n: 2, sheets: "「乙」、「丙」", of: "甲", unit: "柯城区", units: "江山市、常山县" };
const workbook = (code: "cover_year_changed" | "cover_year_outside_plan" | "units_merged" | "not_plan_returns", lang: Lang): string => describeWorkbookProblem(
  code === "cover_year_changed" ? workbookProblem(code, { sheet: "舟山市表2", year: 2024, made: 2023, count: 11 })
  : code === "cover_year_outside_plan" ? workbookProblem(code, { sheet: COVER_NAME, cell: "C5", template: "zs", title: "某规划", from: 2021, to: 2025, year: 2026 })
  : code === "units_merged" ? workbookProblem(code, { of: "甲", unit: "柯城区", sheets: "乙\n丙", units: "江山市\n常山县", count: 2 })
  : workbookProblem(code, { unit: "建湖县" }), lang);

/** each: what says it, and the text in a language */
const LINES: ReadonlyArray<readonly [string, (lang: Lang) => string]> = [
  ["cover_unit_by_name (summary)", (l) => cycleMessage("cover_unit_by_name", { file: "2023-普陀区.xlsx", unit: "普陀区", task: "summary" }, l)],
  ["cover_unit_by_name (rollover)", (l) => cycleMessage("cover_unit_by_name", { file: "2023-普陀区.xlsx", unit: "普陀区", task: "rollover" }, l)],
  ["roll_no_unit", (l) => cycleMessage("roll_no_unit", { file: "新建.xlsx" }, l)],
  ["roll_cover_blank", (l) => cycleMessage("roll_cover_blank", { file: "新建.xlsx", out: "2024-新建.xlsx" }, l)],
  ["rolled_signoffs_left", (l) => cycleMessage("rolled_signoffs_left", { n: 2 }, l)],
  ["rolled_merged", (l) => cycleMessage("rolled_merged", merged, l)],
  ["merged_returns", (l) => cycleMessage("merged_returns", { ...merged, task: "summary" }, l)],
  ["check: cover_year_changed", (l) => workbook("cover_year_changed", l)],
  ["check: cover_year_outside_plan", (l) => workbook("cover_year_outside_plan", l)],
  ["check: units_merged", (l) => workbook("units_merged", l)],
  ["check: not_plan_returns, a copied return", (l) => workbook("not_plan_returns", l)],
  ["a file of another year (other_year)", (l) => unusableText("other_year", l, "summary", true, { years: { own: 2023, asked: 2024 } })],
  ["a file of another year, later (other_year)", (l) => unusableText("other_year", l, "summary", true, { years: { own: 2025, asked: 2024 } })],
  ["the pane's roll dialog", (l) => t(l, "roll.text", { from: 2023, to: 2024 })],
  ["the pane's roll counts", (l) => t(l, "roll.count.signOff", { n: 2, fields: "填报日期、审核人" })],
];

describe("messages name the cover as the sheet people see", () => {
  test.each(LINES)("%s", (_n, say) => {
    const zh = say("zh"), en = say("en");
    expect({ zh: /封面/.test(zh), sheet: zh.includes(COVER_WORDS.zh.sheet) }).toEqual({ zh: false, sheet: true });
    // English: the tab's name; "cover" only inside a gloss in brackets
    const bare = en.replace(/\([^()]*cover[^()]*\)/g, "");
    expect({ cover: /\bcovers?\b/i.test(bare), sheet: en.includes("填报说明") }).toEqual({ cover: false, sheet: true });
  });

  test.each<[string, string, string]>([
    ["the reporting year", a1(YEAR_CELL.row, YEAR_CELL.col), COVER_WORDS.yearAt],
    ["the 填报单位", a1(UNIT_CELL.row, UNIT_CELL.col), COVER_WORDS.unitAt],
    ["the sheet's name", COVER_NAME, COVER_WORDS.name],
  ])("%s: the words name the cell the sheet builder writes (%s)", (_n, built, said) => {
    expect(said).toBe(built);
    expect(COVER_WORDS.zh.sheet).toBe(`「${COVER_NAME}」表`);
  });

  test("a return without its 填报单位 is named by its file and the sheet to fill in", () => {
    expect(coverlessUnitName("/a/青石2023-blank.xlsx")).toBe("青石2023-blank.xlsx（「填报说明」表未填填报单位）");
  });
});
