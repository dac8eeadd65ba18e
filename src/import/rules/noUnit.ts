import { detectUnit } from "../../domain/Unit";
import { parseTarget } from "../../domain/parseTarget";
import type { ColumnRule } from "../ColumnRule";

/**
 * A row with no unit written (no 单位 cell, no bracket in its name, no unit in its values): said once, when the manager
 * can still write one. Where the name tells none either (`…生态环境状况指数`, trial37 F1), check holds the row's values to
 * be numbers only and says so as information (unit_unknown, info: not a fault for the units to report, isPlanFault,
 * trial37c F4). Where the name's ending tells one (detectUnit: 森林覆盖率 → %, 婴儿死亡率 → ‰), check reads that unit and
 * calls it the template's (unit_inferred): the import says it too, naming the unit (trial44a F1: silent here, said by
 * check only after the returns were sent). Not on a words or compound target, whose values check does not hold to a unit.
 */
export const noUnit: ColumnRule = (d) => {
  if (d.unit !== "") return;
  const named = detectUnit(d.name);
  if (named.symbol !== "" && !named.inferred) return;
  const kind = parseTarget(d.target).kind;
  if (kind === "text" || kind === "compound") return;
  if (named.inferred) d.report("unit-inferred", { name: d.name, unit: named.symbol });
  else d.report("unit-none", { name: d.name });
};
