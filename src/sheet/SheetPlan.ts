/**
 * A host-independent description of a workbook: what cells hold, how they look, and the
 * native rules (validation, conditional formats) that make it work without the add-in.
 * hosts/xlsx and hosts/office apply the same plan, so the formulas LibreOffice proves in
 * tests are the formulas Excel receives.
 */

export type StyleKey =
  | "title" | "titleWrap" | "subtitle" | "subtitleWrap" | "header" | "text" | "textWrap" | "number" | "input" | "inputText"
  | "status" | "progress" | "hidden" | "legendLabel" | "note" | "yearInput" | "target" | "section";

export interface CellStyle {
  bold?: boolean;
  size?: number;
  color?: string;        // RRGGBB
  fill?: string;         // RRGGBB
  wrap?: boolean;
  /** shrink to fit (never with wrap): a value wider than its column (a date typed into a year's cell) shows smaller instead of ### */
  shrink?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle";
  border?: boolean;
  numFmt?: string;
  /** a cell a person types into: left unlocked on a protected sheet (every other cell is locked) */
  unlocked?: boolean;
}

export interface PlannedCell {
  /** A1 address within the sheet */
  address: string;
  /** a literal: always written as a value, never parsed as a formula */
  value?: string | number | null;
  /** a formula without the leading '=' */
  formula?: string;
  style?: StyleKey;
  numFmt?: string;
  fill?: string;
  /** a link: `#'Sheet'!K6` inside the workbook, or `file.xlsx#'Sheet'!K6` to another */
  hyperlink?: string;
}

/** A native chart: one category column and one value column per series, on the same sheet. */
export interface PlannedChart {
  title: string;
  kind: "barStacked";
  /** e.g. `B6:B14` on the chart's own sheet */
  categories: string;
  series: Array<{ name: string; values: string; colour: string }>;
  /** the top-left and bottom-right cells the chart covers, 0-based columns and rows */
  from: { col: number; row: number };
  to: { col: number; row: number };
}

export interface PlannedValidation {
  /** one rectangular range */
  range: string;
  /** any: a prompt only, every value accepted (a qualitative or not-applicable target) */
  type: "decimal" | "list" | "custom" | "any";
  /** decimal: between min and max; list: the allowed values */
  min?: number;
  max?: number;
  list?: string[];
  /** custom: a formula (no leading '=') true for a valid entry, relative to the range's top-left cell */
  formula?: string;
  /** only `stop` blocks input; `warning` lets an unusual value be confirmed */
  errorStyle: "warning" | "stop" | "information";
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

/** A thin cell border a conditional format can set in every host (Office.js sets no weight there). */
export type MarkBorder = "continuous" | "dashed";

export interface PlannedConditionalFormat {
  /** one rectangular range; the formula is relative to its top-left cell */
  range: string;
  formula: string;
  /** colours, where the rule colours (a rule may only set a number format) */
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  /** a number format the rule sets (progressDigitsRules: more decimals on a 进度 cell near a line) */
  numFmt?: string;
  /** black-and-white cues (palette.ts STATUS_MARK): slant, and a border on all four edges */
  italic?: boolean;
  border?: { style: MarkBorder; color: string };
}

export interface PlannedColumn {
  width: number;
  hidden?: boolean;
}

export interface SheetPrint {
  landscape: boolean;
  fitToWidth: boolean;
  /** with fitToWidth: the pages wide to fit (1 when absent); the height is as many pages as needed */
  pagesWide?: number;
  /** columns repeated on every printed page, e.g. "A:C" (the names beside a second page's columns) */
  titleColumns?: string;
  /** rows repeated on every printed page, e.g. "1:3" */
  titleRows?: string;
  footer?: string;
}

export interface PlannedSheet {
  name: string;
  role: "cover" | "template" | "meta";
  visibility: "visible" | "veryHidden";
  columns: PlannedColumn[];
  cells: PlannedCell[];
  merges: string[];
  hiddenRows: number[];
  rowHeights: Record<number, number>;
  /**
   * Rows a person writes into (a 说明, a sentence in a words row's year): their height in
   * rowHeights is where they start, not fixed, so Excel, LibreOffice and WPS refit the row when a
   * wrapped cell in it is edited; a fixed height cut a three-line 说明 on screen and in print. The 评估
   * 附表's rows too: the Office host has Excel fit them (one write where 5,000 heights took 2,800).
   */
  growRows?: number[];
  /**
   * Office hosts only: rows `from`–`to` (1-based) are fitted to their content by one autofit, and their rowHeights are
   * not set one run at a time; a file keeps rowHeights (LibreOffice does not grow a row for wrapped text). For a
   * generated table of thousands of rows (the 审核 sheet at 5,000 indicators: a thousand runs of heights took 生成审核表
   * to a third sync, issue 19), where Excel's own fit is what the heights stand for.
   */
  fitRows?: { from: number; to: number };
  freeze?: { rows: number; columns: number };
  validations: PlannedValidation[];
  conditionalFormats: PlannedConditionalFormat[];
  print?: SheetPrint;
  charts?: PlannedChart[];
  /** manual page breaks: a new printed page starts after each of these rows (1-based) */
  rowBreaks?: number[];
  /**
   * Sheet protection without a password: only cells whose style is `unlocked` take input, so a
   * formula cannot be typed over by accident; a person can still unprotect on purpose.
   */
  protect?: boolean;
}

export interface WorkbookPlan {
  sheets: PlannedSheet[];
  /** workbook-level defined names, e.g. 报告年份 → 填报说明!$C$5 */
  names: Array<{ name: string; ref: string }>;
}
