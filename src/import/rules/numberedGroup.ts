import { detectUnit } from "../../domain/Unit";
import { HAN } from "../text";
import { splitNumbering } from "./numbering";

/**
 * A numbered sub-group in the category cell right before the name, in a three-level table
 * (领域 | `1.空气质量` | 指标 …, as 十三五 生态环境保护 专栏1 writes it). Read by whether its name
 * carries a unit in brackets:
 * - without a unit (`1.空气质量`, `4.生态状况`): a category; the rows under it are indicators with
 *   their own names and units, numbered from the group (`1.1`, `1.2`, …; numberedRow);
 * - with a unit (`5.主要污染物排放总量减少（%）`): one indicator whose rows (化学需氧量, 氨氮 …) are its
 *   parts; the parts take the group's number, name and unit.
 */
export interface NumberedGroup {
  /** the group's own number (`1`, `5`) */
  number: string;
  /** the name after the number, as written (`主要污染物排放总量减少（%）`) */
  name: string;
  /** the name ends in a unit bracket (`（%）`): an indicator with parts, not a category */
  withUnit: boolean;
  /** the cell as written (`1。空气质量`), for the lines that name the group */
  written: string;
}

/** The cell as a numbered sub-group, or null when it carries no number or no Chinese name (a value, `12`). */
export function numberedGroup(cell: string): NumberedGroup | null {
  const n = splitNumbering(cell);
  if (n === null || !HAN.test(n.name)) return null;
  const unit = detectUnit(n.name);
  return { number: n.number, name: n.name, withUnit: unit.symbol !== "" && !unit.inferred, written: cell.trim() };
}
