import { fitWidth } from "./fitWidth";
import { displayWidth } from "./displayWidth";

/** How many columns the parent keeps at least, to say what the part is of. */
const PARENT_MIN = 8;

/**
 * An indicator's name cut to `max` display columns for check's table, keeping its part: a name
 * with a part (`义务教育标准班额比例（%）：小学`, the parent and its 其中 row joined by "：") is cut in
 * the parent, so 小学 and 初中 still read apart (a trial's two rows both read
 * "义务教育标准班额比例（%）：…"); a part too long for what is left is cut too, after the "：", so a
 * part never reads as its parent. Other names are cut at the end. Never wider than `max`.
 */
export function shortName(name: string, max: number): string {
  if (displayWidth(name) <= max) return name;
  const at = name.lastIndexOf("：");
  if (at <= 0) return `${fitWidth(name, max - 1)}…`;
  const tail = name.slice(at);
  const head = `${fitWidth(name.slice(0, at), Math.max(PARENT_MIN, max - displayWidth(tail) - 1))}…`;
  const left = max - displayWidth(head);
  return displayWidth(tail) <= left ? head + tail : `${head}${fitWidth(tail, left - 1)}…`;
}
