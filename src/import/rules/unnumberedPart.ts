import { detectUnit } from "../../domain/Unit";
import { parseTarget } from "../../domain/parseTarget";
import { holdsValue } from "../header";
import type { LineRule } from "../LineRule";
import { dropTrailingEmpty, squash } from "../text";
import { mergedAttribute } from "./mergedAttribute";
import { hasNoValue, partsParent } from "./partsParent";
import { isSubIndicatorName } from "./subIndicator";

/**
 * A row with no 序号 under a numbered row that has no value of its own (`6 | 主要污染物排放总量减少（%） | — | —`
 * or its cells empty) and a unit in its name: `| | 化学需氧量 | — | 〔10〕 | 约束性`, the first of its parts, read
 * as the three-level layout reads them (`4.主要污染物排放总量减少（%） | 化学需氧量`, numberedRow): under the
 * parent's number and name, the parent no indicator of its own (partsParent, said). The parts after it are
 * partRow's. The row must have a value and no unit of its own; else, or under a row with values, it stays
 * ambiguous (noNumber); a parent with no cell after its name is brokenName's (the rest of a broken name).
 * Real plans (十四五 生态环境保护) print their pollutants so (trial37c F3).
 */
export const unnumberedPart: LineRule = (line, reading) => {
  reading.closeOpen();
  const prev = reading.prevRow();
  if (!reading.numbered || prev?.state !== "ok" || prev.part !== undefined || prev.number === "") return "pass";
  if (line.firstAt !== reading.header.nameAt || !isSubIndicatorName(line.first)) return "pass";
  const parentUnit = detectUnit(prev.name);
  const ownUnit = detectUnit(line.first);
  if (parentUnit.symbol === "" || parentUnit.inferred || (ownUnit.symbol !== "" && !ownUnit.inferred)) return "pass";
  const rest = mergedAttribute(line.cells.slice(line.firstAt + 1), prev, reading, line.at);
  if (dropTrailingEmpty(rest).length !== reading.k) return "pass";
  const valued = reading.header.columns.some((c, j) => holdsValue(c) && (rest[j] ?? "").trim() !== "" && parseTarget((rest[j] ?? "").trim()).kind !== "none");
  if (!valued || !hasNoValue(prev, reading)) return "pass";
  const part = squash(line.first);
  partsParent(prev, part, reading);
  const row = reading.addRow({ group: prev.group, number: prev.number, name: prev.name, part }, line.at);
  reading.setValues(row, rest, line.at, false);
  return "taken";
};
