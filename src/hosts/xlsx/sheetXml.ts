import { columnLetter as columnLetterOf, columnNumber } from "../../sheet/a1";
import { STYLES } from "../../sheet/styles";
import type { CellStyle, PlannedCell, PlannedSheet } from "../../sheet/SheetPlan";

/** A cell's look as the package needs it: the plan's style with the cell's own fill and format. */
export interface CellLook extends CellStyle {
  /** RRGGBB of the text when the fill is dark */
  fontColor?: string;
}

export const escXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
    // characters XML 1.0 cannot hold (a control character typed into a cell) are dropped
    // eslint-disable-next-line no-control-regex -- removing them is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");

function dark(rgb: string): boolean {
  const n = parseInt(rgb, 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

/** The look of a planned cell (style key, then the cell's own fill and number format). */
export function lookOf(c: PlannedCell): CellLook {
  const base: CellLook = { ...(c.style ? STYLES[c.style] : {}) };
  if (c.fill) { base.fill = c.fill; if (dark(c.fill)) base.fontColor = "FFFFFF"; }
  if (c.numFmt) base.numFmt = c.numFmt;
  return base;
}

const ref = (address: string): { row: number; col: number } => {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m?.[1] || !m[2]) throw new Error(`bad address ${address}`); // programmer error
  return { row: Number(m[2]), col: columnNumber(m[1]) };
};

/**
 * A planned sheet as SpreadsheetML worksheet XML, for adding to a person's package without
 * re-serialising it: text as inline strings (sharedStrings.xml is not touched), styles by
 * index from `styleOf`, links inside the workbook only (no relationships part). Formulas and
 * conditional formats are not written (the 审核 sheet has none). `tail` is XML placed before
 * `</worksheet>` (a drawing the person added to an earlier version of the sheet).
 */
export function sheetXml(s: PlannedSheet, styleOf: (c: PlannedCell) => number, tail = ""): string {
  const rows = new Map<number, Array<{ col: number; xml: string }>>();
  const links: string[] = [];
  let maxRow = 1;
  let maxCol = Math.max(1, s.columns.length);
  for (const c of s.cells) {
    const { row, col } = ref(c.address);
    maxRow = Math.max(maxRow, row);
    maxCol = Math.max(maxCol, col);
    const st = styleOf(c);
    const sAttr = st ? ` s="${st}"` : "";
    let xml: string;
    if (c.formula !== undefined) throw new Error("sheetXml writes no formulas"); // programmer error
    if (typeof c.value === "number" && Number.isFinite(c.value)) xml = `<c r="${c.address}"${sAttr}><v>${c.value}</v></c>`;
    else if (c.value === null || c.value === undefined || c.value === "") xml = `<c r="${c.address}"${sAttr}/>`;
    else xml = `<c r="${c.address}"${sAttr} t="inlineStr"><is><t xml:space="preserve">${escXml(String(c.value))}</t></is></c>`;
    (rows.get(row) ?? rows.set(row, []).get(row)!).push({ col, xml });
    if (c.hyperlink?.startsWith("#")) links.push(`<hyperlink ref="${c.address}" location="${escXml(c.hyperlink.slice(1))}" display="${escXml(String(c.value ?? ""))}"/>`);
  }
  const hidden = new Set(s.hiddenRows);
  const rowNumbers = [...new Set([...rows.keys(), ...hidden, ...Object.keys(s.rowHeights).map(Number)])].sort((a, b) => a - b);
  const sheetData = rowNumbers.map((r) => {
    const h = s.rowHeights[r];
    const attrs = `${h ? ` ht="${h}" customHeight="1"` : ""}${hidden.has(r) ? ` hidden="1"` : ""}`;
    const cells = (rows.get(r) ?? []).sort((a, b) => a.col - b.col).map((x) => x.xml).join("");
    return `<row r="${r}"${attrs}>${cells}</row>`;
  }).join("");
  const cols = s.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${c.hidden ? ` hidden="1"` : ""}/>`).join("");
  const lastCell = `${columnLetterOf(maxCol)}${maxRow}`;
  const pane = s.freeze && (s.freeze.rows || s.freeze.columns)
    ? `<pane${s.freeze.columns ? ` xSplit="${s.freeze.columns}"` : ""}${s.freeze.rows ? ` ySplit="${s.freeze.rows}"` : ""} topLeftCell="${columnLetterOf(s.freeze.columns + 1)}${s.freeze.rows + 1}" activePane="${s.freeze.columns ? (s.freeze.rows ? "bottomRight" : "topRight") : "bottomLeft"}" state="frozen"/>`
    : "";
  const dv = s.validations.filter((v) => v.type === "list").map((v) =>
    `<dataValidation type="list" errorStyle="${v.errorStyle}" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="${escXml(v.errorTitle)}" error="${escXml(v.error)}" promptTitle="${escXml(v.promptTitle)}" prompt="${escXml(v.prompt)}" sqref="${v.range}"><formula1>"${escXml((v.list ?? []).join(","))}"</formula1></dataValidation>`);
  const p = s.print;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    (p?.fitToWidth ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "") +
    `<dimension ref="A1:${lastCell}"/><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ""}<sheetData>${sheetData}</sheetData>` +
    (s.merges.length ? `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : "") +
    (dv.length ? `<dataValidations count="${dv.length}">${dv.join("")}</dataValidations>` : "") +
    (links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    (p ? `<printOptions horizontalCentered="1"/><pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.3" footer="0.3"/>` +
      // pages wide as the plan says (a sheet too wide for one page at a legible size), read across then down
      `<pageSetup paperSize="9"${(p.pagesWide ?? 1) > 1 ? ` pageOrder="overThenDown"` : ""} orientation="${p.landscape ? "landscape" : "portrait"}"${p.fitToWidth ? ` fitToWidth="${p.pagesWide ?? 1}" fitToHeight="0"` : ""}/>` +
      (p.footer ? `<headerFooter><oddFooter>${escXml(`&C${p.footer}`)}</oddFooter></headerFooter>` : "") : "") +
    tail + `</worksheet>`;
}

