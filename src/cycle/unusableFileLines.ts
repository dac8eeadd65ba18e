import type { UnusableFile } from "./UnusableFile";
import type { Lang } from "../domain/describeIssue";
import { planPeriodText } from "../domain/planPeriodText";
import { unusableFix, type UnusableTask } from "../domain/UnusableReason";
import { PASSED_OVER_WORDS } from "./PASSED_OVER_WORDS";
import { unusableFileLine } from "./unusableFileLine";

/** A file's folder as typed ("" for none) and its name; either separator, as the pane's names have none. */
function folderOf(file: string): [string, string] {
  const at = Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\"));
  return at < 0 ? ["", file] : [file.slice(0, at + 1), file.slice(at + 1)];
}

/** Files listed once: those of one folder by their names after it (混合/ 中的 a.xlsx、b.xlsx), else as typed. */
function filesText(files: readonly string[], lang: Lang): string {
  const parts = files.map(folderOf);
  const dir = parts[0]?.[0] ?? "";
  const sep = lang === "en" ? ", " : "、";
  if (!dir || parts.some(([d]) => d !== dir)) return files.join(sep);
  const names = parts.map(([, n]) => n).join(sep);
  return lang === "en" ? `${names} in ${dir}` : `${dir} 中的 ${names}`;
}

/**
 * The lines for the files a run passed over (`files`, in order; `task` what was not done), in `lang`: each by
 * unusableFileLine, but the returns of one other plan period and year that are not a unit's own return to chase
 * (its other return used, `unitUsed`, or a stray one, `unlisted`) grouped, when two or more, into one line at the first
 * one's place: how many, the plan and year, the files, their units, and, `yearHint` (summary and report without a ledger, whose
 * year would refuse it), that --year of that year sums (evaluates) them (trial39e F7: a folder of 3 returns of 2025 and 2 of 2026 gave one 未汇总 line per
 * file, 20 near-alike lines for 20 towns, and none naming the mix). Two or more units' own returns of one plan that has ended
 * (each chased on its own line) are each said with the fact alone, and what to do once after the last of them (a folder mixing
 * the ended 十四五's returns and the current plan's gave each the same advice: trial42d F5). `endedSaidOnce`: the caller says
 * that once itself, for every unit (true: rollover's rolled_none_ended, every return of the folder of an ended plan) or for
 * the units named (a folder rollover's units the old ledger lists, sent this plan's form on its closing line,
 * rolled_missing_other_period: trial43c F3 told them first to import the next plan's table; or whose return is on another
 * plan still running, their latest return on this plan rolled over on its closing lines, rolled_why_other_plan): their lines
 * the fact alone.
 */
export function unusableFileLines(files: readonly UnusableFile[], task: UnusableTask, lang: Lang, yearHint = false, endedSaidOnce: boolean | ReadonlySet<string> = false): string[] {
  const saidElsewhere = (x: UnusableFile): boolean => endedSaidOnce === true || (endedSaidOnce !== false && x.unit !== undefined && endedSaidOnce.has(x.unit));
  const keyOf = (x: UnusableFile): string | undefined => {
    const p = x.period;
    if (x.reason !== "outside_plan" || !p || p.own === p.year || x.unit === undefined || !(x.unitUsed || x.unlisted)) return undefined;
    return JSON.stringify([p.title, p.from, p.to, p.own, p.year, x.unitUsed ? "used" : x.unlisted]);
  };
  const groups = new Map<string, UnusableFile[]>();
  for (const x of files) {
    const k = keyOf(x);
    if (k !== undefined) groups.set(k, [...(groups.get(k) ?? []), x]);
  }
  // units' own returns of a plan that has ended, by that plan (and whether dated into the new period): the way forward said once for each with two or more units
  const endedOf = (x: UnusableFile): string | undefined => {
    const p = x.period;
    if (x.reason !== "outside_plan" || !p || p.year <= p.to || x.unit === undefined || x.unitUsed || x.unlisted || keyOf(x) !== undefined || saidElsewhere(x)) return undefined;
    // the form dated into the new period is to be filled in again (重填), last period's year's return replaced (填报)
    return JSON.stringify([p.title, p.from, p.to, p.year, p.kind ?? "", p.own === p.year]);
  };
  const ended = new Map<string, UnusableFile[]>();
  for (const x of files) {
    const e = endedOf(x);
    if (e !== undefined) ended.set(e, [...(ended.get(e) ?? []), x]);
  }
  const out: string[] = [];
  for (const x of files) {
    const key = keyOf(x);
    const group = key === undefined ? undefined : groups.get(key);
    const e = endedOf(x);
    const same = e === undefined ? undefined : ended.get(e);
    // said once for two or more units (one unit's two files keep their own lines: 请该单位 each)
    const once = same !== undefined && new Set(same.map((f) => f.unit)).size >= 2;
    if (!group || group.length < 2) out.push(unusableFileLine(x, task, lang, saidElsewhere(x) || once));
    else if (group[0] === x) out.push(groupLine(group, task, lang, yearHint));
    if (once && same[same.length - 1] === x) out.push(endedOnceLine(same, task, lang));
  }
  return out;
}

