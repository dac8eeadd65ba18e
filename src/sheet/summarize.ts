import { emptyCounts, type Status } from "../domain/Status";
import type { CheckItem, CheckReport } from "./CheckReport";

export interface ReturnInput {
  file: string;
  report: CheckReport;
}

export type Counts = Record<Status, number>;

export interface FlagRow {
  unit: string;
  file: string;
  item: CheckItem;
  /** the flag's message, or the status when the row is flagged by status alone */
  message: string;
}

export interface SummaryFigures {
  year: number;
  templates: Array<{ id: string; title: string; kind: string }>;
  units: Array<{ unit: string; file: string; counts: Counts }>;
  totals: Counts;
  byDomain: Array<{ template: string; domain: string; counts: Counts; perUnit: Counts[]; share: number | null }>;
  /** lagging and severe indicators, binding (约束性) first */
  lagging: Array<{ unit: string; file: string; item: CheckItem }>;
  projects: {
    count: number;
    planned: number;
    completed: number;
    byCategory: Array<{ key: string; count: number; planned: number; completed: number }>;
    byOwner: Array<{ key: string; count: number; planned: number; completed: number }>;
    lagging: Array<{ unit: string; file: string; item: CheckItem }>;
  };
  reforms: Array<{ state: string; count: number }>;
  flags: FlagRow[];
}


const FLAGGED: Status[] = ["lagging", "severe", "missing", "invalid", "manual"];

/** Share met or on track among the rows a target applies to. */
export function goodShare(c: Counts): number | null {
  const judged = Object.values(c).reduce((a, b) => a + b, 0) - c.not_applicable;
  return judged > 0 ? (c.met + c.on_track) / judged : null;
}

/** Whether a row goes on the flag lists: an issue that is not informational, or a status that needs a look. */
export function isFlagged(i: CheckItem): boolean {
  return FLAGGED.includes(i.status) || i.issues.some((x) => x.severity !== "info");
}

/**
 * The managers' figures over one or more returns of the same templates and year (one per
 * county or department). Returns of other templates or years are refused, naming the file.
 */
export function summarize(inputs: ReturnInput[]): { ok: true; figures: SummaryFigures } | { ok: false; message: string } {
  const first = inputs[0];
  if (!first) return { ok: false, message: "没有可汇总的填报文件" };
  const ids = (r: CheckReport): string => r.templates.map((t) => t.id).sort().join(",");
  for (const x of inputs.slice(1)) {
    if (x.report.year !== first.report.year) return { ok: false, message: `${x.file}：报告年份为 ${x.report.year}，与 ${first.file} 的 ${first.report.year} 不同，不能汇总` };
    if (ids(x.report) !== ids(first.report)) return { ok: false, message: `${x.file}：模板为 ${ids(x.report)}，与 ${first.file} 的 ${ids(first.report)} 不同，不能汇总` };
  }
  const units = inputs.map((x, i) => ({ unit: x.report.reportingUnit || `单位${i + 1}（${x.file.split(/[\\/]/).pop() ?? x.file}）`, file: x.file, counts: x.report.counts }));
  const seen = new Set<string>();
  for (const [i, u] of units.entries()) {
    if (seen.has(u.unit)) return { ok: false, message: `${u.file}：填报单位「${u.unit}」与另一份文件相同，请检查是否重复` };
    seen.add(u.unit);
    void i;
  }
  const totals = emptyCounts();
  for (const x of inputs) for (const [k, v] of Object.entries(x.report.counts)) totals[k as Status] += v;

  const domains = new Map<string, SummaryFigures["byDomain"][number]>();
  const all = inputs.flatMap((x, ui) => x.report.items.map((item) => ({ ui, unit: units[ui]?.unit ?? "", file: x.file, item })));
  for (const { ui, item } of all) {
    const key = `${item.template}\u0000${item.domain ?? ""}`;
    let d = domains.get(key);
    if (!d) {
      d = { template: item.template, domain: item.domain ?? "", counts: emptyCounts(), perUnit: inputs.map(() => emptyCounts()), share: null };
      domains.set(key, d);
    }
    d.counts[item.status]++;
    const pu = d.perUnit[ui];
    if (pu) pu[item.status]++;
  }
  const byDomain = [...domains.values()].map((d) => ({ ...d, share: goodShare(d.counts) }));

  const rank = (s: Status): number => (s === "severe" ? 0 : 1);
  const lagging = all.filter(({ item }) => item.kind === "indicator" && (item.status === "lagging" || item.status === "severe"))
    .sort((a, b) => Number(b.item.attribute === "约束性") - Number(a.item.attribute === "约束性") || rank(a.item.status) - rank(b.item.status))
    .map(({ unit, file, item }) => ({ unit, file, item }));

  const projects = all.filter(({ item }) => item.kind === "project");
  const group = (key: (i: CheckItem) => string) => {
    const m = new Map<string, { key: string; count: number; planned: number; completed: number }>();
    for (const { item } of projects) {
      const k = key(item) || "（未填）";
      const g = m.get(k) ?? { key: k, count: 0, planned: 0, completed: 0 };
      g.count++;
      g.planned += item.investment ?? 0;
      g.completed += completedOf(item);
      m.set(k, g);
    }
    return [...m.values()];
  };
  const reformStates = new Map<string, number>();
  for (const { item } of all) {
    if (item.kind !== "reform") continue;
    const st = item.value?.trim() || "未填报";
    reformStates.set(st, (reformStates.get(st) ?? 0) + 1);
  }
  const flags: FlagRow[] = [];
  for (const { unit, file, item } of all) {
    const real = item.issues.filter((x) => x.severity !== "info");
    if (real.length) for (const x of real) flags.push({ unit, file, item, message: x.message });
    else if (FLAGGED.includes(item.status)) flags.push({ unit, file, item, message: "" });
  }
  return {
    ok: true,
    figures: {
      year: first.report.year, templates: first.report.templates, units, totals, byDomain, lagging,
      projects: {
        count: projects.length,
        planned: projects.reduce((a, { item }) => a + (item.investment ?? 0), 0),
        completed: projects.reduce((a, { item }) => a + completedOf(item), 0),
        byCategory: group((i) => i.domain ?? ""), byOwner: group((i) => i.owner ?? ""),
        lagging: projects.filter(({ item }) => item.status === "lagging" || item.status === "severe").map(({ unit, file, item }) => ({ unit, file, item })),
      },
      reforms: [...reformStates.entries()].map(([state, count]) => ({ state, count })),
      flags,
    },
  };
}

function completedOf(i: CheckItem): number {
  const n = Number(i.value);
  return i.value !== undefined && i.value.trim() !== "" && Number.isFinite(n) ? n : 0;
}

