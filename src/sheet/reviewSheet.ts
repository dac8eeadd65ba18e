import { cellText } from "../domain/CellValue";
import { STATUS_LABELS } from "../domain/Status";
import type { CheckReport } from "./CheckReport";
import { gridCell, type GridSheet } from "./Grid";
import { APP_MARK, FIRST_DATA_ROW, HEADER_ROW, KEY_ROW } from "./keys";
import { COLOURED, STATUS_FILL } from "./palette";
import { SheetBuilder } from "./SheetBuilder";
import type { PlannedSheet } from "./SheetPlan";
import { isFlagged } from "./summarize";
import { internalLink } from "./summarySheets";

export const REVIEW_SHEET = "审核";
export const REVIEW_MARK = `${APP_MARK}:review`;
export const DECISIONS = ["通过", "退回修改", "已说明"] as const;
/** 复核状态: no decision yet; a decision that still holds; the value changed since; the flag is gone. */
export const REVIEW_STATES = { open: "待审核", valid: "有效", stale: "待复核", gone: "已消除" } as const;

export interface Decision {
  key: string;
  fingerprint: string;
  decision: string;
  comment: string;
  reviewer: string;
  date: string;
  /** the visible columns of a row whose flag is gone, kept so no decision is lost */
  shown: string[];
}

const COLS: Array<[string, string, number]> = [
  ["sheet", "工作表", 14], ["cell", "位置", 10], ["name", "指标/项目", 30], ["value", "当年值", 10], ["status", "状态", 11],
  ["issue", "问题", 40], ["note", "说明", 20], ["decision", "审核结论", 10], ["comment", "审核意见", 24], ["reviewer", "审核人", 9],
  ["date", "审核日期", 11], ["review", "复核状态", 9],
];

/** Reads the decisions already recorded on a 审核 sheet, keyed by template, id, year and flag. */
export function readDecisions(sheets: GridSheet[]): Map<string, Decision> {
  const out = new Map<string, Decision>();
  const s = sheets.find((x) => cellText(gridCell(x, KEY_ROW, 1)) === REVIEW_MARK);
  if (!s) return out;
  const keys = new Map<string, number>();
  (s.rows[KEY_ROW - 1] ?? []).forEach((c, i) => { if (c.type === "string") keys.set(c.text, i + 1); });
  const get = (r: number, k: string): string => {
    const c = keys.get(k);
    return c === undefined ? "" : cellText(gridCell(s, r, c)).trim();
  };
  for (let r = FIRST_DATA_ROW; r <= s.rows.length; r++) {
    const key = get(r, "key");
    if (!key) continue;
    const d: Decision = { key, fingerprint: get(r, "fingerprint"), decision: get(r, "decision"), comment: get(r, "comment"), reviewer: get(r, "reviewer"), date: get(r, "date"), shown: COLS.slice(0, 7).map(([k]) => get(r, k)) };
    if (d.decision || d.comment || d.reviewer || d.date) out.set(key, d);
  }
  return out;
}

interface Flag { key: string; fingerprint: string; shown: string[]; cell: string; sheet: string; status: keyof typeof STATUS_LABELS }

function flagsOf(report: CheckReport): Flag[] {
  const flags: Flag[] = [];
  for (const item of report.items) {
    if (!isFlagged(item)) continue;
    const base = `${item.template}|${item.id}|${report.year}`;
    const cell = item.cells[String(report.year)] ?? item.cells["completed"] ?? item.cells["state"] ?? item.statusCell;
    const fp = `${item.value ?? ""}|${item.status}`;
    const shown = (issue: string): string[] => [item.sheet, cell, item.name, item.value ?? "", STATUS_LABELS[item.status], issue, item.note ?? ""];
    const real = item.issues.filter((x) => x.severity !== "info");
    if (real.length === 0 || ["lagging", "severe", "missing", "manual"].includes(item.status)) {
      flags.push({ key: `${base}|status`, fingerprint: fp, shown: shown(STATUS_LABELS[item.status]), cell, sheet: item.sheet, status: item.status });
    }
    for (const x of real) {
      flags.push({ key: `${base}|${x.code}|${x.cell ?? ""}`, fingerprint: `${x.received ?? ""}|${fp}`, shown: shown(x.message.replace(/^[^：]*：/, "")), cell: x.cell ?? cell, sheet: item.sheet, status: item.status });
    }
  }
  return flags;
}

