import { trimCell } from "../text";

// 一、教育 · （一）产业项目 · (2)民生 · 1.基础设施类 · 1、社会事业 (a 序号 1.2 is no group: a digit follows the dot)
const NUMBERED = /^(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d{1,2}\s*[、.．](?!\d))\s*(\S.*)$/u;
// a count after the group's name: 一、产业项目（12项） · （共5个）
const COUNT = /\s*[（(]\s*(?:共\s*)?\d+\s*(?:个|项)[^）)]*[)）]\s*$/u;

/**
 * The category a group line of a project or reform list names (`一、教育` → 教育, `（一）产业项目（12项）` →
 * 产业项目, `1.基础设施类` → 基础设施类), or null when the cell is no numbered group. Its items below take
 * it as their `category` (ProjectSchema).
 */
export function listGroup(cell: string): string | null {
  const m = NUMBERED.exec(trimCell(cell));
  const name = m?.[1] === undefined ? "" : trimCell(m[1].replace(COUNT, ""));
  return name === "" ? null : name;
}
