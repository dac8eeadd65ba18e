import { holdsValue, type Header } from "../header";
import { HAN, dropTrailingEmpty, joinCjk, splitCells, squash } from "../text";
import { ATTRIBUTES } from "./attributes";
import { bareNumber, subNumber } from "./numbering";
import { findNumber } from "./rowStart";

/**
 * A table whose columns a copy from a PDF or a web page left separated by single spaces (or
 * ideographic spaces, or a mix of spaces and tabs): `类别 序号 指标 2020年 2025年 属性` over
 * `环境治理 1 地级及以上城市细颗粒物（PM2.5）浓度（微克/立方米） 33 ≤30 约束性`. Its words are lined up
 * with the header's columns and the line rewritten with tabs, so the rules read it as any tabbed
 * paste (a category only on a group's first row carried down, as for tabs). A row is lined up only
 * when that is unambiguous: the values are the last words, a 序号 parts the categories from the
 * name, and a name of several words is taken only when every value is clearly one (a number, an
 * operator and a number, a dash, 〔18〕, 约束性). A row may stop before its blank last columns: a 备注 or
 * 责任单位 (TableReading.optionalTail), and the 属性 before them, where no word is a 属性 word (so that
 * cell is surely blank): a 属性 cell merged down over a 其中 or part line, which a PDF's copy gives on the
 * line above only (`初中 77.34% 85%以上` under `指标 2020年 2025年 属性`, trial41c F2); the row rules read
 * it as a sheet's merged cell (rules/mergedAttribute). Else the line is left as it is and, where it looks
 * like a row, reported (`why`).
 */

/** Why a spaced row could not be lined up with the header. */
export type UnalignedWhy = "too-few" | "spaces-in-name-or-value" | "category-or-name" | "misplaced";

export interface SpacedLines {
  /** the lines, those lined up rewritten with tabs */
  lines: string[];
  /** 0-based lines lined up */
  aligned: number[];
  /**
   * 0-based lines that look like rows but could not be lined up, and why; `noAttribute`: none of the words is a
   * 属性 word where the header has the column a row may leave blank (Layout.attributeBefore), so that one is missing
   */
  unaligned: Array<{ at: number; why: UnalignedWhy; noAttribute: boolean }>;
  /** 0-based lines among `aligned` whose 属性 (the column before the optional tail) was left blank: no word was one */
  attributeLeft: number[];
  /** the header has a category column before the name (other than 序号), whose blank cells take the row above's */
  categories: boolean;
}

const WORDS = /[\s\u00a0\u3000]+/u;
/** header words that belong to the year before them (`2025年 目标`) */
const YEAR_WORD = /^(目标值?|规划目标|基期值?|现状值?|预期值?|完成值?|值|末|年末)$/;
const NONE = /^(—+|-+|–|－|\/|无)$/;
/** a unit in brackets and nothing else (`（%）`, `(‰)`) */
const UNIT_ALONE = /^[（(][^（）()\s]{1,12}[)）]$/u;
const FOOTNOTE_START = /^(注|备注|说明|资料来源|数据来源)|^[\u2460-\u2473]/u;

/** The words of a line: cut at every run of spaces or tabs. */
export function spacedWords(line: string): string[] {
  return line.trim().split(WORDS).filter((w) => w !== "");
}

/**
 * A header line's labels cut at spaces, a word that qualifies a year joined to it (`2025年 目标` →
 * `2025年目标`), and a year's 年 a PDF's text layer set apart (`2020 年目标值` → `2020年目标值`: else the
 * bare `2020` was read as a baseline column of its own, trial28c).
 */
export function headerWords(line: string): string[] {
  const out: string[] = [];
  for (const w of spacedWords(line)) {
    const prev = out[out.length - 1];
    const yearApart = prev !== undefined && /^20\d\d$/.test(prev) && w.startsWith("年");
    if (prev !== undefined && ((/20\d\d/.test(prev) && YEAR_WORD.test(squash(w))) || yearApart)) out[out.length - 1] = `${prev}${w}`;
    else out.push(w);
  }
  return out;
}

