import ExcelJS from "exceljs";
import { writeFile } from "node:fs/promises";
import { applyStyle } from "./applyStyle";
import { argb } from "./argb";
import { xlsxBytes } from "./xlsxBytes";
import { STYLES } from "../../sheet/styles";
import type { PlannedConditionalFormat, PlannedSheet, WorkbookPlan } from "../../sheet/SheetPlan";
import { fileFormula } from "./fileFormula";

/** A conditional format's mark border, all four edges (dxf borders are thin in every reader). */
function cfBorder(b: NonNullable<PlannedConditionalFormat["border"]>): Partial<ExcelJS.Borders> {
  const edge = { style: b.style === "dashed" ? "dashed" as const : "thin" as const, color: { argb: argb(b.color) } };
  return { top: edge, left: edge, bottom: edge, right: edge };
}

/** Adds one planned sheet to a workbook (the review sheet is added to an existing return this way). */
export function writeSheet(wb: ExcelJS.Workbook, s: PlannedSheet): void {
  const ws = wb.addWorksheet(s.name, { state: s.visibility === "veryHidden" ? "veryHidden" : "visible" });
  s.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  for (const c of s.cells) {
    const cell = ws.getCell(c.address);
    // ExcelJS writes a formula verbatim (no leading '='); any other string stays text, '=' and all
    if (c.formula !== undefined) cell.value = { formula: c.formula } as ExcelJS.CellFormulaValue;
    else if (c.hyperlink !== undefined) cell.value = { text: String(c.value ?? ""), hyperlink: c.hyperlink };
    else if (c.value !== undefined && c.value !== null) cell.value = c.value;
    applyStyle(cell, c.style ? STYLES[c.style] : undefined, c.numFmt, c.fill, c.style !== undefined && STYLES[c.style].unlocked === true);
  }
  for (const m of s.merges) ws.mergeCells(m);
  for (const r of s.hiddenRows) ws.getRow(r).hidden = true;
  for (const [r, h] of Object.entries(s.rowHeights)) ws.getRow(Number(r)).height = h;
  for (const r of s.rowBreaks ?? []) ws.getRow(r).addPageBreak();
  if (s.freeze) ws.views = [{ state: "frozen", xSplit: s.freeze.columns, ySplit: s.freeze.rows }];
  for (const v of s.validations) {
    const common = {
      allowBlank: true, showInputMessage: true, showErrorMessage: true, errorStyle: v.errorStyle,
      promptTitle: v.promptTitle, prompt: v.prompt, errorTitle: v.errorTitle, error: v.error,
    };
    const dv: ExcelJS.DataValidation = v.type === "list"
      ? { type: "list", formulae: [`"${(v.list ?? []).join(",")}"`], ...common }
      : v.type === "custom"
        ? { type: "custom", formulae: [v.formula ?? "TRUE"], ...common }
        : v.type === "any"
          // ExcelJS writes a prompt-only validation for "any" (its typings omit the type)
          ? { type: "any" as "custom", formulae: [], ...common }
          : { type: "decimal", operator: "between", formulae: [v.min ?? -1e15, v.max ?? 1e15], ...common };
    (ws as unknown as { dataValidations: { add(range: string, dv: ExcelJS.DataValidation): void } }).dataValidations.add(v.range, dv);
  }
  // the rules of one range go in one conditionalFormatting element: Gnumeric keeps only the
  // first rule of each element when it reads a file (field notes)
  const byRange = new Map<string, ExcelJS.ConditionalFormattingRule[]>();
  s.conditionalFormats.forEach((cf, i) => {
    const rules = byRange.get(cf.range) ?? [];
    rules.push({
      type: "expression", priority: i + 1, formulae: [fileFormula(cf.formula)],
      style: {
        ...(cf.fill === undefined ? {} : { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } } }),
        ...(cf.fontColor === undefined ? {} : { font: { color: { argb: argb(cf.fontColor) }, bold: cf.bold ?? false, ...(cf.italic ? { italic: true } : {}) } }),
        ...(cf.border ? { border: cfBorder(cf.border) } : {}),
        // a number format only (progressDigitsRules): the dxf's numFmt, which ExcelJS numbers among the workbook's formats
        ...(cf.numFmt === undefined ? {} : { numFmt: cf.numFmt }),
      },
    });
    byRange.set(cf.range, rules);
  });
  for (const [ref, rules] of byRange) ws.addConditionalFormatting({ ref, rules });
  // no password: a person can unprotect on purpose; formats stay free (a fix resets a typed 95%'s
  // percent format). ExcelJS sets it at once (its promise only wraps password hashing).
  if (s.protect) void ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatCells: true, formatColumns: true, formatRows: true });
  if (s.print) {
    ws.pageSetup = {
      paperSize: 9, orientation: s.print.landscape ? "landscape" : "portrait", fitToPage: s.print.fitToWidth,
      fitToWidth: s.print.pagesWide ?? 1, fitToHeight: 0, horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(s.print.titleRows ? { printTitlesRow: s.print.titleRows } : {}),
      ...(s.print.titleColumns ? { printTitlesColumn: s.print.titleColumns } : {}),
      // pages wide print left to right before going down: a row's two halves follow each other
      ...((s.print.pagesWide ?? 1) > 1 ? { pageOrder: "overThenDown" as const } : {}),
    };
    if (s.print.footer) ws.headerFooter = { oddFooter: `&C${s.print.footer}` };
  }
}

/** Writes a sheet plan as an .xlsx workbook. */
export function planToWorkbook(plan: WorkbookPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "plan-returns";
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const s of plan.sheets) writeSheet(wb, s);
  for (const n of plan.names) wb.definedNames.add(n.ref, n.name);
  return wb;
}

/** The .xlsx bytes of a plan, native charts included, grow rows free to refit. */
export async function planToXlsx(plan: WorkbookPlan): Promise<Buffer> {
  return xlsxBytes(planToWorkbook(plan), plan);
}

export async function writeXlsx(plan: WorkbookPlan, file: string): Promise<void> {
  await writeFile(file, await planToXlsx(plan));
}
