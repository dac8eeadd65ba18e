import { excelTrim } from "./excelTrim";
import { PROJECT_STATES } from "../domain/ProjectInput";
import { parsePeriod } from "../domain/parsePeriod";
import { parseTarget } from "../domain/parseTarget";
import { STATUS_LABELS as L } from "../domain/Status";
import { targetValue } from "../domain/Target";
import type { ProjectTemplate } from "../templates/TemplateSchema";
import { FIRST_DATA_ROW, YEAR_NAME } from "./keys";
import { startListSheet } from "./startListSheet";
import type { PlannedSheet } from "./SheetPlan";
import { finishListSheet } from "./finishListSheet";
import { excelGe } from "./excelGe";
import { noteRequiredRule } from "./noteRequiredRule";
import { wrappedLines } from "./wrappedLines";
import { progressDigitsRules, type LineFormulas } from "./progressDigitsRules";

const HEADERS: Array<[string, string, number]> = [
  ["number", "序号", 5], ["category", "类别", 6], ["name", "项目名称", 24], ["content", "建设内容和规模", 36],
  ["location", "建设地点", 10], ["investment", "总投资(亿元)", 11], ["period", "建设起止年限", 11],
  ["unit", "责任单位", 14], ["person", "责任人", 8], ["remark", "备注", 10],
  ["completed", "累计完成投资(亿元)", 11], ["state", "项目状态", 9], ["status", "当年状态", 12],
  ["progress", "投资完成率", 9], ["note", "说明", 22], ["review", "审核意见", 20],
];

