import { normalizeText as normalize } from "../../domain/normalizeText";
import type { ColumnRule } from "../ColumnRule";
import { cellOf } from "../ColumnRule";
import { readValue } from "./valueUnit";

/**
 * A baseline or target that carries its unit (`12.3年以上`, `1.5万人`): the unit when the name has
 * none (said so); a unit that differs from the name's is said (check unit and scale).
 */
export const unitFromValue: ColumnRule = (d) => {
  const carried = [readValue(cellOf(d, d.header.baselineCol)), readValue(d.target)];
  const units = carried.map((c) => c.unit);
  const valueUnit = units.find((u) => u !== "" && u !== "%") ?? units.find((u) => u !== "") ?? "";
  if (valueUnit === "") return;
  const { detected, unit } = d;
  if (unit === "" && (!detected.inferred || normalize(valueUnit) === detected.symbol)) {
    d.unit = valueUnit;
    d.report("unit-from-value", { unit: valueUnit });
  } else if (normalize(valueUnit) !== normalize(unit) && !(valueUnit === "%" && (unit === "%" || detected.symbol === "%"))) {
    d.report("unit-differs", { valueUnit, unit: unit || detected.symbol });
  }
};
