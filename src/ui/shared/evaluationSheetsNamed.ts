import { EVALUATION_SHEET } from "../../sheet/evaluationSheets";
import { joinList, t, type Lang } from "./i18n";

/** A unit's 评估 sheet as evaluationWorkbookPlan names it (评估-东阳市, 评估2-东阳市 for a second of one name), a free-name suffix (2) aside. */
const UNIT_SHEET = new RegExp(`^${EVALUATION_SHEET}\\d*-`);
/** Up to this many units' sheets are named one by one; more are counted (trial37b F6: 28 names came before the count). */
const NAMED_UNIT_SHEETS = 3;

/**
 * The sheets an evaluation wrote, as the pane's 已生成/已更新 line names them: each by name when they are few, else the
 * others by name and the units' sheets counted: 「县区对比」及 27 张「评估-单位」表 / "县区对比" and 27 "评估-<unit>" sheets.
 */
export function evaluationSheetsNamed(sheets: readonly string[], lang: Lang): string {
  const units = sheets.filter((s) => UNIT_SHEET.test(s));
  if (units.length <= NAMED_UNIT_SHEETS) return joinList(lang, sheets);
  const others = sheets.filter((s) => !UNIT_SHEET.test(s));
  return t(lang, "msg.evaluationUnitSheets", { others: joinList(lang, others.map((s) => (lang === "en" ? `"${s}"` : `「${s}」`))), n: units.length });
}
