import { checkActual } from "../../src/domain/checkActual";
import type { CellValue } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { detectUnit } from "../../src/domain/Unit";
import { typedText } from "../../src/domain/typedText";
import { excelInput } from "../../src/hosts/xlsx/excelInput";
import { NO_PLAN } from "../../src/domain/PlanFigures";

// a trial's =120/3, typed with openpyxl: check said only "公式未计算…Excel 或 WPS", the report "—",
// rollover dropped it. The formula is quoted where the reader kept it, and LibreOffice named (it computes it too)
describe("a formula never calculated is quoted and carried as typed", () => {
  test.each<[string, CellValue, string, string, unknown]>([
    ["its text kept", { type: "uncalculated", formula: "120/3" }, "公式「=120/3」未计算（文件中没有公式的计算结果）：请在 Excel、WPS 或 LibreOffice 中打开并保存后再核对",
      'the formula "=120/3" has not been calculated (the file holds no result for it): open and save it in Excel, WPS or LibreOffice, then check again', { value: { formula: "120/3" } }],
    ["no text (a shared formula's other cell)", { type: "uncalculated" }, "公式未计算（文件中没有公式的计算结果）：请在 Excel、WPS 或 LibreOffice 中打开并保存后再核对",
      "the formula has not been calculated (the file holds no result for it): open and save it in Excel, WPS or LibreOffice, then check again", null],
  ])("%s", (_name, v, zh, en, carried) => {
    const issue = checkActual(v, { unit: detectUnit("覆盖率（%）"), name: "覆盖率（%）", plan: { ...NO_PLAN, numbers: [50, 80] } }).issues[0]!;
    expect(issue.code).toBe("formula_uncalculated");
    expect([describeIssue(issue, "zh"), describeIssue(issue, "en")]).toEqual([zh, en]);
    expect(typedText(v)).toBe(v.type === "uncalculated" && v.formula ? `=${v.formula}` : "");
    expect(excelInput(v)).toEqual(carried);
  });
});
