/**
 * rev19 item 4: the 审核 sheet's 问题 said 计数应为整数，实际为 45.4 four times for one row's four
 * cells and named none; it now says it once after the cells, as `check` does.
 */
import { formatReport } from "../../src/cli/formatReport";
import { describeIssue } from "../../src/domain/describeIssue";
import { emptyCounts } from "../../src/domain/Status";
import type { CheckItem, CheckReport } from "../../src/sheet/CheckReport";
import { reviewSheet } from "../../src/sheet/reviewSheet";
import { reviewToDo } from "../../src/sheet/reviewToDo";

const whole = (cell: string): CheckItem["issues"][number] => ({
  code: "count_not_whole", severity: "warning", cell, received: "45.4",
  message: `工作表「表1」${cell}：计数应为整数，实际为 45.4`, messageEn: `Sheet "表1" ${cell}: a count should be a whole number, found 45.4`,
});
// another message on the row's cell (not the plan's own unit_inferred, which the 审核 问题 leaves out as check does: trial35 TP8)
const unit: CheckItem["issues"][number] = { code: "value_jump", severity: "warning", cell: "L22", message: "工作表「表1」L22：比 2023 年（40）增加 13%", messageEn: "Sheet \"表1\" L22: up 13% on 2023 (40)" };
const item = (issues: CheckItem["issues"]): CheckItem => ({
  kind: "indicator", template: "t", id: "x1", name: "城镇老旧小区改造个数", unit: "个", sheet: "表1", baseline: "0", target: "〔227〕",
  cells: { "2021": "I22", "2022": "J22", "2023": "K22", "2024": "L22" }, statusCell: "N22", status: "on_track", progress: 0.8, expected: 0.8, value: "45.4", issues,
});
const report = (issues: CheckItem["issues"]): CheckReport => ({ year: 2024, reportingUnit: "柯城区", templates: [], items: [item(issues)], counts: emptyCounts(), problems: [] });
const FOUR = ["L22", "I22", "J22", "K22"].map(whole);

describe("one message said of several cells is said once, naming them (rev19 item 4)", () => {
  test.each<[string, (r: CheckReport) => string, string]>([
    ["审核 sheet 问题", (r) => reviewToDo(reviewSheet(r))[0]?.change ?? "", "L22、I22、J22、K22：计数应为整数，实际为 45.4"],
    ["审核 sheet 问题, with another message on the row's cell", (r) => reviewToDo(reviewSheet({ ...r, items: [item([unit, ...FOUR])] }))[0]?.change ?? "",
      "L22：比 2023 年（40）增加 13%；L22、I22、J22、K22：计数应为整数，实际为 45.4"],
    ["check (zh)", (r) => formatReport("a.xlsx", r, "zh").split("\n")[3] ?? "", "L22、I22、J22、K22：计数应为整数，实际为 45.4"],
    ["check (en)", (r) => formatReport("a.xlsx", r, "en").split("\n")[3] ?? "", "L22, I22, J22, K22: a count should be a whole number, found 45.4"],
  ])("%s", (_, text, said) => {
    const t = text(report(FOUR));
    expect(t.endsWith(said)).toBe(true);
    expect(t.split(/计数应为整数|whole number/).length - 1).toBe(1);
  });
});

/**
 * list24 item 6: a sheet named after a list's unit note (`单位：万元`) or with 「」 in its name had its
 * message cut at the first ： of the name: `check` read `万元」F4：总投资 320000 亿元…`.
 */
describe("a sheet name with ： or 「」 is dropped whole from the message (list24 item 6)", () => {
  const said = (sheet: string, lang: "zh" | "en"): string => {
    const issue = { code: "count_not_whole" as const, severity: "warning" as const, cell: "F4", sheet, received: "45.4" };
    const x = { ...issue, message: describeIssue(issue, "zh"), messageEn: describeIssue(issue, "en") };
    return formatReport("a.xlsx", { ...report([x]), items: [{ ...item([x]), sheet }] }, lang).split("\n")[3] ?? "";
  };
  test.each<[string, "zh" | "en", string]>([
    ["单位：万元", "zh", "F4：计数应为整数"],
    ["「甲」表：2024", "zh", "F4：计数应为整数"],
    ["单位：万元", "en", "F4: a count should be"],
    ["plain", "zh", "F4：计数应为整数"],
  ])("sheet %s (%s)", (sheet, lang, start) => {
    const line = said(sheet, lang);
    expect(line).toContain(start);
    expect(line).not.toMatch(/万元」|万元"|」F4|2024F4/);
  });
});

/**
 * session 47: on a sheet nothing calculated (a script wrote the file) every formula's cell said the whole advice, three a
 * row; its sheet's one line says it now (formulas_uncalculated), and the row names its cells once, in short, in check's
 * 问题 and the 审核 sheet's alike.
 */
describe("a row's formulas with no result on a sheet nothing calculated: its cells named once, in short", () => {
  const folded = (cell: string, year: number, own: boolean): CheckItem["issues"][number] => ({
    code: own ? "formula_uncalculated" : "earlier_year_invalid", severity: own ? "error" : "warning", cell, received: `=${cell}*1`,
    params: { ...(own ? {} : { year, reason: "formula_uncalculated" }), uncalculatedSheet: 1 },
    message: `工作表「表1」${cell}：公式「=${cell}*1」未计算（文件中没有公式的计算结果）：请在 Excel、WPS 或 LibreOffice 中打开并保存后再核对`,
    messageEn: `Sheet "表1" ${cell}: the formula "=${cell}*1" has not been calculated (the file holds no result for it): open and save it in Excel, WPS or LibreOffice, then check again`,
  });
  const THREE = [folded("L22", 2024, true), folded("J22", 2022, false), folded("K22", 2023, false)];
  test.each<[string, (r: CheckReport) => string, string]>([
    ["审核 sheet 问题", (r) => reviewToDo(reviewSheet(r))[0]?.change ?? "", "L22、J22、K22：公式未计算（整张表都未计算，打开并保存即可）"],
    ["check (zh)", (r) => formatReport("a.xlsx", r, "zh").split("\n")[3] ?? "", "L22、J22、K22：公式未计算（整张表都未计算，打开并保存即可）"],
    ["check (en)", (r) => formatReport("a.xlsx", r, "en").split("\n")[3] ?? "", "L22, J22, K22: formula not calculated (nothing on this sheet was: open and save the file)"],
  ])("%s", (_, text, said) => {
    const t = text(report(THREE));
    expect(t.endsWith(said)).toBe(true);
    expect(t).not.toMatch(/文件中没有公式的计算结果|holds no result/);
  });
});
