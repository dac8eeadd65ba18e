import type { CheckItem } from "../../sheet/CheckReport";
import { percent, t, type Lang } from "./i18n";
import { progressBeside } from "../../sheet/progressBeside";
import { progressText } from "../../sheet/progressText";
import { PROGRESS_SHOWN_MAX } from "../../domain/PROGRESS_SHOWN_MAX";
import { unitAfterNumber } from "../../domain/unitAfterNumber";
import { labelColon } from "../../domain/labelColon";

/**
 * What a flag says of its row, in the pane and in the ribbon's result dialog alike: the value
 * (with its unit; as typed where check reads it as a fraction slip), the target, and progress against 序时进度 where the rules give one.
 * A 数据异常 row (invalid, §2) has no progress: its value is not used (the report's “约3.5”（数据异常，未采用）), so
 * it gets no 进度/序时进度 fact, as check's 进度/序时 column and the summary's 问题清单 leave it out; it read 进度 — / 序时进度 80%.
 */
export function flagFacts(item: Pick<CheckItem, "value" | "unit" | "kind" | "target" | "expected" | "progress" | "status" | "lines"> & Partial<Pick<CheckItem, "baseline" | "issues">>, lang: Lang): string[] {
  // the unit follows a number only: "81.5岁", " 12.5 " or "96 " typed as text, or TRUE, carries none of ours;
  // nor a fraction check reads as a slip (0.935 in a % row, percent_fraction, §2a): 0.935% is no reading of it,
  // so it shows as typed and check's suggestion (应为 93.5？) says the rest, under it in the pane, after it in the dialog
  const asFraction = item.issues?.some((x) => x.code === "percent_fraction") ?? false;
  const numeric = !asFraction && item.value !== undefined && item.value.trim() !== "" && item.value.trim() === item.value && Number.isFinite(Number(item.value));
  const value = item.value ? `${item.value}${item.kind === "indicator" && numeric ? unitAfterNumber(item.unit) : ""}` : t(lang, "flag.empty");
  const colon = labelColon(lang);
  const facts = [`${t(lang, "flag.value")}${colon}${value}`, `${t(lang, "flag.target")}${colon}${item.target || "—"}`];
  // 倒退 below 0 and >999% above, as the sheet's 进度 cell shows them (progressText); a share between as the pane writes one
  const p = item.progress;
  const shown = p !== null && (p < 0 || p > PROGRESS_SHOWN_MAX) ? progressText({ ...item, baseline: item.baseline ?? "" }, lang) : percent(p);
  // a 滞后 row that would read 80% / 80% shows the decimals that tell them apart (progressBeside)
  const apart = progressBeside(item);
  if (item.expected !== null && item.status !== "invalid") facts.push(`${t(lang, "flag.progress")} ${apart?.progress ?? shown} / ${t(lang, "flag.expected")} ${apart?.expected ?? percent(item.expected)}`);
  return facts;
}
