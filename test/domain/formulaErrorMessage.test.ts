import { str, type CellValue } from "../../src/domain/CellValue";
import { checkActual } from "../../src/domain/checkActual";
import { describeIssue } from "../../src/domain/describeIssue";
import { detectUnit } from "../../src/domain/Unit";
import { evaluateProject } from "../../src/domain/evaluateProject";
import type { Issue } from "../../src/domain/Issue";
import { NO_PLAN } from "../../src/domain/PlanFigures";

/*
 * trial44a F6: a value cell holding =A1*2 (pointing at the sheet's title) was said 「单元格为错误值 #VALUE!」, as if #VALUE!
 * had been typed. A formula's error result says it is a formula's and quotes the formula where the reader kept it (the
 * .xlsx reader, up to FORMULA_KEPT); where the reader knows only that a formula is there (the task pane, ExcelApi 1.9) it
 * says so unquoted; an error value with no formula reads as before. An indicator's value and a project's amount alike.
 */
const NAME = "每千人口拥有中医执业(助理)医师数（人）";
const indicator = (v: CellValue): Issue => checkActual(v, { unit: detectUnit(NAME), name: NAME, plan: NO_PLAN }).issues[0]!;
const project = (v: CellValue): Issue =>
  evaluateProject({ investment: "49.07", period: "2021-2025", unit: "柯城区", completed: v, state: str("在建") }, 2024, { completed: "K5", state: "L5" }, "表1").issues.find((i) => i.code === "formula_error")!;

describe("a formula's error result names the formula", () => {
  test.each<[string, Issue, string, string]>([
    ["a formula kept: quoted", indicator({ type: "error", code: "#VALUE!", formula: "A1*2" }),
      "单元格中的公式「=A1*2」计算结果为错误值 #VALUE!：应填数值（人 ≥ 0），请直接填写数值，或改正公式",
      "the cell holds a formula \"=A1*2\" whose result is the error #VALUE!; expected a number (人 ≥ 0): enter the number, or correct the formula"],
    ["a formula whose text the reader did not keep: said unquoted", indicator({ type: "error", code: "#REF!", formula: "" }),
      "单元格中的公式计算结果为错误值 #REF!：应填数值（人 ≥ 0），请直接填写数值，或改正公式",
      "the cell holds a formula whose result is the error #REF!; expected a number (人 ≥ 0): enter the number, or correct the formula"],
    ["an error value, no formula: as before", indicator({ type: "error", code: "#N/A" }),
      "单元格为错误值 #N/A，应填数值（人 ≥ 0）", "the cell holds the error #N/A; expected a number (人 ≥ 0)"],
    ["a project's amount: its formula quoted", project({ type: "error", code: "#DIV/0!", formula: "K4/0" }),
      "单元格中的公式「=K4/0」计算结果为错误值 #DIV/0!：应填数值（亿元）", "the cell holds a formula \"=K4/0\" whose result is the error #DIV/0!; expected a number (100m yuan)"],
  ])("%s", (_, issue, zh, en) => {
    expect(issue.code).toBe("formula_error");
    expect(describeIssue(issue, "zh")).toContain(zh);
    expect(describeIssue(issue, "en")).toContain(en);
  });
});
