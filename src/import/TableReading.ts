import type { Header } from "./header";
import type { UnreadLine } from "./importTable";
import { HAN, dropTrailingEmpty, joinCjk, squash, trimCell } from "./text";
import { ATTRIBUTES } from "./rules/attributes";
import { noteAttribute } from "./rules/attributeColumn";
import { isMarkOnly, MARK_RUN } from "./rules/footnoteMarks";
import { isPartLabel } from "./rules/partLabel";
import { isSubIndicatorName, partsAreIndicators } from "./rules/subIndicator";
import { alignRight, findNumber, type NumberCell } from "./rules/rowStart";
import { isNameText } from "./rules/nameText";
import type { NumberedGroup } from "./rules/numberedGroup";
import { UNREAD_EFFECT, unreadMessage, type ImportCode, type UnreadParams } from "./unreadMessages";
import { PASTED, sourceLastRow, sourceRow, type TableSource } from "./TableSource";
import { parseNumber } from "../domain/parseNumber";
import { classifyUnit, detectUnit, NO_UNIT } from "../domain/Unit";
import { normalizeText } from "../domain/normalizeText";

/** A domain (领域) of the table and how many rows it has so far. */
export interface Group {
  name: string;
  rows: number;
  /** the group came from a domain cell (not from standalone lines) */
  fromCell: boolean;
  /** the domain cell it was read from (`空气质量` of 生态环境质量·空气质量): a row continuing that cell is in it too */
  cell?: string;
}

/** A row of the table as read: open (a name, values still to come), ok (loaded) or failed (left out). */
export interface Row {
  group: Group;
  number: string;
  name: string;
  part?: string;
  values: string[];
  /** 0-based line indexes that make up the row */
  lines: number[];
  state: "open" | "ok" | "failed";
}

/**
 * One reading of an indicator table, below its header: the lines (after the line rules that join
 * or rewrite them), the rows read so far and what the rules reported. The line rules
 * (src/import/rules, in the order of lineRules.ts) read and change it; the steps they share (close
 * a row left without values, match a row's values to the header's columns, the domain a row
 * belongs to) are its methods.
 */
/** Value columns a row may leave blank at its end (TableReading.optionalTail). */
const OPTIONAL_TAIL: ReadonlySet<string> = new Set(["note", "responsible", "ignored"]);
/** A footnote mark at the end of a name (`②`, `★`), after its unit. */
const TRAILING_MARK = new RegExp(`\\s*(?:${MARK_RUN})$`, "u");

/**
 * Whether a cell under 单位 is no unit at all: the unit column's dash or slash (NO_UNIT), or text that does not
 * read as a unit where a name's brackets would hold one (detectUnit, the one home of what a unit looks like):
 * `79`, `AAA级`, `≥32`, `基本建成`; not `岁`, `1/10万`, `万吨`, `5年`.
 */
function isNoUnit(cell: string): boolean {
  if (NO_UNIT.test(cell)) return true;
  return cell !== "" && detectUnit(`（${cell}）`).symbol === "";
}

