import type { CheckItem } from "../../sheet/CheckReport";
import { percent, t, type Lang } from "./i18n";
import { progressBeside } from "../../sheet/progressBeside";
import { progressText } from "../../sheet/progressText";
import { PROGRESS_SHOWN_MAX } from "../../domain/PROGRESS_SHOWN_MAX";
import { unitText } from "../../domain/unitText";
import { labelColon } from "../../domain/labelColon";
import { shownTarget } from "../../sheet/shownTarget";

/**
 * What a flag says of its row, in the pane and in the ribbon's result dialog alike: the value as typed, under a label
 * that names the row's unit (`填报值（%）：6500`, `Value (年): 15`; no unit, a ratio or a dash, a reform: `填报值：2.81`), the
 * target (a project's: its 总投资 with the list's unit, `总投资：49.07 亿元`, `Total investment: 49.07 (100m yuan)`), and progress against 序时进度 where the rules give one.
 * A 数据异常 row (invalid, §2) has no progress: its value is not used (the report's “约3.5”（数据异常，未采用）), so
 * it gets no 进度/序时进度 fact, as check's 进度/序时 column and the summary's 问题清单 leave it out; it read 进度 — / 序时进度 80%.
 */
export function flagFacts(item: Pick<CheckItem, "value" | "unit" | "kind" | "target" | "expected" | "progress" | "status" | "lines"> & Partial<Pick<CheckItem, "baseline" | "issues" | "cumulative" | "targetFor">>, lang: Lang): string[] {
  // one rule for every value: shown as typed, the unit in the label, never glued on. A unit glued on a number only read
  // 6500 in a % row as "6500%" and the text "100.0" as "100.0%", while 0.95 (a fraction slip) and " 70 " (text) had
  // none (trial32p); check's suggestion (应为 93.5？) says the rest, under the facts in the pane, after them in the dialog
  // a project's 累计完成投资 is in its list's unit (亿元), and its target is its 总投资, in that unit too: said so
  // (trial41d F7: 「填报值：45000万元 · 目标：49.07」 named no unit, and called the 总投资 a 目标)
  // (a project's unit in the reader's language, flag.listUnit: 100m yuan in English, as every English project message says
  // it; it read "Value (亿元)")
  const unit = item.kind === "reform" ? "" : item.kind === "project" ? t(lang, "flag.listUnit") : unitText(item.unit);
  const label = unit === "" ? t(lang, "flag.value") : t(lang, "flag.valueIn", { unit });
  const colon = labelColon(lang);
  const target = item.kind === "project"
    ? `${t(lang, "flag.investment")}${colon}${item.target ? t(lang, "flag.amountIn", { amount: item.target, unit }) : "—"}`
    // a milestone's target with its year, as check's 目标 column (shownTarget; trial47d F4)
    : `${t(lang, "flag.target")}${colon}${shownTarget(item, lang) || "—"}`;
  const facts = [`${label}${colon}${item.value || t(lang, "flag.empty")}`, target];
  // 倒退 below 0 and >999% above, as the sheet's 进度 cell shows them (progressText); a share between as the pane writes one
  const p = item.progress;
  const shown = p !== null && (p < 0 || p > PROGRESS_SHOWN_MAX) ? progressText({ ...item, baseline: item.baseline ?? "" }, lang) : percent(p);
  // a 滞后 row that would read 80% / 80% shows the decimals that tell them apart (progressBeside)
  const apart = progressBeside(item);
  if (item.expected !== null && item.status !== "invalid") facts.push(`${t(lang, "flag.progress")} ${apart?.progress ?? shown} / ${t(lang, "flag.expected")} ${apart?.expected ?? percent(item.expected)}`);
  return facts;
}
