import type ExcelJS from "exceljs";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { workbookToGrid } from "../../src/hosts/xlsx/readXlsx";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { COVER_NAME, YEAR_CELL } from "../../src/sheet/coverSheet";
import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import { unusableText } from "../../src/domain/UnusableReason";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";

/**
 * trial33 T11: a 2023 return whose cover's year was changed to 2024 read 未填报 on every row, with no hint why; and
 * among 2023 returns it was told "如是上一年度的表，请用 rollover …", wrong for a later year.
 */
const ZS = findTemplate("zhoushan-2021-2025") as Template;
const ids = ZS.kind === "indicators" ? ZS.indicators.map((d) => d.id) : [];

/** A return made for `made`, `filled` rows holding a value in each year of `years`, its cover's year then set to `cover`. */
function problemsOf(made: number, cover: number, filled: number, years: number[]) {
  const wb: ExcelJS.Workbook = planToWorkbook(buildWorkbookPlan([ZS], { year: made, reportingUnit: "开化县" }));
  const entries: InputEntry[] = ids.slice(0, filled).flatMap((id, i) => years.map((y) => ({ template: ZS.id, id, key: `in:${y}`, value: 30 + i })));
  expect(fillInputs(wb, entries)).toEqual([]);
  wb.getWorksheet(COVER_NAME)!.getCell(YEAR_CELL.row, YEAR_CELL.col).value = cover;
  const r = checkGrid(workbookToGrid(wb));
  if (!r.ok) throw new Error(r.message);
  return r.report.problems.filter((p) => p.code === "cover_year_changed");
}

test.each<[string, number, number, number, number[], { year: number; made: number; count: number } | null]>([
  ["made for 2023, filled for 2023, cover changed to 2024: told", 2023, 2024, 11, [2022, 2023], { year: 2024, made: 2023, count: 11 }],
  ["made for 2024, filled for 2024, cover changed to 2023 (an earlier year)", 2024, 2023, 6, [2024], { year: 2023, made: 2024, count: 6 }],
  ["cover changed, but a row holds a value in the cover's year: a reuse, not told", 2023, 2024, 5, [2023, 2024], null],
  ["the cover's year is the year it was made for (nothing filled yet, a rolled-over return): not told", 2024, 2024, 8, [2023], null],
  ["cover changed, nothing filled at all: nothing to point at, not told", 2023, 2024, 0, [], null],
])("%s", (_, made, cover, filled, years, told) => {
  const found = problemsOf(made, cover, filled, years);
  expect(found.map((p) => p.params)).toEqual(told === null ? [] : [expect.objectContaining(told)]);
  for (const p of found) {
    expect(describeWorkbookProblem(p, "zh")).toContain(`请把「填报说明」表 C5 的报告年份改回 ${made}`);
    expect(describeWorkbookProblem(p, "en")).toContain(`set the reporting year on the "填报说明" sheet (C5) back to ${made}`);
  }
});

test.each<[string, number, number, "zh" | "en", RegExp, RegExp]>([
  ["a later year (zh): no rollover", 2024, 2023, "zh", /如只是「填报说明」表 C5 的报告年份填错，改为 2023 后再汇总；如确是 2024 年度的填报，请留待 2024 年度再汇总/, /rollover|上一年度/],
  ["a later year (en)", 2024, 2023, "en", /if only the reporting year on the 填报说明 sheet \(C5\) is wrong, set it to 2023 and summarise again; if it really is the 2024 return, keep it for those of 2024/, /rollover|last year/],
  ["an earlier year (zh): rollover, as before", 2022, 2023, "zh", /如是上一年度的表，请用 rollover "该文件" --year 2023/, /留待/],
  ["an earlier year (en)", 2022, 2023, "en", /if it is last year's form, roll it over with rollover "file" --year 2023/, /keep it for/],
])("other_year's fix, %s", (_, own, asked, lang, says, not) => {
  const t = unusableText("other_year", lang, "summary", true, { years: { own, asked } });
  expect(t).toMatch(says);
  expect(t).not.toMatch(not);
});
