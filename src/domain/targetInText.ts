import { normalizeText, SPACES } from "./normalizeText";
import { parseTarget, writtenUnit } from "./parseTarget";

/** An operator and the spaces a plan typed after it (`≤ 0.3`, `> 96`): one target reads one way, `≤0.3` beside `≤22`. */
const OPERATOR_SPACE = new RegExp(`([≥≤><＞＜≧≦])[${SPACES}]+(?=[0-9０-９+\\-])`, "gu");

/** A unit as a plan may type it after a number: % also full-width (％). */
const spelt = (unit: string): string => (unit === "%" ? "[%％]" : unit.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));

/**
 * A target as the report's text and 附表 say it (evaluation-rules §6): without the unit its number
 * carries where that is the row's own unit (`8%左右` on a % row → `8左右`, `≥95%` → `≥95`, `12.3年以上` on a
 * 年 row → `12.3以上`), so that targets typed with and without it read alike beside each other (trial29a F8:
 * "目标 8%左右" beside "目标 8左右" in one paragraph); the value beside it carries the unit (withUnit).
 * As written otherwise: words (`提高1岁`), no target, a unit other than the row's (`1.2亿` on a 万元 row); the
 * spaces after an operator (`≤ 0.3` → `≤0.3`, trial40a: 「目标 ≤ 0.3%」 beside 「目标 ≤22 微克/立方米」) are never kept.
 * Only the text changes: the template keeps the target as written, and the engine reads it so.
 */
export function targetInText(written: string, unit: string): string {
  const t = parseTarget(written, unit === "%");
  if (t.kind === "text" || t.kind === "none") return written;
  const target = written.replace(OPERATOR_SPACE, "$1");
  const own = writtenUnit(target);
  if (own === "" || own !== normalizeText(unit)) return target;
  return target.replace(new RegExp(`([0-9０-９])\\s*${spelt(own)}`, "gu"), "$1");
}
