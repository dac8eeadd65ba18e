import ExcelJS from "exceljs";
import { PassThrough } from "node:stream";
import { a1 } from "../../sheet/a1";
import { STYLES } from "../../sheet/styles";
import type { PlannedCell, PlannedSheet, StyleKey, WorkbookPlan } from "../../sheet/SheetPlan";
import type { SheetTarget } from "../../sheet/summarySheets";
import { injectCharts } from "./injectCharts";
import { applyStyle } from "./applyStyle";

type SheetWriter = ExcelJS.Worksheet & { commit(): void; rowBreaks: Array<{ id: number; max: number; man: number }> };

/**
 * ExcelJS's streaming mergeCells compares a new merge with every earlier one (quadratic: 200,000
 * merged 说明 cells took hours). Ours never overlap (one per row, planned), so the check runs
 * against none and the merge is kept with the others, which are written at the sheet's end.
 */
function mergeOnce(ws: SheetWriter, range: string): void {
  const w = ws as unknown as { _merges: unknown[] };
  const kept = w._merges;
  w._merges = [];
  try {
    ws.mergeCells(range);
  } finally {
    kept.push(...w._merges);
    w._merges = kept;
  }
}

/** Bytes of a sheet's XML let wait for the zip before the writer stops to let it drain (about 16 of ExcelJS's 64 KB buffers). */
const WAITING_XML_MAX = 1 << 20;

/** The longest text a formula may hold in one string (Excel: 255 characters). */
const FORMULA_TEXT_MAX = 255;

/**
 * A link to another file, as a HYPERLINK formula whose stored result is the text shown, rather
 * than a hyperlink relationship: ExcelJS's streaming writer keeps a sheet's relationships until
 * the sheet ends (a 1,000-return 问题清单 would hold 40,000 in memory), and Excel
 * keeps at most 65,530 hyperlinks a sheet. Excel, WPS and LibreOffice open the file from either;
 * a link inside this workbook (`#…`), or one longer than a formula's text, stays a relationship.
 */
function linkValue(link: string, text: string): ExcelJS.CellValue {
  if (link.startsWith("#") || link.length > FORMULA_TEXT_MAX || text.length > FORMULA_TEXT_MAX) return { text, hyperlink: link };
  const quoted = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  return { formula: `HYPERLINK(${quoted(link)},${quoted(text)})`, result: text };
}

/**
 * A sheet written row by row with ExcelJS's streaming writer: a row is committed (and let go)
 * as soon as a later row is written, so memory holds one row, not the sheet. Rows only grow.
 * The frame (columns, freeze, print) must be set before the first value.
 */
class StreamedSheet implements SheetTarget {
  readonly sheet: PlannedSheet;
  private ws: SheetWriter | null = null;
  private current = 0;
  private committed = 0;

  constructor(private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string) {
    this.sheet = { name, role: "template", visibility: "visible", columns: [], cells: [], merges: [], hiddenRows: [], rowHeights: {}, validations: [], conditionalFormats: [] };
  }

  addColumn(_key: string, width: number, hidden = false): number {
    this.sheet.columns.push(hidden ? { width, hidden } : { width });
    return this.sheet.columns.length;
  }

  private open(): SheetWriter {
    if (this.ws) return this.ws;
    const s = this.sheet;
    const ws = this.wb.addWorksheet(s.name, {
      views: s.freeze && (s.freeze.rows > 0 || s.freeze.columns > 0) ? [{ state: "frozen", xSplit: s.freeze.columns, ySplit: s.freeze.rows }] : [],
      ...(s.print ? {
        pageSetup: {
          paperSize: 9, orientation: s.print.landscape ? "landscape" : "portrait", fitToPage: s.print.fitToWidth, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
          margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
          ...(s.print.titleRows ? { printTitlesRow: s.print.titleRows } : {}),
        },
        headerFooter: s.print.footer ? { oddFooter: `&C${s.print.footer}` } : {},
      } : {}),
    }) as SheetWriter;
    // a hidden column (汇总's chart data) hidden here as writeXlsx hides it
    ws.columns = s.columns.map((c) => ({ width: c.width, ...(c.hidden ? { hidden: true } : {}) }));
    this.ws = ws;
    return ws;
  }

