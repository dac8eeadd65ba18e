import { detectUnit } from "../../domain/Unit";
import { normalizeText as normalize } from "../../domain/normalizeText";
import type { ColumnRule } from "../ColumnRule";

/**
 * A part's indicator name (`5.主要污染物排放总量减少(%) | 化学需氧量`, any row read with a part): the parent's
 * name without the unit its last bracket gives when that is the row's unit, so the label the sheet, check and
 * the report write is `主要污染物排放总量减少：化学需氧量`, not `…减少(%)：化学需氧量` with the unit mid-name,
 * and the unit stands once, in the 单位 column (trial37 F4). A unit the row reads otherwise (its 单位 cell
 * names another) keeps the bracket. Applied last of the column rules: the name is final by then (nameMark,
 * growthTarget). New imports only: a template already published keeps its names, which its returns carry.
 */
export const partName: ColumnRule = (d) => {
  if (d.row.part === undefined || d.unit === "") return;
  const named = detectUnit(d.name);
  if (named.inferred || named.symbol === "" || named.bareName === "" || normalize(d.unit) !== named.symbol) return;
  d.name = named.bareName;
};
