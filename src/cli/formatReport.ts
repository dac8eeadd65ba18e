import { STATUS_CODES, STATUS_LABELS, STATUS_LABELS_EN } from "../domain/Status";
import type { CheckReport } from "../sheet/CheckReport";
import { describeWorkbookProblem } from "../sheet/describeWorkbookProblem";
import { formatTable } from "./formatTable";
import { progressText } from "../sheet/progressText";

const pct = (x: number | null): string => (x === null ? "" : `${Math.round(x * 100)}%`);

/** The readable output of `check`: one line per row that needs attention, then the counts. */
export function formatReport(file: string, r: CheckReport, lang: "zh" | "en" = "zh", all = false): string {
  const labels = lang === "zh" ? STATUS_LABELS : STATUS_LABELS_EN;
  const rows = r.items
    .filter((i) => all || !["met", "on_track", "not_applicable"].includes(i.status) || i.issues.some((x) => x.severity !== "info"))
    .map((i) => [
      i.sheet, i.cells[String(r.year)] ?? i.cells["completed"] ?? i.cells["state"] ?? i.statusCell, i.name, i.value ?? "", i.target,
      labels[i.status], i.progress === null ? "" : `${progressText(i, lang)}/${pct(i.expected)}`,
      // errors first: the column is cut at its width, and what must be fixed goes before what may be explained
      i.issues.filter((x) => x.severity !== "info").sort((a, b) => (a.severity === "error" ? 0 : 1) - (b.severity === "error" ? 0 : 1)).map((x) => (lang === "zh" ? x.message : x.messageEn).replace(/^[^：:]*[：:]\s?/, "")).join("；"),
    ]);
  const head = lang === "zh"
    ? ["工作表", "单元格", "指标/项目", "当年值", "目标", "状态", "进度/序时", "问题"]
    : ["Sheet", "Cell", "Item", "Value", "Target", "Status", "Progress/Due", "Issues"];
  const counts = STATUS_CODES.map((c) => `${labels[c]} ${r.counts[c]}`).join("  ");
  const title = lang === "zh" ? `${file} — ${r.year} 年度${r.reportingUnit ? `（${r.reportingUnit}）` : ""}，共 ${r.items.length} 项` : `${file} — year ${r.year}, ${r.items.length} items`;
  const parts = [title, rows.length ? formatTable(head, rows, [14, 8, 28, 10, 12, 12, 10, 60]) : lang === "zh" ? "（没有需要关注的项）" : "(nothing needs attention)", counts];
  if (r.problems.length) parts.push(...r.problems.map((p) => `! ${describeWorkbookProblem(p, lang)}`));
  return parts.join("\n");
}