export class TableReading {
  /** the lines read (0-based), their cells, and for each the 0-based lines of the paste it comes from */
  lines: string[];
  grid: string[][];
  origins: number[][];
  readonly rows: Row[] = [];
  /** notes below the table (注：…), kept in the template's notes */
  readonly notes: string[] = [];
  readonly unread: UnreadLine[] = [];
  group: Group | null = null;
  /** domain pieces on lines of their own, waiting for the row they belong to */
  pending: Array<{ text: string; at: number }> = [];
  /**
   * 0-based lines that are numbered section headings (`1.空气质量` alone, over rows without 序号;
   * numberedHeadings.ts), and the domain above them (`生态环境质量`) each is read under; so is a domain
   * cell below a section row of its own (nextGroup: 生态环境质量·空气质量), until the next section row
   */
  numberedHeadings: ReadonlySet<number> = new Set<number>();
  major = "";
  numberedHeadingReported = false;
  /** a blank line, a page number or a repeated header came just before */
  pageBreak = false;
  /** 1-based rows (rowOf) of the table's header met again below it and skipped (rules/repeatedHeader.ts), said as a note */
  readonly repeatedHeaders: number[] = [];
  inNote = false;
  /** 0-based lines of the paste whose spaced columns could not be lined up (reported already; rules/unalignedRow.ts) */
  readonly unaligned = new Set<number>();
  /**
   * The paste's cells are separated by tabs (a worksheet, a web page's or a document's table, tab text), so
   * each cell's column is known and an empty cell is an empty cell; set by startReading. Not for the lines
   * lined up from spaces (`spacedLines`), where only the count of cells says which column a value is in.
   */
  tabbed = false;
  /** 0-based lines of the paste whose columns were separated by spaces and lined up with the header (rules/spacedColumns.ts) */
  spacedLines: ReadonlySet<number> = new Set<number>();
  /**
   * those of them lined up with their 属性 left blank (no word was a 属性 word: a cell merged down from the
   * line above, rules/spacedColumns.ts): their cells stand placed, a row may stop before the 属性 as a sheet's does
   */
  attributeLeft: ReadonlySet<number> = new Set<number>();
  /** the 序号 of the last row (`3`, `1.2`), null at the start and under each heading */
  lastNumber: string | null = null;
  /** 0-based last line of the table (its last row or note) */
  lastLine: number;
  headingAt: number | null = null;
  /** the category cells of the last row read from the right (a blank one continues them) */
  categories: string[] = [];
  /**
   * the numbered sub-group the last row read from the right is under (`1.空气质量`, rules/numberedGroup.ts),
   * and how many indicators of it were numbered so far; null when none
   */
  subGroup: (NumberedGroup & { count: number }) | null = null;
  /** a category sub-group (numbered rows from it) was said; once per table */
  subGroupReported = false;
  /** the lines (0-based) whose empty 属性 took the row above's (a merged cell, rules/mergedAttribute.ts), and the value; said in one line by finish */
  readonly attributeMerged: Array<{ at: number; value: string }> = [];
  gluedReported = false;
  /** a row was read under a name label spanning a sub-category column (said once) */
  spanReported = false;
  /** a row's name was read in a cell spanning the name label's blank cells (afterName; said once) */
  nameMergedReported = false;
  private readonly reported = new Set<string>();

  constructor(
    lines: readonly string[],
    grid: ReadonlyArray<readonly string[]>,
    readonly header: Header,
    /** 0-based line of the header */
    readonly headerAt: number,
    /** the table's title (for a repeated header's plan period) */
    readonly title: string,
    /** what the text was made from: the rows a message names (TableSource) */
    readonly source: TableSource = PASTED,
  ) {
    this.lines = [...lines];
    this.grid = grid.map((c) => [...c]);
    this.origins = lines.map((_, i) => [i]);
    this.lastLine = header.last;
  }

  /** the number of value columns after the name */
  get k(): number {
    return this.header.columns.length;
  }

  /**
   * How many of the last value columns a row may leave blank and so stop before: 备注, 责任单位
   * or a column not read. A row copied without its trailing empty cells (a PDF, a word
   * processor, a web page) then still lines up with the header, read from the left.
   */
  get optionalTail(): number {
    let n = 0;
    for (let j = this.k - 1; j >= 0 && OPTIONAL_TAIL.has(this.header.columns[j]?.kind ?? "baseline"); j--) n++;
    return n;
  }

  /**
   * The header's name label covers two cells after a 序号 (`序号 | 指标名称 | | 单位`, merged over B:C): the
   * second holds a sub-indicator's name under the group in the first, or is blank (rules/subIndicator.ts).
   */
  get subNameColumn(): boolean {
    return this.header.numberColumn && this.header.nameSpan === 2;
  }

  /** Whether some line below the header starts with a 序号 (else rows are read without one); set once the lines are joined. */
  numbered = false;

  /** The number a message gives line `at` (0-based) of the paste: the source's row (a sheet's, a table's) or the line's. */
  sourceRow(at: number): number {
    return sourceRow(this.source, at);
  }

