import { trimCell } from "../text";
import { NUMBER_MARK } from "../rules/numbering";

// 一、教育 · （一）产业项目 · 第一部分 产业项目
const CHINESE = /^(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[)）]|第[一二三四五六七八九十]+(?:部分|篇|章|类)\s*[、.．:：]?)\s*(\S.*)$/u;
// 一 教育: a numeral alone in the 序号 cell, the words in the name's (given joined by a space)
const BARE = /^[一二三四五六七八九十]+\s+(\S.*)$/u;
// (2)民生 · 1.基础设施类 · 1、社会事业 · 1。社会事业 (a 序号 1.2 is no group: a digit follows the dot)
const DIGITS = new RegExp(`^(?:[（(]\\s*\\d+\\s*[)）]|\\d{1,2}\\s*${NUMBER_MARK}(?!\\d))\\s*(\\S.*)$`, "u");
// a count after the group's name: 一、产业项目（12项） · （共5个）
const COUNT = /\s*[（(]\s*(?:共\s*)?\d+\s*(?:个|项)[^）)]*[)）]\s*$/u;

/**
 * The category a group line of a project or reform list names (`一、教育` → 教育, `（一）产业项目（12项）` →
 * 产业项目, `1.基础设施类` → 基础设施类, `第一部分 产业项目` → 产业项目), or null when the cell is no
 * numbered group. Its items below take it as their `category` (ProjectSchema). `numbering`: "chinese"
 * reads only a Chinese numeral's (一、 （一） 第一部分), as an indicator table's heading rows
 * (rules/headingLine.ts), whose `1.` starts a row; there also a numeral alone in its cell before the
 * words (`一 | 水资源节约集约利用`, given as `一 水资源节约集约利用`), which a list's spaced line may be a row of.
 */
export function listGroup(cell: string, numbering: "any" | "chinese" = "any"): string | null {
  const t = trimCell(cell);
  const m = CHINESE.exec(t) ?? (numbering === "any" ? DIGITS.exec(t) : BARE.exec(t));
  const name = m?.[1] === undefined ? "" : trimCell(m[1].replace(COUNT, ""));
  return name === "" ? null : name;
}
