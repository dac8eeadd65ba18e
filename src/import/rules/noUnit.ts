import { detectUnit } from "../../domain/Unit";
import { parseTarget } from "../../domain/parseTarget";
import type { ColumnRule } from "../ColumnRule";

/**
 * A row with no unit (no 单位 cell, no bracket in its name, no unit in its values) whose name tells none
 * either (`…生态环境状况指数`): said once, when the manager can still write one (trial37 F1). Left so,
 * check holds the row's values to be numbers only and says so as information (unit_unknown, info: not a fault
 * for the units to report, isPlanFault, trial37c F4). Not on a words or compound target, whose values check does not hold to a unit.
 */
export const noUnit: ColumnRule = (d) => {
  if (d.unit !== "" || detectUnit(d.name).symbol !== "") return;
  const kind = parseTarget(d.target).kind;
  if (kind === "text" || kind === "compound") return;
  d.report("unit-none", { name: d.name });
};
