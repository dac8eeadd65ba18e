import { directionFromName } from "../../domain/directionWords";
import { normalizeText } from "../../domain/normalizeText";
import { parseNumber } from "../../domain/parseNumber";
import { parseTarget } from "../../domain/parseTarget";
import { cellOf, type ColumnRule } from "../ColumnRule";

/** A number, with the row's % or ‰ typed after it or not. */
const NUMBER = "(\\d+(?:\\.\\d+)?)[%‰]?";
/**
 * A range as plans write one (`7.4—7.5`, `7.4-7.5`, `7.4～7.5`, `7.4至7.5`, `保持在7.4—7.5之间`): two numbers
 * joined by a dash, a tilde, 至 or 到 (normalizeText has made ～ ~ and － -).
 */
const RANGE = new RegExp(`^(?:保持在|控制在|稳定在|达到)?${NUMBER}(?:[-—–~]+|至|到)${NUMBER}(?:之间|区间)?$`, "u");

/** A number as a line says it: float noise dropped. */
const shown = (x: number): string => String(Number(x.toPrecision(12)));

/**
 * A range target (`每千人口医疗卫生机构床位数 | 张 | 6.46 | 7.4—7.5`, the national 卫生健康 plan's wording):
 * evaluation-rules §1 has no range form, and none is added (the rules contract and the sheets' formulas
 * would change), so it stays words, 待人工评估 every year. Said, as the other word targets are
 * (relativeTarget's `提高1岁` → `≥78.93`), with the bound the row most likely means: the lower one
 * (`≥7.4`) where the row's direction is up, the upper one (`≤7.5`) where down. The direction: the name's
 * (directionFromName), else the baseline's side of the range (6.46 below 7.4–7.5: a rise to it, up);
 * neither (the baseline inside the range, or none): both bounds named. trial29a F7 found the generic
 * "可把目标改写为“≥…”或“≤…”" on such a row.
 */
export const rangeTarget: ColumnRule = (d) => {
  if ([...d.said].some((c) => c.startsWith("target-"))) return;
  if (parseTarget(d.target, d.unit === "%").kind !== "text") return;
  const m = RANGE.exec(normalizeText(d.target));
  if (m?.[1] === undefined || m[2] === undefined) return;
  const a = Number(m[1]), b = Number(m[2]);
  // two years (`2021-2025`) are a period, not a range of values
  if (a === b || [a, b].every((x) => Number.isInteger(x) && x >= 1949 && x <= 2100)) return;
  const low = Math.min(a, b), high = Math.max(a, b);
  const named = directionFromName(d.name);
  const base = parseNumber(d.baseline ?? cellOf(d, d.header.baselineCol));
  const direction = named?.direction ?? (base === null ? null : base < low ? "up" : base > high ? "down" : null);
  d.report("target-range", {
    target: d.target.trim(), low: shown(low), high: shown(high),
    bound: direction === "up" ? "floor" : direction === "down" ? "ceiling" : null,
    word: named?.word ?? null, baseline: base === null ? null : shown(base),
  });
};
