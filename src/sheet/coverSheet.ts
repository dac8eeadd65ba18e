import { STATUS_LABELS, type Status } from "../domain/Status";
import type { Template } from "../templates/TemplateSchema";
import { APP_MARK, KEY_ROW } from "./keys";
import { STATUS_FILL } from "./palette";
import { SheetBuilder } from "./SheetBuilder";
import type { PlannedSheet } from "./SheetPlan";
import { bandLegend } from "./bandLegend";

export const COVER_NAME = "填报说明";
export const COVER_MARK = `${APP_MARK}:cover`;
/** Where the reporting year and the reporting unit sit on the cover. */
export const YEAR_CELL = { row: 5, col: 3 };
export const UNIT_CELL = { row: 4, col: 3 };

const LEGEND: Array<[Status, string]> = [
  ["met", "目标条件已满足"],
  ["on_track", "未达标，但自基期以来的进度不低于时间进度（序时进度）"],
  ["lagging", "进度低于序时进度，但不低于其一半；或无法计算进度而未达标"],
  ["severe", "进度低于序时进度的一半，或倒退；项目逾期未完成"],
  ["invalid", "填写的不是可用数值（文字、错误值、超出单位范围等）"],
  ["missing", "本年度应填未填"],
];

/** The cover: what this return is, the reporting year the formulas use, the legend, how to fill in. */
export function coverSheet(templates: Template[], reportYear: number, reportingUnit: string): PlannedSheet {
  const b = new SheetBuilder(COVER_NAME, "cover");
  b.addColumn("label", 14); b.addColumn("gap", 2); b.addColumn("value", 60); b.addColumn("more", 30);
  b.value(1, 1, "规划指标填报 · 填报说明", "title");
  b.sheet.merges.push("A1:D1");
  b.sheet.rowHeights[1] = 32;
  b.value(KEY_ROW, 1, COVER_MARK, "hidden");
  b.sheet.hiddenRows.push(KEY_ROW);
  b.value(3, 1, "规划名称", "header");
  b.value(3, 3, templates.map((t) => t.title).join("；"), "textWrap");
  b.value(UNIT_CELL.row, 1, "填报单位", "header");
  b.value(UNIT_CELL.row, YEAR_CELL.col, reportingUnit, "inputText");
  b.value(YEAR_CELL.row, 1, "报告年份", "header");
  b.value(YEAR_CELL.row, YEAR_CELL.col, reportYear, "yearInput", { numFmt: "0" });
  b.value(6, 1, "来源", "header");
  b.value(6, 3, [...new Set(templates.map((t) => `${t.source.document} ${t.source.table}`))].join("；"), "textWrap");
  b.value(8, 1, "状态图例", "header");
  LEGEND.forEach(([s, text], i) => {
    const r = 9 + i;
    b.value(r, 1, STATUS_LABELS[s], "legendLabel", { fill: STATUS_FILL[s].fill });
    b.value(r, 3, bandLegend(s, templates) ?? text, "textWrap");
  });
  b.value(9 + LEGEND.length, 1, STATUS_LABELS.manual, "legendLabel");
  b.value(9 + LEGEND.length, 3, "目标为文字描述，由审核人员在“人工评估”列给出结论", "textWrap");
  b.value(10 + LEGEND.length, 1, STATUS_LABELS.not_applicable, "legendLabel");
  b.value(10 + LEGEND.length, 3, "本年度无目标（“/”），或项目尚未开工、已撤并", "textWrap");
  const how = [
    "1. 在各指标工作表中，只在白底的年度列填写当年实际值（数值，不带单位、不加“%”、不写“>96”）。",
    "2. 累计目标（〔 〕内数字）每年填写当年完成数，系统自动累计。",
    "3. “当年状态”由公式按报告年份自动判断，请勿改写；修改上方报告年份即可重新判断。",
    "4. 状态为“滞后”或“严重滞后”的，请在“说明”列写明原因。",
    "5. 本工作簿不依赖插件：在 Excel、WPS、LibreOffice 中均可填写和查看。",
  ];
  how.forEach((line, i) => b.value(18 + i, 1, line, "note"));
  for (let i = 0; i < how.length; i++) b.sheet.merges.push(`A${18 + i}:D${18 + i}`);
  b.value(17, 1, "填写方法", "header");
  // the plan period (issue 14): a year outside it would leave no column to type into
  const from = Math.min(...templates.map((t) => t.baselineYear), reportYear);
  const to = Math.max(...templates.map((t) => t.targetYear), reportYear);
  b.sheet.validations.push({
    range: "C5", type: "decimal", min: from, max: to, errorStyle: "stop",
    promptTitle: "报告年份", prompt: `填写本次填报所属的年度（规划期 ${from}–${to} 年）。各表的状态公式按此年份判断。`,
    errorTitle: "报告年份", error: `报告年份应为规划期 ${from}–${to} 年之间的年份。`,
  });
  b.sheet.print = { landscape: false, fitToWidth: true };
  return b.sheet;
}