/** What to do with several units' returns of one plan that has ended, said once after their lines (定海区、普陀区：以上 2 份都是已结束的规划的填报，…). */
function endedOnceLine(files: readonly UnusableFile[], task: UnusableTask, lang: Lang): string {
  const first = files[0]!;
  const units = [...new Set(files.map((x) => x.unit ?? ""))].join(lang === "en" ? ", " : "、");
  const fix = unusableFix("outside_plan", lang, task, first, true);
  return lang === "en"
    ? `${units}: the ${files.length} returns above are all of a plan that has ended ("${first.period?.title ?? ""}"); ${fix}`
    : `${units}：以上 ${files.length} 份都是已结束的规划（「${first.period?.title ?? ""}」）的填报，${fix}`;
}

/** One line for returns of one other plan period and year (unusableFileLines' group; each has `period` and `unit`). */
function groupLine(group: readonly UnusableFile[], task: UnusableTask, lang: Lang, yearHint: boolean): string {
  const w = PASSED_OVER_WORDS[lang];
  const first = group[0]!;
  const p = first.period!;
  const en = lang === "en";
  const units = [...new Set(group.map((x) => x.unit ?? ""))].join(en ? ", " : "、");
  const files = filesText(group.map((x) => x.file), lang);
  const ended = p.year > p.to;
  const period = planPeriodText(p.from, p.to, lang);
  const again = yearHint && (task === "summary" || task === "report");
  if (en) {
    const kind = ended ? "returns of a plan that has ended" : "returns of another plan period";
    const tail = first.unitUsed ? `the other returns of ${units} were ${w.used[task]}`
      : first.unlisted === "no_list" ? `${kind} are not part of ${w.run[task]}: ${units} are not counted as not sent, nor chased`
        : `${units} are not among the units expected, and ${kind} are not ${w.used[task]}`;
    const hint = again ? `; to ${task === "summary" ? "summarise" : "evaluate"} those of ${p.own}, add --year ${p.own}` : "";
    return `${w.not[task]}: ${group.length} returns of another plan period (the ${p.own} returns of "${p.title}", whose plan period ${period} does not hold ${p.year}): ${files}; ${tail}${hint}`;
  }
  const kind = ended ? "已结束的规划的填报" : "另一规划期的填报";
  const tail = first.unitUsed ? `${units}已按其另一份填报${w.used[task]}`
    : first.unlisted === "no_list" ? `${kind}不属于${w.run[task]}，${units}不计为未报、不催报`
      : `${units}不在应报单位之中，${kind}不${w.used[task]}`;
  const hint = again ? `；如要${w.used[task]} ${p.own} 年度的填报，请加 --year ${p.own}` : "";
  return `${w.not[task]}：${group.length} 份是另一规划期的填报（「${p.title}」的 ${p.own} 年度填报表，该规划的规划期为 ${period}，不含 ${p.year} 年）：${files}；${tail}${hint}`;
}