/**
 * Lines up the rows below `header` (its header line's labels `labels`, as cells) whose cells as split
 * do not fit the header and whose words do; `tabbed`: how the paste's lines were split.
 */
export function lineUpSpaced(lines: readonly string[], labels: readonly string[], header: Header, tabbed: boolean): SpacedLines {
  const layout = layoutOf(labels, header);
  const out: SpacedLines = { lines: [...lines], aligned: [], unaligned: [], attributeLeft: [], categories: layout.lead > (layout.numberAt < 0 ? 0 : 1) };
  for (let i = header.last + 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const cells = splitCells(line, tabbed);
    const filled = cells.filter((c) => c !== "");
    const words = spacedWords(line);
    if (words.length <= filled.length || fitsAsSplit(cells, layout)) continue;
    const r = lineUp(words, layout);
    const hasTab = line.includes("\t");
    if ("cells" in r && (!hasTab || r.sure)) {
      out.lines[i] = r.cells.join("\t");
      out.aligned.push(i);
      if (r.attributeLeft) out.attributeLeft.push(i);
    } else if ("why" in r && !hasTab && looksLikeRow(words, layout)) {
      out.unaligned.push({ at: i, why: r.why, noAttribute: layout.attributeBefore && !words.some(isAttributeWord) });
    }
  }
  return out;
}

interface Layout {
  header: Header;
  /** cells before the name (序号 and categories) */
  lead: number;
  /** index of the 序号 among them, -1 when none */
  numberAt: number;
  k: number;
  /** how many of the last columns a row may leave out (TableReading.optionalTail) */
  tail: number;
  /** the column before those is 属性, which a row may leave out too (a merged cell, given on the line above) */
  attributeBefore: boolean;
}

function layoutOf(labels: readonly string[], header: Header): Layout {
  const lead = labels.slice(0, header.nameAt).map(squash);
  const k = header.columns.length;
  let tail = 0;
  for (let j = k - 1; j >= 0 && ["note", "responsible", "ignored"].includes(header.columns[j]?.kind ?? ""); j--) tail++;
  const attributeBefore = header.columns[k - 1 - tail]?.kind === "attribute";
  return { header, lead: header.nameAt, numberAt: lead.findIndex((l) => /^(序号|编号|序)$/.test(l)), k, tail, attributeBefore };
}

/** The line's cells as split already hold a name and the header's values. */
function fitsAsSplit(cells: readonly string[], l: Layout): boolean {
  const num = findNumber(cells);
  const nameAt = num ? num.nameAt : cells.findIndex((c) => c !== "");
  const after = dropTrailingEmpty(cells.slice(nameAt + 1)).length;
  return after >= l.k - l.tail && after <= l.k + 1;
}

/** `attributeLeft`: the 属性 before the optional tail was left out too (Layout.attributeBefore) */
type LinedUp = { cells: string[]; sure: boolean; attributeLeft: boolean } | { why: UnalignedWhy };

function lineUp(words: readonly string[], l: Layout): LinedUp {
  let why: UnalignedWhy = "too-few";
  // the fewest trailing columns left out first, as alignRight reads a row; the 属性 last, and only where no
  // word is a 属性 word (the cell is surely blank; a line with one keeps the why of its own reading)
  const most = l.tail + (l.attributeBefore && !words.some(isAttributeWord) ? 1 : 0);
  for (let left = 0; left <= Math.min(most, l.k - 1); left++) {
    const kk = l.k - left;
    if (words.length < kk + 1) continue;
    const values = words.slice(words.length - kk);
    if (!values.every((v, j) => fits(v, l.header, j))) {
      why = "misplaced";
      continue;
    }
    const lead = leadCells(words.slice(0, words.length - kk), l);
    if ("why" in lead) {
      why = lead.why;
      continue;
    }
    const clear = values.every((v, j) => isClear(v, l.header, j));
    // without its 属性 a name of several words is not taken: `2.乙率(%) 约 3 4` is 约 3 | 4, not a name `乙率(%) 约`
    if (lead.nameWords > 1 && (!clear || left > l.tail)) {
      why = "spaces-in-name-or-value";
      continue;
    }
    return { cells: [...lead.cells, ...values, ...Array<string>(left).fill("")], sure: lead.nameWords === 1 || clear, attributeLeft: left > l.tail };
  }
  return { why };
}

