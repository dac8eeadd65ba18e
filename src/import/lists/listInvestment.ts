import { normalizeText } from "../../domain/normalizeText";
import { trimCell } from "../text";

/** A 总投资 as the template keeps it (ProjectSchema.investment, 亿元 as written) and what was done to it. */
export interface ListInvestment {
  investment: string;
  /** 万元 divided by 10000 (the column's or the cell's unit) */
  fromWan: boolean;
  /** `约49.07`: the number kept, 约 dropped */
  approximate: boolean;
  /** words or a number with more than a unit (`15.6（含征地）`): kept as written, a row to check */
  words: boolean;
}

// no amount written: kept as written (§4: `/` is 待人工评估)
const NONE = /^(|\/|／|—+|-+|－|无|暂无|待定)$/;
const AMOUNT = /^(约|约为|大约)?(\d+(?:\.\d+)?)(亿元|万元|亿|万)?(左右)?$/;

/**
 * A project's investment in 亿元, the template's unit (§4): a number of a 万元 column or cell divided by
 * 10000 (`156000` → `15.6`, float noise dropped), `约49.07` and `49.07左右` read as 49.07; no amount
 * (`/`, `—`, empty) and words are kept as written. `unit`: the column's unit (null: none named, read as 亿元).
 */
export function readListInvestment(written: string, unit: "亿元" | "万元" | null): ListInvestment {
  const text = trimCell(written);
  const none = { investment: text, fromWan: false, approximate: false, words: false };
  if (NONE.test(normalizeText(text))) return none;
  const m = AMOUNT.exec(normalizeText(text).replace(/,/g, ""));
  if (!m || m[2] === undefined) return { ...none, words: true };
  const wan = m[3] === undefined ? unit === "万元" : m[3].startsWith("万");
  const value = Number(m[2]);
  const investment = wan ? String(Number((value / 10000).toPrecision(12))) : m[2];
  return { investment, fromWan: wan, approximate: m[1] !== undefined || m[4] !== undefined, words: false };
}
