import { detectUnit } from "../../domain/Unit";
import { writtenDecimals } from "../../domain/writtenDecimals";
import { holdsValue, type Column, type Header } from "../header";
import type { Row } from "../TableReading";
import { footnoteOf, MARK_RUN, noteLines } from "./footnoteMarks";
import { gluedInsideMark } from "./gluedNoteMark";
import { takeMark } from "./nameMark";
import { valueMarkOf } from "./valueMark";

/**
 * A plain number cell whose last digits may be the number of a footnote whose superscript a copy lost (`15.74` for
 * 15.7⁴ over the note `4.为2013年数据`, trial45a F2): where the reading without them (`kept`) is taken and why.
 */
export interface GluedValueMark {
  /** the row's first line (Row.lines[0]) and the value column */
  line: number;
  column: number;
  /** the cell as written, the number without the digits, the digits */
  value: string;
  kept: string;
  mark: string;
  /** the note numbered so */
  footnote: string;
  /** read as `kept` (the plausible reading); otherwise read as written and only said */
  taken: boolean;
  /** the other year the note says the figure is of (`为2013年数据` under a 2015年 column), or null */
  year: number | null;
  /** the number has more decimals than the numbers beside it in its row and the usual in its column */
  decimals: boolean;
}

/** a cell that is only a number, or a number, a space and one or two digits (`15.7 4`) */
const PLAIN = /^[+-]?\d+(?:\.\d+)?(?:\s+\d{1,2})?$/u;
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/u;
/** a note's own number where it starts (`4.为2013年数据`, `4、…`) */
const NUMBERED = /^(\d{1,2})\s*[.、．](?![0-9])/u;
/**
 * a note on the table's notation, which no cell carries as a mark: `〔〕内为五年累计数`, `[ ]内为…`, `带*的为约束性指标`,
 * `标▲的为…`
 */
const NOTATION = /[〔［[（(]\s*[〕］\]）)]\s*[内中]|[带标]\S{0,4}的?为/u;
/** a note on no one figure: `部分指标2020年基期值为预计数`, `各项指标…`, `本表…` (quzhou-2021-2025's notes have no marks at all) */
const GENERAL = /部分指标|部分数据|有关指标|各项?指标|全部指标|所有指标|以上指标|本表/u;
/** a note that says its figure is another year's: `为2013年数据`, `2019年数`, `数据为2013年` */
const YEAR_FIGURE = /((?:19|20)\d{2})\s*年[度末底]?的?(?:数据|数值|统计|数|值)|(?:数据|数值)为\s*((?:19|20)\d{2})\s*年/u;
/** digits a name may carry as a mark the reading could not make sure of: at its end or before its unit (`失业率3（%）`) */
const NAME_DIGITS = /[\u3400-\u9fff\uf900-\ufaff](\d{1,2})\s*(?:[(（][^()（）]+[)）])?$/u;
/** a mark at the end of a column's label (`〔累计〕1`, `〔累计〕¹`) */
const LABEL_MARK = new RegExp(`\\D(\\d{1,2}|${MARK_RUN})$`, "u");

/** the decimals most of the numbers are written with (a tie: the more) */
function usualDecimals(ds: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const d of ds) counts.set(d, (counts.get(d) ?? 0) + 1);
  let best = -1;
  let most = 0;
  for (const [d, n] of counts) if (n > most || (n === most && d > best)) [best, most] = [d, n];
  return best;
}

/**
 * Whether a whole number without its last digits (`54` → `5`) stands nearer the row's other numbers (its target `56`)
 * than as written, by ratio: a tenth of the figure is no plausible reading otherwise. True when the row has none to tell.
 */
function nearerWithout(kept: number, value: number, others: readonly string[]): boolean {
  const nums = others.flatMap((o) => {
    const m = /\d+(?:\.\d+)?/u.exec(o);
    return m === null ? [] : [Number(m[0])];
  }).filter((n) => n > 0);
  if (nums.length === 0 || kept <= 0 || value <= 0) return true;
  return nums.some((n) => Math.abs(Math.log(kept / n)) < Math.abs(Math.log(value / n)));
}

/** The year a value column is of: its label's, else the header's base or target year. */
function columnYear(c: Column, header: Header): number | null {
  if (c.year !== undefined) return c.year;
  return c.kind === "baseline" ? header.baselineYear : c.kind === "target" ? header.targetYear : null;
}

