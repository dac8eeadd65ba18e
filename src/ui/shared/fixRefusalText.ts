import type { FixRefusal } from "./FixesRefused";
import { shownRef } from "./shownRef";
import { shownValue } from "./shownValue";
import { t, type Lang } from "./i18n";

/**
 * A refused fix as one line from the zh/en catalogue (`fix.*`): 舟山市表2!K4：校验时为「0.8」，现在是「66」：单元格已改动
 * （或行已排序），未修改，请重新校验 / 舟山市表2!K4: "0.8" when checked, "66" now: …, the values quoted as text (shownValue:
 * an emptied cell （空） / (empty), as the confirm dialog says it). It was Chinese whatever the pane's language.
 * `rechecked`: the pane has already checked again, so a changed cell's line points at the new result instead.
 */
export function fixRefusalText(r: FixRefusal, lang: Lang, rechecked = false): string {
  const where = shownRef(r);
  // the pane checks again after a refusal: its words say so instead of asking for it (`rechecked`)
  if (r.reason === "changed") return t(lang, rechecked ? "fix.changedRechecked" : "fix.changed", { where, from: shownValue(r.from, lang, true), now: shownValue(r.now ?? "", lang, true) });
  if (r.reason === "not_address") return t(lang, "fix.notAddress", { where });
  if (r.reason === "locked") return t(lang, "fix.locked", { where });
  return t(lang, "fix.notFinite", { where, to: r.to });
}
