import { detectUnit } from "../../domain/Unit";
import type { ColumnRule } from "../ColumnRule";

/** A unit in a bracket at the end of a name that was never closed: `（%`, `(亿吨`; the bracket and the unit. */
const OPEN_AT_END = /([（(])\s*([^（()）\s]{1,8})\s*$/;

/**
 * A name whose unit's closing bracket the source lost (`小麦稻谷自给率（%`, trial29a: the web page has no `）`):
 * the bracket is closed (`小麦稻谷自给率（%）`) where what follows it reads as a unit in brackets would
 * (domain/Unit detectUnit, the one home of units), so the unit is read (`%`), where it was 未注明单位. Said
 * (`name-bracket`, to check). Runs before the unit is taken (unitColumn).
 */
export const unclosedUnit: ColumnRule = (d) => {
  const m = OPEN_AT_END.exec(d.name);
  if (m === null || (d.detected.symbol !== "" && !d.detected.inferred)) return;
  const closed = `${d.name.trimEnd()}${m[1] === "（" ? "）" : ")"}`;
  const unit = detectUnit(closed);
  if (unit.inferred || unit.symbol === "") return;
  d.report("name-bracket", { name: d.name, closed, unit: unit.symbol });
  d.name = closed;
  d.detected = unit;
};
