import { detectUnit } from "../../domain/Unit";
import { HAN } from "../text";
import type { NumberedGroup } from "./numberedGroup";

/**
 * The category cell right before a row's name read as an indicator over its parts though it has no number: its
 * words end in a unit in brackets and the row's name has no unit of its own (a sheet's merged 领域 cell
 * `主要污染物排放总量减少（%）` beside 化学需氧量, 氨氮 …, trial45a F3: the parts were loaded with no unit, their
 * 领域 that cell). A 领域 has no unit; the unit is the parts'. Read as numberedGroup's `5.主要污染物排放总量减少（%）`
 * is, its number "". Null for a category without a unit, or a row naming its own unit (`单位GDP能耗（吨标准煤/万元）`).
 */
export function unitGroup(cell: string, name: string): NumberedGroup | null {
  const words = cell.trim();
  if (!HAN.test(words)) return null;
  const unit = detectUnit(words);
  if (unit.symbol === "" || unit.inferred) return null;
  const own = detectUnit(name);
  if (own.symbol !== "" && !own.inferred) return null;
  return { number: "", name: words, withUnit: true, written: words };
}