  /** Commits every row before `row` (rows with a height but no value included). */
  private commitBefore(row: number): void {
    const ws = this.open();
    for (let r = this.committed + 1; r < row; r++) {
      const h = this.sheet.rowHeights[r];
      if (r === this.current || h !== undefined) {
        // merges touch their cells, so they are made before the row is committed (they concern the current row)
        for (const m of this.sheet.merges.splice(0)) mergeOnce(ws, m);
        const x = ws.getRow(r);
        if (h !== undefined) x.height = h;
        // a key row (the 报送台账's marks) is hidden here as writeXlsx hides it, or it shows and prints
        if (this.sheet.hiddenRows.includes(r)) x.hidden = true;
        x.commit();
        // ExcelJS keeps every formula cell written, in case a later one shares its formula; ours
        // share none, and kept they grow with the sheet (a HYPERLINK on each 问题清单 row)
        (ws as unknown as { _formulae: Record<string, unknown> })._formulae = {};
      }
      delete this.sheet.rowHeights[r];
      this.committed = r;
    }
  }

  value(row: number, col: number, value: string | number | null, style?: StyleKey, extra: Partial<PlannedCell> = {}): void {
    if (row < this.current) throw new Error(`row ${row} after row ${this.current}`); // programmer error
    if (row > this.current) this.commitBefore(row);
    this.current = row;
    const cell = this.open().getCell(a1(row, col));
    if (extra.hyperlink !== undefined) cell.value = linkValue(extra.hyperlink, String(value ?? ""));
    else if (value !== null) cell.value = value;
    applyStyle(cell, style ? STYLES[style] : undefined, extra.numFmt, extra.fill);
  }

  /**
   * Resolves once the zip has taken this sheet's XML down to `bytes` still waiting. ExcelJS's
   * StreamBuf writes into the zip entry's stream without heeding its backpressure, so a sheet
   * written faster than it is deflated piled up there (22 MB of a 1,000-return 问题清单, the
   * larger part of summary's peak memory growth from 100 to 1,000 returns, issue 19). Reads
   * ExcelJS's and archiver's stream internals; where they are not there, it resolves at once.
   */
  async drained(bytes: number): Promise<void> {
    const entry = (this.ws as unknown as { _stream?: { pipes?: unknown[] } } | null)?._stream?.pipes?.[0] as
      | { _writableState?: { length: number }; once(event: "drain", f: () => void): void }
      | undefined;
    while (entry?._writableState && entry._writableState.length > bytes) await new Promise<void>((r) => entry.once("drain", r));
  }

  /** Commits the rest of the sheet: its page breaks (kept until now), then the sheet itself. */
  finish(): void {
    const last = Math.max(this.current, ...Object.keys(this.sheet.rowHeights).map(Number));
    this.commitBefore(last + 1);
    const ws = this.open();
    ws.rowBreaks = (this.sheet.rowBreaks ?? []).map((id) => ({ id, max: 16383, man: 1 }));
    ws.commit();
  }
}

/**
 * Writes an .xlsx with ExcelJS's streaming writer (issue 19): `write` opens sheets one after
 * another and yields after each row, and every few hundred rows the writer waits until the
 * zip has taken all but about 1 MB of the sheet's XML (memory stays flat in the rows written). Native charts the sheets plan are added afterwards (injectCharts). Returns the bytes:
 * the compressed package, the only thing kept whole.
 */
export async function streamXlsx(write: (open: (name: string) => SheetTarget) => Iterable<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = "plan-returns";
  const sheets: StreamedSheet[] = [];
  const open = (name: string): StreamedSheet => {
    sheets.at(-1)?.finish();
    const s = new StreamedSheet(wb, name);
    sheets.push(s);
    return s;
  };
  let n = 0;
  const rows = write(open)[Symbol.iterator]();
  while (!rows.next().done) {
    // let the zip take what is written so far (the sheet XML would pile up otherwise)
    if (++n % 500 === 0) {
      await new Promise<void>((r) => setImmediate(r));
      await sheets.at(-1)?.drained(WAITING_XML_MAX);
    }
  }
  sheets.at(-1)?.finish();
  await wb.commit();
  const bytes = Buffer.concat(chunks);
  const plan: WorkbookPlan = { sheets: sheets.map((s) => s.sheet), names: [] };
  return plan.sheets.some((s) => s.charts?.length) ? injectCharts(bytes, plan) : bytes;
}
