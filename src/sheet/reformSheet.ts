import { excelTrim } from "./excelTrim";
import { REFORM_STATES } from "../domain/ProjectInput";
import { reformDeadline } from "../domain/reformDeadline";
import { STATUS_LABELS as L } from "../domain/Status";
import type { ReformTemplate } from "../templates/TemplateSchema";
import { FIRST_DATA_ROW } from "./keys";
import { startListSheet } from "./startListSheet";
import type { PlannedSheet } from "./SheetPlan";
import { finishListSheet } from "./finishListSheet";
import { wrappedLines } from "./wrappedLines";

const HEADERS: Array<[string, string, number]> = [
  ["number", "序号", 5], ["category", "类别", 6], ["name", "改革名称", 20], ["goal", "改革目标", 30],
  ["tasks", "改革任务", 40], ["leadUnit", "牵头单位", 14], ["person", "责任人", 8], ["participants", "参与单位", 16],
  ["state", "进展状态", 9], ["evidence", "佐证材料", 24], ["status", "当年状态", 12], ["note", "说明", 20], ["review", "审核意见", 20],
];

/** A list's 完成时限 column, after its tasks: only where a reform has one (a list without keeps its columns). */
const DEADLINE: [string, string, number] = ["deadline", "完成时限", 10];

/**
 * A reform list (改革清单): qualitative, judged by state and evidence; a reform whose 完成时限 falls in or before the
 * year is 严重滞后 (逾期) unless 已完成, as evaluateReform says (evaluation-rules §5, our reading).
 */
export function reformSheet(t: ReformTemplate, name: string, reportYear: number): PlannedSheet {
  const timed = t.reforms.some((rf) => rf.deadline !== undefined);
  const headers = timed ? HEADERS.flatMap((h) => (h[0] === "tasks" ? [h, DEADLINE] : [h])) : HEADERS;
  const b = startListSheet(name, t, headers, ["id"]);
  const lastRow = FIRST_DATA_ROW + t.reforms.length - 1;
  t.reforms.forEach((rf, i) => {
    const r = FIRST_DATA_ROW + i;
    // as tall as its longest wrapped cell (LibreOffice does not grow a row when opening)
    const wrapped: Array<[string, string]> = [["name", rf.name], ["goal", rf.goal], ["tasks", rf.tasks], ["participants", rf.participants]];
    b.sheet.rowHeights[r] = Math.min(400, 14 * Math.max(...wrapped.map(([k, v]) => wrappedLines(v, b.width(k)))) + 2);
    (b.sheet.growRows ??= []).push(r);
    const text: Array<[string, string]> = [["number", rf.number], ["category", rf.category], ["name", rf.name], ["goal", rf.goal], ["tasks", rf.tasks], ["person", rf.person], ["participants", rf.participants]];
    for (const [k, v] of text) b.value(r, b.col(k), v, k === "number" || k === "category" ? "text" : "textWrap");
    if (timed) b.value(r, b.col("deadline"), rf.deadline ?? "", "text");
    b.value(r, b.col("leadUnit"), rf.leadUnit, "inputText");
    for (const k of ["state", "evidence", "note", "review"]) b.value(r, b.col(k), null, "inputText");
    b.value(r, b.col("id"), rf.id, "hidden");
    const ST = `IFERROR(${excelTrim(b.ref("state", r))},"#ERR")`;
    const EV = `IFERROR(${excelTrim(b.ref("evidence", r))},"#ERR")`;
    const states = `{${REFORM_STATES.map((s) => `"${s}"`).join(",")}}`;
    // the deadline is the template's, so whether it has passed by the year's end is known when the sheet is made
    const deadline = reformDeadline(rf.deadline ?? "");
    const open = deadline !== null && reportYear >= deadline.year ? L.severe : L.manual;
    b.formula(r, b.col("status"),
      `IF(OR(IFERROR(${excelTrim(b.ref("leadUnit", r))},"#ERR")="",AND(${ST}<>"",ISNA(MATCH(${ST},${states},0))),AND(${ST}="已完成",${EV}="")),"${L.invalid}",` +
      `IF(${ST}="","${L.missing}",IF(${ST}="已完成","${L.met}","${open}")))`, "status");
  });
  finishListSheet(b, lastRow, "state", {
    list: [...REFORM_STATES], promptTitle: "进展状态", prompt: `请选择${reportYear}年底的进展：未启动 / 推进中 / 已完成。已完成须填写佐证材料。`,
    errorTitle: "进展状态", error: "请从列表中选择进展状态。",
  });
  return b.sheet;
}