  /** The last source row of the row line `at` (0-based) of the paste belongs to: a row Excel quoted over several lines ends there (sourceLastRow). */
  sourceLastRow(at: number): number {
    return sourceLastRow(this.source, at);
  }

  /** The number a message gives line `i` (0-based) of the lines read: the source row of the paste line it comes from. */
  rowOf(i: number): number {
    return this.sourceRow(this.origins[i]?.[0] ?? i);
  }

  /**
   * Records what a rule did to line `i` (0-based, of the lines read), once per line and reason;
   * `shown`: the line's text as pasted, where the rule changed the line itself (else the line as read).
   */
  report<C extends ImportCode>(i: number, code: C, params: UnreadParams[C], shown?: string): void {
    const coded = { code, params };
    const reason = unreadMessage(coded, "zh", this.source);
    const key = `${i}\u0000${reason}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    // the row's line naming its years without a target also says they are blank: a trial's row
    // got a 目标一格为空 line for each of those years besides it (5 lines for one row)
    if (code === "yearly-no-target") this.withdrawEmptyYears(this.rowOf(i), (params as UnreadParams["yearly-no-target"]).years);
    // the line taking the growth column's value as the target says the target cell is empty: a second line saying
    // so (目标值一格为空，按空白读取) stood beside it on every such row of an annual plan (5 of a table's 16 lines)
    if (code === "target-from-growth") this.withdrawEmptyTarget(this.rowOf(i));
    this.unread.push({
      line: this.rowOf(i), text: shown ?? this.lines[i] ?? "", code, params, effect: UNREAD_EFFECT[code],
      reason, reasonEn: unreadMessage(coded, "en", this.source),
    });
  }

  /** Drops what was said with `code` about source row `line` (a row read again as something else). */
  withdraw(line: number, code: ImportCode): void {
    for (let j = this.unread.length - 1; j >= 0; j--) if (this.unread[j]?.line === line && this.unread[j]?.code === code) this.unread.splice(j, 1);
  }

  /** Drops the `value-empty` line of source row `line` on the target column. */
  private withdrawEmptyTarget(line: number): void {
    for (let j = this.unread.length - 1; j >= 0; j--) {
      const u = this.unread[j];
      if (u?.line === line && u.code === "value-empty" && (u.params as UnreadParams["value-empty"]).column.kind === "target") this.unread.splice(j, 1);
    }
  }

  /** Drops the `value-empty` lines of source row `line` on the yearly columns of `years`. */
  private withdrawEmptyYears(line: number, years: readonly number[]): void {
    for (let j = this.unread.length - 1; j >= 0; j--) {
      const u = this.unread[j];
      if (u?.line !== line || u.code !== "value-empty") continue;
      const c = (u.params as UnreadParams["value-empty"]).column;
      if (c.kind === "yearly" && c.year !== undefined && years.includes(c.year)) this.unread.splice(j, 1);
    }
  }

  prevRow(): Row | undefined {
    return this.rows[this.rows.length - 1];
  }

  /** A row left with a name and no values is not loaded. */
  closeOpen(): void {
    const prev = this.prevRow();
    if (prev?.state === "open") {
      prev.state = "failed";
      this.report(prev.lines[0] ?? 0, "name-only", {});
    }
  }

  /** Whether line `i` (0-based, of the lines read) has its cells in their columns: a tab's paste, not a line lined up from spaces. */
  cellsPlaced(i: number): boolean {
    return this.tabbed && !(this.origins[i] ?? [i]).some((o) => this.spacedLines.has(o));
  }

  /** Whether line `i` (0-based, of the lines read) is a spaced line lined up with its 属性 left blank (attributeLeft). */
  private leftAttribute(i: number): boolean {
    return (this.origins[i] ?? [i]).some((o) => this.attributeLeft.has(o));
  }

  /** Whether the cells after a row's name are its values (or a part and its values, or none yet). */
  private fits(cells: readonly string[], c: NumberCell): boolean {
    const k = this.k;
    const after = dropTrailingEmpty(cells.slice(c.nameAt + 1));
    return after.length === 0 || (after.length <= k && after.length >= k - this.optionalTail) || (after.length === k + 1 && isSubIndicatorName(after[0] ?? ""));
  }

  /**
   * The row's 序号 and name as findNumber reads them, unless the header has no 序号 column and the
   * "序号" stands right of the name column without the header's values after it: that is a value
   * (`人均预期寿命 | 岁 | 81.5 | 82以上 | 预期性`: 81.5 is no 序号 1.5 before a name 82以上).
   */
  numberOf(cells: readonly string[]): NumberCell | null {
    const num = findNumber(cells);
    if (num && !this.header.numberColumn && num.at > this.header.nameAt && (!this.fits(cells, num) || this.wordsTargetRow(cells, num))) return null;
    return num;
  }

  /**
   * With no 序号 column, a "序号" right of the name column with words and nothing after them is a row's
   * baseline (or unit) and its target in words, the row an indicator (`粮食产量（万吨） | 42.1 | 42以上`,
   * `… | 万吨 | 42.1 | | 持续改善`): not a 序号 42.1 over a heading `42以上` (trial27c: the row was lost and the
   * next one renamed `42以上地区生产总值`). The name column holds a name and the cells after it fit the header.
   */
  private wordsTargetRow(cells: readonly string[], num: NumberCell): boolean {
    if (dropTrailingEmpty(cells.slice(num.nameAt + 1)).length > 0) return false;
    const nameAt = this.header.nameAt;
    const values = dropTrailingEmpty(cells.slice(nameAt + 1));
    return isNameText(cells[nameAt] ?? "") && values.length >= 2 && values.length <= this.k;
  }

  /** Where a row starts: its 序号 and name, or (with category columns and no 序号) read from the right. */
  rowStart(cells: readonly string[]): NumberCell | null {
    const num = this.numberOf(cells);
    const prev = this.prevRow();
    if (num && this.header.numberColumn && num.nameAt < this.header.nameAt) return this.categoryAfterNumber(cells, num);
    // a 指标 label spanning blank header cells (领域 | 小类 | 名称 under one merged label): the name is in its last
    const { nameAt, nameSpan } = this.header;
    const lead = nameAt + nameSpan - 1;
    if (lead < 1 || this.header.numberColumn || prev?.state === "open") return num;
    const aligned = alignRight(cells, this.k, lead, this.optionalTail, Math.max(1, nameAt), this.blankBeforeAttribute);
    if (!aligned) return num;
    if (num && num.nameAt === aligned.nameAt && this.fits(cells, num)) return num;
    // (under a numbered sub-group the row's place says what it is: numberedRow)
    if (!num && prev?.part !== undefined && isPartLabel(aligned.name) && this.subGroup === null) return null;
    return aligned;
  }

  /**
   * `序号 | 类别 | 指标 …` (a category column between the number and the name): a full row's name is
   * in the header's name column and the cells before it are its categories (a blank one continues
   * the one above). A row that does not line up with the header is read as findNumber reads it.
   */
  private categoryAfterNumber(cells: readonly string[], num: NumberCell): NumberCell {
    const nameAt = this.header.nameAt;
    const all = dropTrailingEmpty(cells);
    const name = all[nameAt] ?? "";
    if (all.length - this.k - 1 !== nameAt || !HAN.test(name) || ATTRIBUTES[squash(name)] !== undefined) return num;
    return { ...num, name: trimCell(name), nameAt, domain: all.slice(num.at + 1, nameAt) };
  }

  /**
   * The cells after a row's name. Where the header's name label spans blank cells (`指标 | | 2015年 …`, a merged
   * 指标) and the row's name stands in the label's first cell with blanks as many after it (its cell merged
   * across as the label's is: a docx's or web page's `7.国家重点保护野生动植物保护率（%）` over two columns,
   * trial45a F1), those blanks are no value: left out, said once, where the row then has the header's values and
   * would otherwise have too many. A 序号 column's name label over two (subNameColumn) is setValues'.
   */
  afterName(cells: readonly string[], nameAt: number, at: number): string[] {
    const after = cells.slice(nameAt + 1);
    const { nameAt: labelAt, nameSpan, numberColumn } = this.header;
    const blanks = nameSpan - 1;
    if (numberColumn || blanks < 1 || nameAt !== labelAt || after.slice(0, blanks).some((c) => c.trim() !== "")) return after;
    const rest = after.slice(blanks);
    const n = dropTrailingEmpty(rest).length;
    if (dropTrailingEmpty(after).length <= this.k || n > this.k || n < this.k - this.optionalTail) return after;
    if (!this.nameMergedReported) {
      this.nameMergedReported = true;
      this.report(at, "name-merged", { name: trimCell(cells[nameAt] ?? ""), blanks });
    }
    return rest;
  }

  /** Whether a line after `from` is a full table row (so a stray line is not the table's end). */
  rowFollows(from: number): boolean {
    for (let j = from + 1; j < this.grid.length; j++) {
      const c = this.grid[j] ?? [];
      const n = this.numberOf(c);
      if (n && dropTrailingEmpty(c.slice(n.nameAt + 1)).length >= this.k) return true;
    }
    return false;
  }

  /**
   * A row one cell short whose last cell is a 属性 word (ATTRIBUTES) in the column just before the 属性
   * column, the last: read from the right, the missing cell the blank before 属性 (a web page's copy leaves out
   * an empty cell of a table with merged cells: `名称 | 70。8 | >80 | 预期性` under 2015年 | 2020年 |
   * 〔累计〕 | 属性, which was refused as shifted, trial28c). Not where that column is the baseline or the
   * target: which of the two is missing cannot be told, the row stays shifted. The index of that cell
   * in the row's values; null otherwise.
   */
  private attributeEarly(after: readonly string[]): number | null {
    const last = after[after.length - 1] ?? "";
    return this.blankBeforeAttribute && after.length === this.k - 1 && ATTRIBUTES[squash(last)] !== undefined ? this.k - 2 : null;
  }

  /**
   * A row of a spaced paste (full-width spaces, or runs of spaces, between its cells: trial32's
   * `普通国省道二级及以上公路比例（%）` U+3000 U+3000 `78.6` U+3000 …) one cell short, whose name ends in its
   * unit in brackets and whose cell under 单位 is no unit (a figure, a dash): a run of spaces is one
   * separator, so the empty 单位 cell was lost, not a value. The index of the 单位 column in the
   * row's values, and the unit the name gives (the row is read as the same row pasted with tabs
   * reads, its unit taken from the name by rules/unitColumn); null otherwise. A name with no unit, the cell
   * under 单位 no unit either (`79`, `AAA级`, a dash), is read so too, its unit "" (trial34). The row may also stop
   * before a blank 备注 (optionalTail), where its 属性 word then sits just before the 属性 column.
   */
  private unitLeftOut(name: string, after: readonly string[], at: number): { at: number; unit: string; value: string } | null {
    const u = this.header.columns.findIndex((c) => c.kind === "unit");
    // one cell short, or more where the row stops before its blank 备注 (optionalTail: trial34's unit-less row without one)
    if (this.cellsPlaced(at) || u < 0 || after.length > this.k - 1 || after.length < this.k - 1 - this.optionalTail) return null;
    // a footnote mark after the unit (`（人/万车）②`) is taken off later, by nameMark: not part of the unit
    // the 属性 word says where the cells stand: under 属性 as read, nothing was lost before it (a blank 备注 after it instead)
    const a = this.header.columns.findIndex((c) => c.kind === "attribute");
    const isAttribute = (v: string | undefined): boolean => ATTRIBUTES[squash(v ?? "")] !== undefined;
    if (a > u && isAttribute(after[a])) return null;
    const unit = detectUnit(name.replace(TRAILING_MARK, ""));
    const there = normalizeText(after[u] ?? "");
    if (unit.inferred || unit.symbol === "") {
      // trial34: a name without a unit (`城乡公交一体化发展水平`, `人均预期寿命` padded with U+3000 for alignment), its
      // 单位 cell empty: the cell there is no unit at all (a figure `79`, `AAA级`, a dash), so the lost cell is 单位,
      // not a value (a value lost leaves a unit there: `万吨 | 12`, refused as before)
      return isNoUnit(there) ? { at: u, unit: "", value: after[u] ?? "" } : null;
    }
    if (there === unit.symbol || (classifyUnit(there) !== "other" && !NO_UNIT.test(there))) return null;
    return { at: u, unit: unit.symbol, value: after[u] ?? "" };
  }

  /** The last column is 属性 and the one before it holds neither the baseline nor the target (a 累计, a 备注): a cell a row may leave blank. */
  private get blankBeforeAttribute(): boolean {
    const { columns } = this.header;
    const before = columns[columns.length - 2]?.kind;
    return columns[columns.length - 1]?.kind === "attribute" && before !== undefined && before !== "baseline" && before !== "target" && before !== "yearly";
  }

  /** Checks the value cells of a row: false (said) when the row cannot be loaded, a 属性 word or a unit column's figure showing it shifted. */
  private acceptValues(values: readonly string[], at: number): boolean {
    for (let j = 0; j < values.length; j++) {
      const c = this.header.columns[j];
      const v = values[j] ?? "";
      if (!c || c.kind === "ignored" || c.kind === "weight" || c.kind === "vision" || c.kind === "past-target") continue;
      if (c.kind === "attribute") {
        // an empty cell or a mark (`▲`) is read by the note below the table, not yet read (rules/attributeColumn)
        if (v !== "" && ATTRIBUTES[squash(v)] === undefined && !isMarkOnly(v)) this.report(at, "attribute-unknown", { value: v });
        continue;
      }
      // a table with no 属性 column may write it in its 备注 column (rules/attributeColumn): no shift
      if (j === noteAttribute(this.header, values)?.at) continue;
      // a figure in the 单位 column: the row stands a column off the header (trial29a: `unit 216.5, baseline 300` was loaded)
      if (ATTRIBUTES[squash(v)] !== undefined || (c.kind === "unit" && parseNumber(v) !== null)) {
        this.report(at, "row-shifted", { value: v, column: c });
        return false;
      }
    }
    return true;
  }

  /**
   * Matches the cells after a row's name to the header's value columns (with a part label first
   * when `allowPart`); the row is ok when they match one to one, failed (and reported) otherwise.
   */
  setValues(row: Row, cellsAfterName: readonly string[], at: number, allowPart: boolean): void {
    const { header, k } = this;
    let after = dropTrailingEmpty(cellsAfterName);
    let values: string[] | null = null;
    // `序号 | 指标名称 (merged over two columns) | 单位 …`: the name's second cell is a sub-indicator's
    // name, or blank (merged across from the name): a trial's sheet was refused row by row for a value too many
    const sub = allowPart && this.subNameColumn ? (after[0] ?? "") : null;
    if (sub !== null && (sub === "" || isSubIndicatorName(sub))) after = after.slice(1);
    if (sub !== null && sub !== "" && isSubIndicatorName(sub)) row.part = squash(sub);
    const early = this.attributeEarly(after);
    const unitLeft = early === null ? this.unitLeftOut(row.name, after, at) : null;
    if (after.length === k) values = after;
    else if (early !== null) {
      values = [...after.slice(0, early), "", ...after.slice(early)];
      const column = header.columns[early];
      if (column) this.report(at, "attribute-early", { value: after[early] ?? "", column });
    } else if (unitLeft !== null) {
      values = [...after.slice(0, unitLeft.at), "", ...after.slice(unitLeft.at)];
      while (values.length < k) values.push("");
      // the cells after its last one: a blank 备注 the row stopped before
      const tail = k - 1 - after.length > 0 ? { tail: k - 1 - after.length } : {};
      if (unitLeft.unit !== "") this.report(at, "unit-from-name", { unit: unitLeft.unit, columns: header.columns.length, ...tail });
      else this.report(at, "unit-left-blank", { value: unitLeft.value, columns: header.columns.length, ...tail });
    } else if (allowPart && sub === null && after.length === k + 1 && isSubIndicatorName(after[0] ?? "")) {
      row.part = squash(after[0] ?? "");
      values = after.slice(1);
    } else if (after.length > 0 && after.length < k && (after.length >= k - this.optionalTail - (this.leftAttribute(at) ? 1 : 0) || (this.cellsPlaced(at) && after.length >= 2))) {
      // the row stops before its blank 备注 (责任单位, …): those cells are empty, not missing; in a sheet or tab
      // text any blank cell at the end is (trial27c: an empty 属性 refused the row); one cell alone may span them (one-cell);
      // a spaced line lined up without its 属性 (no word was one) stops before it, read as a sheet's blank 属性 (trial41c F2)
      values = [...after, ...Array<string>(k - after.length).fill("")];
    }
    if (values === null) {
      row.state = "failed";
      const filled = after.filter((c) => c !== "");
      if (filled.length === 1 && cellsAfterName.length >= k && k > 1) {
        this.report(at, "one-cell", { value: filled[0] ?? "", columns: header.columns });
      } else {
        // a spaced line's empty cell is lost in the run of spaces around it: tabs keep it (docs/cli-reference.md)
        this.report(at, "cell-count", { found: after.length, columns: header.columns, ...(this.cellsPlaced(at) ? {} : { spaced: true as const }) });
      }
      return;
    }
    if (!this.acceptValues(values, at)) {
      row.state = "failed";
      return;
    }
    row.values = values.map((v) => joinCjk(v));
    row.state = "ok";
    if (allowPart && row.part !== undefined && partsAreIndicators(row.name, row.part)) this.report(at, "sub-indicators", { name: row.name, number: row.number, part: row.part });
    values.forEach((v, j) => {
      const c = header.columns[j];
      const joined = row.values[j] ?? v;
      if (c && joined !== v) this.report(at, "cjk-spaces", { value: v, joined, column: c });
      if (c && v === "" && (c.kind === "baseline" || c.kind === "target" || c.kind === "yearly")) {
        this.report(at, "value-empty", { column: c });
      }
    });
  }

  /**
   * The domain a row on line `at` belongs to, given the text of its domain cell ("" when it has none). A
   * two-character domain right after a two-character one of a single row joins it in a spaced paste (a PDF's
   * narrow 类别 column wrapping 经济发展 as 经济 / 发展), as one cut by a page break does; both said. A cell
   * continuing the current domain's (a merged 领域 cell, blank below its first row) stays in it.
   * `whole`: the cell is a domain of its own, never the end of a wrapped one (a numbered sub-group, `1.空气质量`).
   */
  nextGroup(cellText: string, at: number, whole = false): Group {
    const { group, pending } = this;
    if (pending.length > 0) return this.belowPending(cellText, at, whole);
    if (cellText === "") return group ?? { name: "", rows: 0, fromCell: false };
    // trial45a F4: the rows below a merged 领域 cell continue it (生态环境质量·空气质量), not a domain 空气质量 of their own
    if (group?.cell === cellText) return group;
    if (
      group && this.pageBreak && group.rows === 1 && group.fromCell && group.name !== "" &&
      (group.name.length <= 3 || cellText.length <= 3) && !/服务$/.test(group.name)
    ) {
      // a domain cell cut by a page break (社会 / 保障): one domain
      const before = group.name;
      group.name = `${group.name}${cellText}`;
      this.report(at, "domain-page-break", { domain: cellText, before, joined: group.name });
      return group;
    }
    if (group && !this.cellsPlaced(at) && group.rows === 1 && group.fromCell && group.name.length === 2 && cellText.length === 2 && HAN.test(group.name) && HAN.test(cellText)) {
      // a narrow 类别 column of a PDF's spaced copy wrapped one word over two rows (经济 / 发展): one domain, said (trial40b F15)
      const before = group.name;
      group.name = `${group.name}${cellText}`;
      this.report(at, "domain-wrapped", { domain: cellText, before, joined: group.name });
      return group;
    }
    return { name: this.major === "" || this.major === cellText ? cellText : `${this.major}·${cellText}`, rows: 0, fromCell: true, cell: cellText };
  }

  /**
   * The domain of the first row after lines of their own at the left edge (`pending`, rules/domainFragment.ts).
   * They are pieces of the row's domain cell, joined (`幼儿` / `照护` / `服务…`, a PDF's wrapped cell), unless they
   * are a section row of the table over domain cells (trial45a F3/F4: `生态环境质量` spanning the table, then
   * `空气质量`, `水环境质量` … in the 领域 column): where the row's cell is a domain of its own (`whole`), the same
   * words, or the line is a row of its own in a sheet or a document's table (a wrapped cell there is one cell).
   * A section is the upper level of each domain cell below it until the next section (`major`: 生态环境质量·空气质量,
   * said), the domain itself of rows without one (a row that is an indicator's parts, `主要污染物排放总量减少（%）`).
   */
  private belowPending(cellText: string, at: number, whole: boolean): Group {
    const pending = this.pending;
    this.pending = [];
    const above = pending.map((p) => p.text).join("");
    const lines = pending.map((p) => this.rowOf(p.at));
    if (cellText === "" || cellText === above) {
      // a heading over the rows: pieces on several lines are said joined; one line is a section, as a heading row is
      if (pending.length > 1) this.report(at, "domain-joined", { lines, joined: above });
      this.major = above;
      return cellText === "" ? { name: above, rows: 0, fromCell: false } : { name: above, rows: 0, fromCell: true, cell: cellText };
    }
    // (one line: a section is one row; pieces on several rows of a sheet are a cell a PDF's conversion cut)
    if (whole || (pending.length === 1 && pending.every((p) => this.ownRow(p.at, at)))) {
      this.major = above;
      const name = `${above}·${cellText}`;
      this.report(at, "domain-section", { lines, section: above, domain: cellText, joined: name });
      return { name, rows: 0, fromCell: true, cell: cellText };
    }
    this.major = "";
    const joined = above + cellText;
    this.report(at, "domain-joined", { lines, joined });
    return { name: joined, rows: 0, fromCell: false, cell: cellText };
  }

  /**
   * Whether line `i` (0-based) is a row of the source other than line `at`'s: a sheet's, a .csv's or a document's
   * table row (a cell's line breaks stay in its row), or a row of a spreadsheet copied to the clipboard.
   */
  private ownRow(i: number, at: number): boolean {
    const { kind, copiedFrom } = this.source;
    const rows = kind !== "paste" || (copiedFrom !== undefined && copiedFrom !== "word");
    return rows && this.rowOf(i) !== this.rowOf(at);
  }

  /** Adds a row on line `at` to the current domain. */
  addRow(row: Omit<Row, "values" | "lines" | "state">, at: number): Row {
    const r: Row = { ...row, values: [], lines: [at], state: "open" };
    this.rows.push(r);
    this.lastLine = at;
    this.pageBreak = false;
    return r;
  }

  /** After the last line: a row left open, a heading or a domain with no rows after it. */
  finish(): void {
    this.closeOpen();
    this.reportAttributeMerged();
    const { group, headingAt } = this;
    if (headingAt !== null && group && group.rows === 0) this.report(headingAt, "heading-empty", { heading: group.name });
    for (const p of this.pending) this.report(p.at, "domain-alone", { text: p.text });
  }

  /**
   * The rows loaded whose empty 属性 took the row above's (rules/mergedAttribute.ts), said in one line at the
   * first of them, naming them all (trial41c F2: a PDF's paste gave four such rows; once per table named only the first).
   */
  private reportAttributeMerged(): void {
    const loaded = new Set(this.rows.filter((r) => r.state === "ok").flatMap((r) => r.lines));
    const taken = this.attributeMerged.filter((m) => loaded.has(m.at));
    const first = taken[0];
    if (first === undefined) return;
    const spaced = taken.some((m) => !this.cellsPlaced(m.at));
    this.report(first.at, "attribute-merged", { values: [...new Set(taken.map((m) => m.value))], lines: taken.map((m) => this.rowOf(m.at)), ...(spaced ? { spaced: true as const } : {}) });
  }
}
