import { CHANGE_WORDS, fallAtEnd, holdDirection, PEER_TARGET } from "../../domain/directionWords";
import { normalizeText } from "../../domain/normalizeText";
import { parseNumber } from "../../domain/parseNumber";
import { cellOf, type ColumnRule } from "../ColumnRule";

const WORDS = [...CHANGE_WORDS.down, ...CHANGE_WORDS.up].join("|");
/** `下降10%`, `提高2个百分点`, `提高1岁左右` (a unit other than % and 个百分点 is checked against the row's), with 左右 kept apart */
const RELATIVE = new RegExp(`^(${WORDS})(\\d+(?:\\.\\d+)?)(%|个百分点|[^\\d左]{1,4})?(左右)?$`, "u");
/** `翻一番` doubles the baseline, `翻两番` quadruples it (the plans' words for ×2 and ×4) */
const DOUBLINGS: Readonly<Record<string, number>> = { 翻一番: 2, 翻一倍: 2, 翻两番: 4, 翻二番: 4 };

/**
 * A target written as a change from the baseline (`下降10%`, `提高2个百分点`, `提高1岁左右` in the row's unit, `翻一番`) or as holding it (`不减少`): evaluation-rules §1 has
 * no such form, so it stays words (待人工评估), and is said, with the number it comes to where the
 * baseline is one (8.1 and `下降10%`: ≤ 7.29; 77.93 and `提高1岁左右`: 78.93左右), for a person to write if the plan means that. A name
 * that carries the change word (`…浓度下降（%）` with `〔10〕`) is not this: its target is read as written.
 */
export const relativeTarget: ColumnRule = (d) => {
  // 不减少, 不降低, 只增不减: the baseline itself is the bound
  const hold = holdDirection(d.target);
  if (hold !== null) {
    const base = parseNumber(cellOf(d, d.header.baselineCol));
    d.report("target-relative", { target: d.target, up: hold === "up", amount: 0, per: "hold", baseline: base === null ? null : String(base), suggested: base === null ? null : String(base) });
    return;
  }
  // 与省持平: another body's figure, never a number of this plan
  if (PEER_TARGET.test(normalizeText(d.target))) {
    d.report("target-relative", { target: d.target, up: true, amount: 0, per: "peer", baseline: null, suggested: null });
    return;
  }
  const times = DOUBLINGS[normalizeText(d.target).replace(/^(?:实现|力争|基本)+/u, "")];
  if (times !== undefined) {
    const base = parseNumber(cellOf(d, d.header.baselineCol));
    d.report("target-relative", { target: d.target, up: true, amount: times, per: "times", baseline: base === null ? null : String(base), suggested: base === null ? null : String(Number((base * times).toPrecision(12))) });
    return;
  }
  const m = RELATIVE.exec(normalizeText(d.target));
  const word = m?.[1];
  if (m === null || word === undefined) return;
  const written = m[3];
  // a rise in the row's own unit (`提高1岁` on 人均预期寿命（岁）); another unit (`提高1年`) is no such change
  const unit = written === undefined || written === "%" || written === "个百分点" ? null : written;
  if (written === undefined || (unit !== null && unit !== normalizeText(d.unit || d.detected.symbol))) return;
  const amount = Number(m[2]);
  const per = written === "%" ? "percent" : unit !== null ? "unit" : "points";
  const about = m[4] !== undefined ? { about: true } : {};
  const up = CHANGE_WORDS.up.includes(word);
  // a name that counts its own fall (…能耗下降（%）, up by §3a): `下降18%` restates the row's value, a fall of 18
  if (!up && written === "%" && fallAtEnd(d.name) !== null) {
    d.report("target-relative", { target: d.target, up: true, amount, per: "named", baseline: null, suggested: String(amount), ...about });
    return;
  }
  const base = parseNumber(cellOf(d, d.header.baselineCol));
  const sign = up ? 1 : -1;
  const reached = base === null ? null : per === "percent" ? base * (1 + (sign * amount) / 100) : base + sign * amount;
  d.report("target-relative", {
    target: d.target,
    up,
    amount,
    per,
    baseline: base === null ? null : String(base),
    // float noise dropped: 8.1 × 0.9 is 7.29, not 7.290000000000001
    suggested: reached === null ? null : String(Number(reached.toPrecision(12))),
    ...(unit !== null ? { unit } : {}),
    ...about,
  });
};
