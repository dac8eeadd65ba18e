import type { Resubmission } from "../cycle/versionsSheet";
import type { Lang } from "./fileMessages";
import { latestVersionLine } from "./latestVersionLine";
import { isYearField } from "../sheet/isYearField";
import { englishCount } from "../domain/englishCount";

/** The kinds of change counted, in the order said; a year's value and a project's 累计完成投资 are both 数值. */
const KINDS: ReadonlyArray<{ kind: string; zh: string; en: [string, string] }> = [
  { kind: "value", zh: "数值", en: ["value", "values"] },
  { kind: "note", zh: "说明", en: ["note", "notes"] },
  { kind: "assess", zh: "人工评估", en: ["assessment", "assessments"] },
  { kind: "state", zh: "状态", en: ["state", "states"] },
  { kind: "evidence", zh: "佐证材料", en: ["evidence cell", "evidence cells"] },
];

const kindOf = (field: string): string => (isYearField(field) || field === "completed" ? "value" : field);

/**
 * What changed, counted by kind, as --json's `changes[].field` tells (trial44b F3: 改动 3 处（数值、说明、人工评估）
 * read as three kinds changed when only values had): 均为数值 / all values, or 数值 2 处、说明 1 处 / 2 values, 1 note.
 */
function changedKinds(x: Resubmission, lang: Lang): string {
  const counts = new Map<string, number>();
  for (const c of x.changes) counts.set(kindOf(c.field), (counts.get(kindOf(c.field)) ?? 0) + 1);
  // a field no kind names (none today: RowContent's fields are years, completed, state, evidence, note, assess) by its own name
  const kinds = [...KINDS.filter((k) => counts.has(k.kind)), ...[...counts.keys()].filter((f) => !KINDS.some((k) => k.kind === f)).map((f) => ({ kind: f, zh: f, en: [f, f] as [string, string] }))];
  const n = x.changes.length;
  const only = kinds.length === 1 ? kinds[0] : undefined;
  if (only) return lang === "en" ? (n === 1 ? only.en[0] : `all ${only.en[1]}`) : n === 1 ? only.zh : `均为${only.zh}`;
  return lang === "en"
    ? kinds.map((k) => englishCount(counts.get(k.kind) ?? 0, k.en[0], k.en[1])).join(", ")
    : kinds.map((k) => `${k.zh} ${counts.get(k.kind) ?? 0} 处`).join("、");
}

/**
 * The line `summary` prints, and the pane's 汇总所选文件 says, for a unit that sent several versions (issue 18.4):
 * the latest summed (latestVersionLine) and how many values changed between the two latest, and of what kind, in `lang`:
 * 定海区 收到 2 版，按最新一版（…）汇总，改动 3 处（均为数值，见「版本变化」表）; for copies of one return
 * (`by` copy) or versions alike in their tables (`by` table) the others not summed again instead. No "\n".
 */
export function resubmissionLine(x: Resubmission, lang: Lang): string {
  // copies of one return (versionOrder's `copy`), or versions whose tables hold the same (`table`): nothing changed to look up, the others named as not summed again
  if (x.by === "copy" || x.by === "table") return `${latestVersionLine(x, "summed", lang)}${lang === "en" ? "; not summed again: " : "，不重复汇总："}${x.files.slice(0, -1).join(lang === "en" ? ", " : "、")}`;
  const n = x.changes.length;
  // no change at all (the 版本变化 sheet's 两版数值相同): no kind to say
  const kinds = n === 0 ? "" : changedKinds(x, lang);
  return `${latestVersionLine(x, "summed", lang)}${lang === "en"
    ? `, ${englishCount(n, "change")} (${kinds ? `${kinds}: ` : ""}see the 版本变化 sheet)`
    : `，改动 ${n} 处（${kinds ? `${kinds}，` : ""}见「版本变化」表）`}`;
}