/** Whether word `v` can stand in value column `j`: a 属性 word only in the 属性 column. */
function fits(v: string, header: Header, j: number): boolean {
  const c = header.columns[j];
  const attribute = ATTRIBUTES[squash(v)] !== undefined;
  return c?.kind === "attribute" ? attribute : !attribute;
}

/** Whether word `v` is clearly column `j`'s: a number or dash in a value column, 约束性 in 属性, a short unit. */
function isClear(v: string, header: Header, j: number): boolean {
  const c = header.columns[j];
  if (!c) return false;
  if (c.kind === "attribute") return true;
  if (c.kind === "unit") return v.length <= 6;
  return holdsValue(c) && (/\d/.test(v) || NONE.test(v));
}

/** The cells before the values: categories, 序号 and the name, as the header lays them out. */
function leadCells(mid: readonly string[], l: Layout): { cells: string[]; nameWords: number } | { why: UnalignedWhy } {
  if (mid.length === 0) return { why: "too-few" };
  const blanks = (n: number): string[] => Array<string>(Math.max(0, n)).fill("");
  const named = (cats: string[], nameWords: readonly string[]): { cells: string[]; nameWords: number } | { why: UnalignedWhy } => {
    const name = nameWords.join(" ");
    // a unit in brackets alone is the end of the name above, wrapped with the values (`（%） 7.8 10 — 预期性`: trial40b F2)
    return HAN.test(name) || UNIT_ALONE.test(name) ? { cells: [...cats, name], nameWords: nameWords.length } : { why: "misplaced" };
  };
  if (l.numberAt < 0) {
    if (mid.length === 1) return named(blanks(l.lead), mid);
    if (l.lead === 0) return named([], mid);
    if (mid.length === l.lead + 1) return named(mid.slice(0, l.lead).map(category), mid.slice(l.lead));
    return { why: "category-or-name" };
  }
  // the 序号: the first word that is one, among the categories' places and the number's own
  const at = mid.findIndex((w, i) => i <= l.numberAt + 1 && (bareNumber(w) ?? subNumber(w)) !== null);
  if (at < 0) {
    // a row without its own 序号 (其中 …): a name alone
    return mid.length === 1 ? named(blanks(l.lead), mid) : { why: "category-or-name" };
  }
  const before = mid.slice(0, at).map(category);
  // a category written with a space (`应对 气候变化`) is one: the extra words join the first
  const cats = before.length > l.numberAt ? [before.slice(0, before.length - l.numberAt + 1).join(""), ...before.slice(before.length - l.numberAt + 1)] : [...blanks(l.numberAt - before.length), ...before];
  const number = mid[at] ?? "";
  const after = mid.slice(at + 1);
  const between = l.lead - l.numberAt - 1;
  if (after.length === 0) return { why: "too-few" };
  if (between === 0) return named([...cats, number], after);
  if (after.length === 1) return named([...cats, number, ...blanks(between)], after);
  if (after.length === between + 1) return named([...cats, number, ...after.slice(0, between).map(category)], after.slice(between));
  return { why: "category-or-name" };
}

const category = (w: string): string => joinCjk(w);
const isAttributeWord = (w: string): boolean => ATTRIBUTES[squash(w)] !== undefined;

/** A line that reads as a table row though it could not be lined up: a 序号 first, or a value or 属性 last, and a name. */
function looksLikeRow(words: readonly string[], l: Layout): boolean {
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  if (FOOTNOTE_START.test(first) || !words.some((w) => HAN.test(w))) return false;
  const numbered = words.slice(0, l.lead + 1).some((w) => (bareNumber(w) ?? subNumber(w)) !== null);
  const valued = ATTRIBUTES[squash(last)] !== undefined || /\d/.test(last) || NONE.test(last);
  return words.length >= 2 && (numbered || valued);
}