/**
 * The 审核 sheet: every flag with a link to its cell and the reviewer's columns. Decisions
 * recorded before are kept by key; one whose value changed since is marked 待复核, and one
 * whose flag is gone stays as 已消除, so no decision is dropped silently.
 */
export function reviewSheet(report: CheckReport, previous: Map<string, Decision>): PlannedSheet {
  const b = new SheetBuilder(REVIEW_SHEET, "template");
  for (const [k, , w] of COLS) b.addColumn(k, w);
  b.addColumn("key", 10, true);
  b.addColumn("fingerprint", 10, true);
  b.value(1, 1, `${report.year}年度审核（${report.reportingUnit || "未填写填报单位"}）`, "title");
  b.sheet.rowHeights[1] = 28;
  for (const [key, col] of b.columnKeys()) b.value(KEY_ROW, col, col === 1 ? REVIEW_MARK : key, "hidden");
  b.sheet.hiddenRows.push(KEY_ROW);
  COLS.forEach(([, label], i) => b.value(HEADER_ROW, i + 1, label, "header"));
  b.sheet.rowHeights[HEADER_ROW] = 24;
  let r = FIRST_DATA_ROW;
  const current = new Set<string>();
  for (const f of flagsOf(report)) {
    current.add(f.key);
    const prev = previous.get(f.key);
    const state = !prev ? REVIEW_STATES.open : prev.fingerprint === f.fingerprint ? REVIEW_STATES.valid : REVIEW_STATES.stale;
    writeRow(b, r++, f.shown, prev, state, f.key, f.fingerprint, internalLink(f.sheet, f.cell), f.status);
  }
  for (const prev of previous.values()) {
    if (current.has(prev.key)) continue;
    writeRow(b, r++, prev.shown, prev, REVIEW_STATES.gone, prev.key, prev.fingerprint, undefined, undefined);
  }
  const last = Math.max(r - 1, FIRST_DATA_ROW);
  b.sheet.validations.push({
    range: `${b.letter("decision")}${FIRST_DATA_ROW}:${b.letter("decision")}${last}`, type: "list", list: [...DECISIONS], errorStyle: "stop",
    promptTitle: "审核结论", prompt: "通过 / 退回修改 / 已说明", errorTitle: "审核结论", error: "请从列表中选择审核结论。",
  });
  const rv = b.letter("review");
  b.sheet.conditionalFormats.push({ range: `${rv}${FIRST_DATA_ROW}:${rv}${last}`, formula: `${rv}${FIRST_DATA_ROW}="${REVIEW_STATES.stale}"`, fill: "FFE699", fontColor: "7F6000", bold: true });
  b.sheet.freeze = { rows: HEADER_ROW, columns: 0 };
  b.sheet.print = { landscape: true, fitToWidth: true, titleRows: `1:${HEADER_ROW}`, footer: "第 &P 页，共 &N 页" };
  return b.sheet;
}

function writeRow(b: SheetBuilder, r: number, shown: string[], prev: Decision | undefined, state: string, key: string, fp: string, link: string | undefined, status: keyof typeof STATUS_LABELS | undefined): void {
  shown.forEach((v, i) => {
    const extra = i === 1 && link ? { hyperlink: link } : i === 4 && status && COLOURED.includes(status) ? { fill: STATUS_FILL[status].fill } : {};
    b.value(r, i + 1, v, i === 2 || i === 5 ? "textWrap" : "text", extra);
  });
  b.value(r, b.col("decision"), prev?.decision ?? "", "inputText");
  b.value(r, b.col("comment"), prev?.comment ?? "", "inputText");
  b.value(r, b.col("reviewer"), prev?.reviewer ?? "", "inputText");
  b.value(r, b.col("date"), prev?.date ?? "", "inputText");
  b.value(r, b.col("review"), state, "status");
  b.value(r, b.col("key"), key, "hidden");
  b.value(r, b.col("fingerprint"), fp, "hidden");
}