/** A project list (项目清单): the plan's columns, the return's two inputs, and a status formula. */
export function projectSheet(t: ProjectTemplate, name: string, reportYear: number): PlannedSheet {
  const b = startListSheet(name, t, HEADERS, ["id", "inv", "invbad", "ps", "pe", "pok"]);
  const lastRow = FIRST_DATA_ROW + t.projects.length - 1;
  /** the lines the first row's 投资完成率 is graded against (§4: s, and s/2 before the end year), for its decimals */
  let lines: LineFormulas | null = null;

  t.projects.forEach((p, i) => {
    const r = FIRST_DATA_ROW + i;
    // as tall as the wrapped 建设内容 or 项目名称 (LibreOffice does not grow a row when opening)
    b.sheet.rowHeights[r] = Math.min(400, 14 * Math.max(wrappedLines(p.content, b.width("content")), wrappedLines(p.name, b.width("name"))) + 2);
    (b.sheet.growRows ??= []).push(r);
    const text: Array<[string, string]> = [["number", p.number], ["category", p.category], ["name", p.name], ["content", p.content], ["location", p.location], ["investment", p.investment], ["period", p.period], ["remark", p.remark]];
    for (const [k, v] of text) b.value(r, b.col(k), v, k === "content" || k === "name" ? "textWrap" : "text");
    b.value(r, b.col("unit"), p.unit, "inputText");
    b.value(r, b.col("person"), p.person, "inputText");
    b.value(r, b.col("completed"), null, "input");
    b.value(r, b.col("state"), null, "inputText");
    b.value(r, b.col("note"), null, "inputText");
    b.value(r, b.col("review"), null, "inputText");
    const inv = parseTarget(p.investment);
    const iv = inv.kind === "point" ? inv.value : targetValue(inv);
    const per = parsePeriod(p.period);
    b.value(r, b.col("id"), p.id, "hidden");
    b.value(r, b.col("inv"), inv.kind === "none" || iv === null ? "" : iv, "hidden");
    b.value(r, b.col("invbad"), iv !== null && iv < 0 ? 1 : 0, "hidden");
    b.value(r, b.col("ps"), per.ok ? per.start : "", "hidden");
    b.value(r, b.col("pe"), per.ok ? per.end : "", "hidden");
    b.value(r, b.col("pok"), per.ok ? 1 : 0, "hidden");

    const c = (k: string): string => b.ref(k, r);
    const C = c("completed"), INV = c("inv"), PS = c("ps"), PE = c("pe");
    const ST = `IFERROR(${excelTrim(c("state"))},"#ERR")`;
    const states = `{${PROJECT_STATES.map((s) => `"${s}"`).join(",")}}`;
    // a number in a percent style (85 typed into a % cell, stored 0.85) is a completion share, no amount: 数据异常, as check's
    // project_completed_share (CELL("format") gives P0, P1… for percent styles in Excel, LibreOffice and Gnumeric)
    const share = `AND(ISNUMBER(${C}),LEFT(CELL("format",${C}),1)="P")`;
    // no 责任单位 is 数据异常 only on a row something was typed in, as check's project_no_unit (a blank row stays 未填报)
    const noUnit = `AND(IFERROR(${excelTrim(c("unit"))},"#ERR")="",OR(NOT(ISBLANK(${C})),${ST}<>""))`;
    const errors = `OR(${c("invbad")}=1,${share},${c("pok")}=0,${noUnit},AND(${ST}<>"",ISNA(MATCH(${ST},${states},0))),IF(ISBLANK(${C}),FALSE,IF(ISLOGICAL(${C}),TRUE,IF(ISNUMBER(${C}),${C}<0,TRUE))))`;
    const timeShare = `MIN(1,MAX(0,(${YEAR_NAME}-${PS}+1)/(${PE}-${PS}+1)))`;
    const q = `${C}/${INV}`;
    const status =
      `IF(${errors},"${L.invalid}",IF(OR(${ST}="已撤并",${ST}="已转型"),"${L.not_applicable}",` +
      `IF(${YEAR_NAME}<${PS},"${L.not_applicable}",IF(${ST}="已完工","${L.met}",IF(ISBLANK(${C}),"${L.missing}",` +
      `IF(${INV}="","${L.manual}",IF(${excelGe(C, INV)},"${L.met}",IF(${YEAR_NAME}>${PE},"${L.severe}",` +
      `IF(${INV}<=0,"${L.manual}",IF(${excelGe(q, timeShare)},"${L.on_track}",IF(${excelGe(q, `${timeShare}/2`)},"${L.lagging}","${L.severe}")))))))))))`;
    b.formula(r, b.col("status"), status, "status");
    // §4 keeps s and s/2 (no bands); past the end year (逾期) only s = 1 is a line (no s/2 line: -1 is never reached)
    if (r === FIRST_DATA_ROW) lines = { expected: timeShare, lagging: timeShare, severe: `IF(${YEAR_NAME}>${PE},-1,${timeShare}/2)` };
    b.formula(r, b.col("progress"), `IF(AND(ISNUMBER(${C}),ISNUMBER(${INV}),NOT(${share})),IF(${INV}>0,${C}/${INV},""),"")`, "progress");
    b.sheet.validations.push({
      range: `${b.letter("completed")}${r}`, type: "decimal", min: 0, max: 1e15, errorStyle: "warning",
      promptTitle: "累计完成投资(亿元)", prompt: `填写截至${reportYear}年底累计完成投资，单位亿元。总投资：${p.investment}；建设年限：${p.period}。`.slice(0, 250),
      errorTitle: "数值有误", error: "累计完成投资应为不小于 0 的数值（亿元）。如确认无误，请点击“是”保留。",
    });
  });
  finishListSheet(b, lastRow, "completed", {
    list: [...PROJECT_STATES], promptTitle: "项目状态", prompt: "请选择：未开工 / 在建 / 已完工 / 已撤并 / 已转型",
    errorTitle: "项目状态", error: "请从列表中选择项目状态。",
  });
  // 滞后 / 严重滞后 projects need a 说明 too (checkGrid's lagging_no_note)
  b.sheet.conditionalFormats.push(noteRequiredRule(`${b.letter("note")}${FIRST_DATA_ROW}:${b.letter("note")}${lastRow}`, `$${b.letter("status")}${FIRST_DATA_ROW}`));
  // the 投资完成率 cell keeps to its side of a line, as an indicator's 进度 does (progressBeside; evaluation-rules §3a)
  if (lines) {
    const progress = `${b.letter("progress")}${FIRST_DATA_ROW}`;
    b.sheet.conditionalFormats.push(...progressDigitsRules(`${progress}:${b.letter("progress")}${lastRow}`, `$${progress}`, `$${b.letter("status")}${FIRST_DATA_ROW}`, lines));
  }
  return b.sheet;
}