/**
 * The table's numbered notes that nothing points to (no mark on a name, a part, a value or a column's label, nor digits a
 * name may carry, nor a row's name the note names; not a note on the notation or on no one figure, `部分指标…`), and the plain number cells that end in such a note's number (trial45a F2: `15.74` in a paste or a
 * sheet, where the page has 15.7⁴ and `注：… 4.为2013年数据`); a whole number only where the reading without them is
 * nearer its row's other numbers (`54` beside `56` is not 5). The reading without the digits is plausible where the note
 * says its figure is of another year than a baseline's or result's column, or where the number has more decimals than
 * the other numbers of its row and the usual of its column; it is taken in the one cell with the most such reasons,
 * else every cell is read as written. Either way each is said (gluedValueMark), with the other reading, so a person puts it right. Run on
 * the rows as read, before the column rules take marks off.
 */
export function gluedValueMarks(rows: readonly Row[], header: Header, notes: readonly string[]): GluedValueMark[] {
  const numbered = noteLines(notes).flatMap((l) => {
    const n = NUMBERED.exec(l)?.[1];
    return n === undefined || NOTATION.test(l) || GENERAL.test(l) ? [] : [{ n, footnote: l }];
  });
  if (numbered.length === 0) return [];
  const ok = rows.filter((r) => r.state === "ok");
  // a note that names a row (`3.居民人均可支配收入增长按可比价格计算` over 居民人均可支配收入增长（%）) is that row's name's: its
  // mark was on the name, which the copy lost
  const names = ok.flatMap((r) => [r.name, r.part ?? ""]).map((n) => detectUnit(n.trim()).bareName).filter((n) => n.length >= 4);
  const pointed = new Set<string>();
  const point = (mark: string | undefined): void => {
    const f = mark === undefined ? "" : footnoteOf(mark, notes);
    if (f !== "") pointed.add(f);
  };
  for (const c of header.columns) point(LABEL_MARK.exec(c.label)?.[1]);
  for (const r of ok) {
    for (const name of [r.name, r.part ?? ""]) {
      const taken = takeMark(name, notes);
      if (taken !== null) pointed.add(taken.footnote);
      else {
        const inside = gluedInsideMark(name, notes);
        point(inside !== null && "suspect" in inside ? inside.suspect.mark : NAME_DIGITS.exec(name)?.[1]);
      }
    }
    header.columns.forEach((c, j) => {
      const m = holdsValue(c) ? valueMarkOf(r.values[j] ?? "", notes) : null;
      if (m !== null) point(m.mark);
    });
  }
  const valueCols = header.columns.flatMap((c, j) => (holdsValue(c) ? [j] : []));
  const out: GluedValueMark[] = [];
  for (const { n, footnote } of numbered) {
    if (pointed.has(footnote) || names.some((name) => footnote.includes(name))) continue;
    const found: GluedValueMark[] = [];
    for (const r of ok) {
      for (const j of valueCols) {
        const value = (r.values[j] ?? "").trim();
        if (!PLAIN.test(value) || !value.endsWith(n)) continue;
        const kept = value.slice(0, -n.length).trim();
        if (!NUMBER.test(kept)) continue;
        const others = valueCols.filter((k) => k !== j).map((k) => r.values[k] ?? "");
        if (!value.includes(".") && !nearerWithout(Number(kept), Number(value.replace(/\s+/gu, "")), others)) continue;
        const column = header.columns[j] as Column;
        const y = YEAR_FIGURE.exec(footnote);
        const noteYear = Number(y?.[1] ?? y?.[2] ?? NaN);
        // a figure's note: a target is no year's figure (a 2020年 target is not `为2013年数据`)
        const figure = column.kind === "baseline" || column.kind === "result";
        const year = figure && Number.isFinite(noteYear) && noteYear !== columnYear(column, header) ? noteYear : null;
        const written = writtenDecimals(value.replace(/\s+/gu, "")) ?? 0;
        const inRow = others.flatMap((o) => writtenDecimals(o) ?? []);
        const inColumn = ok.filter((o) => o !== r).flatMap((o) => writtenDecimals(o.values[j] ?? "") ?? []);
        const decimals = written > 0 && inRow.length + inColumn.length > 0
          && (inRow.length === 0 || written > Math.max(...inRow)) && (inColumn.length === 0 || written > usualDecimals(inColumn));
        found.push({ line: r.lines[0] ?? 0, column: j, value, kept, mark: n, footnote, taken: false, year, decimals });
      }
    }
    // the one cell with the most reasons, if any: a note marks one figure
    const reasons = (g: GluedValueMark): number => (g.year === null ? 0 : 1) + (g.decimals ? 1 : 0);
    const most = Math.max(0, ...found.map(reasons));
    const best = found.filter((g) => reasons(g) === most);
    if (most > 0 && best.length === 1) out.push({ ...(best[0] as GluedValueMark), taken: true });
    else out.push(...found);
  }
  return out;
}
