import { detectUnit } from "../../domain/Unit";
import { parseTarget } from "../../domain/parseTarget";
import { HAN, squash } from "../text";
import { ATTRIBUTES } from "./attributes";
import { isPartLabel } from "./partLabel";

/**
 * A sub-indicator's name in the cell after its group's: `10 | 人力资源水平 | 每万劳动力中研发人员数 | 人年 | ≥140`,
 * the rows below leaving 序号 and the group blank (merged down in a sheet): `| | 每万劳动力中高技能人才数 | 人 | ≥750`.
 * A part label (学前段, 城镇) is one; so is a longer name with Chinese in it that is no value (no operator,
 * no number a target reads: `获证食品生产企业抽检合格率`, 13 characters, past a part label's 12); never a 属性
 * word (a row shifted one cell, not a part named 约束性).
 */
export function isSubIndicatorName(text: string): boolean {
  const t = squash(text);
  if (ATTRIBUTES[t] !== undefined) return false;
  if (isPartLabel(text)) return true;
  return t.length > 0 && t.length <= 40 && HAN.test(t) && !/[<>≤≥〔〕[\]]/.test(t) && parseTarget(t).kind === "text";
}

/**
 * Whether the parts of a group are indicators of their own, to be said (unreadMessages `sub-indicators`):
 * the group names no unit, not even by its ending (人力资源水平, 基本社会保障: a heading), or the part is more
 * than a part label (食品药品检测合格率 | 获证食品生产企业抽检合格率). A trial's groups were loaded as parts
 * without a word, so the sheet's 人力资源水平：… looked like the group renamed. A part of an indicator with
 * a unit (`巩固率(%) | 小学`) is read as before, unsaid.
 */
export function partsAreIndicators(group: string, part: string): boolean {
  return !isPartLabel(part) || detectUnit(group).symbol === "";
}
