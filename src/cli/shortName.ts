import { fitWidth } from "./fitWidth";
import { displayWidth } from "./displayWidth";

/** How many columns the parent keeps at least, to say what the part is of. */
const PARENT_MIN = 8;

/**
 * An indicator's name cut to `max` display columns for check's table, keeping its part: a name
 * with a part (`义务教育标准班额比例（%）：小学`, the parent and its 其中 row joined by "：") is cut in
 * the parent, so 小学 and 初中 still read apart (a trial's two rows both read
 * "义务教育标准班额比例（%）：…"); a part too long for what is left is cut too, after the "：", so a
 * part never reads as its parent. A parent that fits whole (其中：高速铁路营业里程（公里）) is kept whole,
 * the part cut at its end (其中：高速铁路营业里程（公…), never 其中…：. Other names are cut at the end.
 * Never wider than `max`. The one home of shortening an indicator's name for the terminal.
 */
export function shortName(name: string, max: number): string {
  if (displayWidth(name) <= max) return name;
  const at = name.lastIndexOf("：");
  if (at <= 0) return `${fitWidth(name, max - 1)}…`;
  const tail = name.slice(at);
  // a parent short enough to keep whole (其中：…, 含：…) is not cut: "其中…：" read as if words were lost before the colon (trial34 C8)
  const parent = name.slice(0, at);
  const room = Math.max(PARENT_MIN, max - displayWidth(tail) - 1);
  const head = displayWidth(parent) <= room ? parent : `${fitWidth(parent, room)}…`;
  const left = max - displayWidth(head);
  return displayWidth(tail) <= left ? head + tail : `${head}${fitWidth(tail, left - 1)}…`;
}
