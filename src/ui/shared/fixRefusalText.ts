import type { FixRefusal } from "./FixesRefused";
import { t, type Lang } from "./i18n";

/**
 * A refused fix as one line from the zh/en catalogue (`fix.*`): 舟山市表2!K4：校验时为「0.8」，现在是「66」：单元格已改动
 * （或行已排序），未修改，请重新校验 / 舟山市表2!K4: "0.8" when checked, "66" now: …. It was Chinese whatever the pane's language.
 */
export function fixRefusalText(r: FixRefusal, lang: Lang): string {
  const where = `${r.sheet}!${r.cell}`;
  if (r.reason === "changed") return t(lang, "fix.changed", { where, from: r.from, now: r.now ?? "" });
  if (r.reason === "not_address") return t(lang, "fix.notAddress", { where });
  if (r.reason === "locked") return t(lang, "fix.locked", { where });
  return t(lang, "fix.notFinite", { where, to: r.to });
}
