import { normalizeText } from "./normalizeText";
import { parseTarget, writtenUnit } from "./parseTarget";
import { targetInText } from "./targetInText";
import { unitAfterNumber } from "./unitAfterNumber";

/** The last number of a text: its unit goes after it, inside a total's brackets (〔18%〕, as plans type it). */
const LAST_NUMBER = /([0-9０-９][0-9０-９.,．]*)(?!.*[0-9０-９])/;

/**
 * A target as a sentence sets a value against it (evaluation-rules §6): with the row's unit after its
 * number, written as the value beside it is (withUnit, unitAfterNumber): `≥95` on a % row → `≥95%`,
 * `8%左右` → `8%左右`, `3600左右` on a 公里 row → `3600 公里左右`, `〔18〕` → `〔18%〕`; so that "预计 2030 年 105%，
 * 目标 ≤95%" reads with one unit on both sides (trial36 tp F4: "预计 2030 年 105%，目标 ≤95"). A target typed with
 * or without the unit reads alike (targetInText). As written otherwise: words (`提高1岁`), no target, a unit
 * other than the row's (`1.2亿` on a 万元 row), a unit already in it (`7.4%—7.5%`), a ratio or no unit.
 * A bracketed remark after the target (`95（2025 年）`) keeps its own numbers: the unit goes before it.
 * The 附表's 目标值 column, with its 单位 column beside it, stays targetInText.
 */
export function targetWithUnit(target: string, unit: string): string {
  const bare = targetInText(target, unit);
  const after = unitAfterNumber(unit);
  const t = parseTarget(target, unit === "%");
  if (after === "" || t.kind === "text" || t.kind === "none" || writtenUnit(bare) !== "") return bare;
  if (normalizeText(bare).includes(after.trim())) return bare;
  const cut = bare.search(/[（(]/);
  const head = cut < 0 ? bare : bare.slice(0, cut), tail = cut < 0 ? "" : bare.slice(cut);
  return LAST_NUMBER.test(head) ? head.replace(LAST_NUMBER, `$1${after}`) + tail : bare;
}
