import { unitText } from "./unitText";

/** Symbols written straight after a number, as everywhere: 95%, 8‰, 37.5℃. */
const GLUED = /^[%‰‱°℃]/;

/**
 * What follows a number to give its unit, in the report (withUnit, forecasts, paces), the pane and
 * the ribbon dialog alike; the one home of the spacing (a trial's report wrote 预计 2025 年 55亿元 and
 * 需年均提高 11 亿元 in one sentence). A word unit comes after a space, as the project writes every
 * number beside Chinese (2023 年, 48 项, 计划投资 1411 亿元): " 亿元", " 人/亿元"; a symbol is joined: "%",
 * "‰"; a unit that begins with a digit (1/10万, 10万人) is bracketed and joined, since it would run into
 * the number: 8.5（1/10万）, never 8.51/10万; a ratio or no unit (unitText "") gives "".
 */
export function unitAfterNumber(symbol: string): string {
  const u = unitText(symbol);
  if (u === "") return "";
  if (/^[0-9.]/.test(u)) return `（${u}）`;
  return GLUED.test(u) ? u : ` ${u}`;
}
