import type { ColumnRule } from "./ColumnRule";
import { approximateBaselineMet } from "./rules/approximateBaselineMet";
import { approximateFar } from "./rules/approximateFar";
import { approximateWide } from "./rules/approximateWide";
import { approximateDirection } from "./rules/approximateDirection";
import { attributeColumn } from "./rules/attributeColumn";
import { compoundTarget } from "./rules/compoundTarget";
import { remarkTarget } from "./rules/remarkTarget";
import { cumulativeNote } from "./rules/cumulativeNote";
import { dashLookalike } from "./rules/dashLookalike";
import { growthTarget } from "./rules/growthTarget";
import { targetInUnreadColumn } from "./rules/targetInUnreadColumn";
import { decimalStop } from "./rules/decimalStop";
import { cumulativeTarget } from "./rules/cumulativeTarget";
import { cumulativeFootnote } from "./rules/cumulativeFootnote";
import { bareReduction } from "./rules/bareReduction";
import { nameMark } from "./rules/nameMark";
import { nameSpaces } from "./rules/nameSpaces";
import { unclosedUnit } from "./rules/unclosedUnit";
import { noteColumn } from "./rules/noteColumn";
import { operatorDirection } from "./rules/operatorDirection";
import { othersAttribute } from "./rules/othersAttribute";
import { rangeTarget } from "./rules/rangeTarget";
import { relativeTarget } from "./rules/relativeTarget";
import { levelIncrease } from "./rules/levelIncrease";
import { negativeTotal } from "./rules/negativeTotal";
import { responsibleColumn } from "./rules/responsibleColumn";
import { seriesDirection } from "./rules/seriesDirection";
import { negativePlanNumber } from "./rules/negativePlanNumber";
import { resultColumns } from "./rules/resultColumns";
import { unitColumn } from "./rules/unitColumn";
import { unitFromValue } from "./rules/unitFromValue";
import { valueMark } from "./rules/valueMark";
import { gluedValueMark } from "./rules/gluedValueMark";
import { wordsBaseline } from "./rules/wordsBaseline";
import { wordsTarget } from "./rules/wordsTarget";
import { yearlyColumns } from "./rules/yearlyColumns";
import { yearsWithoutTarget } from "./rules/yearsWithoutTarget";
import { noTarget } from "./rules/noTarget";
import { partName } from "./rules/partName";
import { noUnit } from "./rules/noUnit";

/**
 * The column rules, in the order buildIndicators applies them to each row: spaces a line wrap left between
 * Chinese characters of the name taken out, a unit's lost closing bracket closed (`小麦稻谷自给率（%`), a mark after the name
 * taken off (before the unit is read from the name), a footnote mark after a value taken off, a footnote's number a copy glued to a number cell (`15.74` for 15.7⁴) taken off where plausible (said either way), a dash
 * look-alike (`一`) read as `—`, a full stop between digits (`76。7`) read as a decimal point, the unit, the target
 * (from the 累计 column when empty; a bare target that a footnote calls a five-year total written as one, `〔0.52〕`, said; from a yearly plan's 增长% column when empty, said; a value in a column not read said when still empty; a bare number on a fall over the period with no baseline asked: bareReduction), a unit the values carry (needs both), the direction of the
 * target's operator, a target written as a change from the baseline (said), a five-year total written negative or on a level far above it (said), a 左右 target whose baseline is already met (said), a 左右 target a power of ten from its baseline (said), else on a name with a direction (said), else on a % row whose band is wide (said), a range (`7.4—7.5`) loaded as words with the bound its direction means (said), a target loaded as words (said), a compound target on a name that lists no parts (`6500/7000`, said), a remark after the target that leaves its number (`≤33（2025年）`, said), a baseline in words or as a bound (said), then the other columns (累计 kept as a note before the 备注 column's; 属性, else the one a note gives the unmarked rows; 责任单位), the yearly targets, years among them without a target (said), a row with no target at all (`—`, said), a direction only the numbers tell, read down (said), and a negative baseline or target in a unit otherwise never below 0, which opens the row to negatives (said, with the direction read); last, a part's name without the unit its parent's name ends in (partName), and a row left with no unit its name tells (said).
 */
export const COLUMN_RULES: readonly ColumnRule[] = [
  nameSpaces, unclosedUnit, nameMark, valueMark, gluedValueMark, dashLookalike, decimalStop, unitColumn, cumulativeTarget, cumulativeFootnote, growthTarget, targetInUnreadColumn, bareReduction, unitFromValue, operatorDirection, relativeTarget, negativeTotal, levelIncrease, approximateBaselineMet, approximateFar, approximateDirection, approximateWide, rangeTarget, wordsTarget, compoundTarget, remarkTarget, wordsBaseline, cumulativeNote, attributeColumn, othersAttribute, resultColumns, noteColumn, responsibleColumn, yearlyColumns, yearsWithoutTarget, noTarget, seriesDirection, negativePlanNumber, partName, noUnit,
];
