import { STATUS_CODES, STATUS_LABELS, STATUS_LABELS_EN } from "../domain/Status";
import type { CheckReport } from "../sheet/CheckReport";
import { describeWorkbookProblem } from "../sheet/describeWorkbookProblem";
import { isFlagged } from "../sheet/isFlagged";
import { displayWidth, formatTable } from "./formatTable";
import { progressBeside } from "../sheet/progressBeside";
import { progressText } from "../sheet/progressText";

// one decimal, as the pane shows it: a progress of 59.7% 滞后 must not read 60%/60%
const pct = (x: number | null): string => (x === null ? "" : `${(x * 100).toFixed(1)}%`);

/**
 * A row's messages in one cell of the table, errors first (what must be fixed before what may be
 * explained). The sheet is the row's, so a message keeps only its cell: left out when every message
 * is about the row's own cell, given on each message once the row speaks of several cells (a jump
 * on the year's cell beside an earlier year's error must not read as the earlier cell's).
 */
function issueText(issues: CheckReport["items"][number]["issues"], cell: string, lang: "zh" | "en"): string {
  const shown = issues.filter((x) => x.severity !== "info").sort((a, b) => (a.severity === "error" ? 0 : 1) - (b.severity === "error" ? 0 : 1));
  const cells = new Set(shown.flatMap((x) => (x.cell ? [x.cell] : [])));
  const named = cells.size > 1 || (cells.size === 1 && !cells.has(cell));
  const sep = lang === "zh" ? "：" : ": ";
  return shown
    .map((x) => `${named && x.cell ? x.cell + sep : ""}${(lang === "zh" ? x.message : x.messageEn).replace(/^[^：:]*[：:]\s?/, "")}`)
    .join(lang === "zh" ? "；" : "; ");
}

/** A progress below zero reads 倒退 (progressText): the value is on the wrong side of the baseline. */
const backwards = (i: CheckReport["items"][number]): boolean => i.progress !== null && Number.isFinite(i.progress) && i.progress < 0;
const BACKWARDS = { zh: "倒退", en: "backwards" } as const;

/** 进度/序时: a 滞后 row that would read 80.0%/80.0% shows the decimals that tell them apart (progressBeside). */
function progressColumn(i: CheckReport["items"][number], lang: "zh" | "en"): string {
  const apart = progressBeside(i.progress, i.expected, i.status);
  if (apart) return `${apart.progress}/${apart.expected}`;
  return `${backwards(i) ? BACKWARDS[lang] : progressText(i, lang, 1)}/${pct(i.expected)}`;
}

/**
 * The readable output of `check`: one line per row that needs attention, then the counts. The 问题
 * column is never cut; with `width` (stdout a terminal) it wraps to the terminal (formatTable). A
 * progress that went backwards reads 倒退 in 进度/序时 and, whole, 倒退（2.75 对基期 2.85） in 问题.
 */
export function formatReport(file: string, r: CheckReport, lang: "zh" | "en" = "zh", all = false, width?: number): string {
  const labels = lang === "zh" ? STATUS_LABELS : STATUS_LABELS_EN;
  const rows = r.items
    .filter((i) => all || isFlagged(i))
    .map((i) => {
      const cell = i.cells[String(r.year)] ?? i.cells["completed"] ?? i.cells["state"] ?? i.statusCell;
      return [
        i.sheet, cell, i.name, i.value ?? "", i.target,
        labels[i.status], i.progress === null ? "" : progressColumn(i, lang),
        // 倒退 names the value against the baseline: words a person needs, in the column never cut
        [backwards(i) ? progressText(i, lang, 1) : "", issueText(i.issues, cell, lang)].filter(Boolean).join(lang === "zh" ? "；" : "; "),
      ];
    });
  const head = lang === "zh"
    ? ["工作表", "单元格", "指标/项目", "当年值", "目标", "状态", "进度/序时", "问题"]
    : ["Sheet", "Cell", "Item", "Value", "Target", "Status", "Progress/Due", "Issues"];
  const counts = STATUS_CODES.map((c) => `${labels[c]} ${r.counts[c]}`).join("  ");
  // one sheet named once in the title, in full (a column cut to 14 wide said only 江城市综合交…)
  const sheets = [...new Set(r.items.map((i) => i.sheet))];
  const one = sheets.length === 1 ? sheets[0] ?? "" : null;
  const onSheet = one === null ? "" : lang === "zh" ? `，工作表「${one}」` : `, sheet "${one}"`;
  const title = lang === "zh" ? `${file} — ${r.year} 年度${r.reportingUnit ? `（${r.reportingUnit}）` : ""}${onSheet}，共 ${r.items.length} 项` : `${file} — year ${r.year}${r.reportingUnit ? ` (${r.reportingUnit})` : ""}${onSheet}, ${r.items.length} item${r.items.length === 1 ? "" : "s"}`;
  const widths = [14, 8, 28, 10, 12, Math.max(...STATUS_CODES.map((c) => displayWidth(labels[c]))), 16, Infinity];
  const table = one === null ? formatTable(head, rows, widths, width) : formatTable(head.slice(1), rows.map((x) => x.slice(1)), widths.slice(1), width);
  const parts = [title, rows.length ? table : lang === "zh" ? "（没有需要关注的项）" : "(nothing needs attention)", counts];
  if (r.problems.length) parts.push(...r.problems.map((p) => `! ${describeWorkbookProblem(p, lang)}`));
  return parts.join("\n");
}
