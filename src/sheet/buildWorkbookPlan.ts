import { SHEET_RULES } from "./SHEET_RULES";
import type { Template } from "../templates/TemplateSchema";
import { quoteSheet } from "./a1";
import { coverSheet, COVER_NAME, YEAR_CELL, UNIT_CELL } from "./coverSheet";
import { indicatorSheet } from "./indicatorSheet";
import { UNIT_NAME, YEAR_NAME } from "./keys";
import { metaSheet } from "./metaSheet";
import { projectSheet } from "./projectSheet";
import { reformSheet } from "./reformSheet";
import { sheetName } from "./sheetName";
import type { PlannedSheet, WorkbookPlan } from "./SheetPlan";
import { a1 } from "./a1";
import type { OwedValue } from "./OwedValue";

export interface BuildOptions {
  year: number;
  reportingUnit?: string;
  /** the date the return is due, ISO (YYYY-MM-DD); shown on the cover as 报送截止日期 */
  deadline?: string;
  /** sheet names already in the workbook (the add-in never overwrites a sheet) */
  taken?: ReadonlySet<string>;
  /** the values still owed from earlier years (a change of year: cycle/owedValues), kept in the metadata */
  owed?: OwedValue[];
}

/** A template's sheet, protected: its input cells take entries, its formulas and plan text do not. */
export function templateSheet(t: Template, name: string, year: number): PlannedSheet {
  const sheet = t.kind === "indicators" ? indicatorSheet(t, name) : t.kind === "projects" ? projectSheet(t, name, year) : reformSheet(t, name, year);
  sheet.protect = true;
  return sheet;
}

/** The whole workbook for one or more templates: cover, one sheet per template, metadata. */
export function buildWorkbookPlan(templates: Template[], opts: BuildOptions): WorkbookPlan {
  const taken = new Set(opts.taken ?? []);
  taken.add(COVER_NAME);
  const cover = coverSheet(templates, opts.year, opts.reportingUnit ?? "", opts.deadline);
  cover.protect = true;
  const sheets: PlannedSheet[] = [cover];
  for (const t of templates) {
    const name = sheetName(t, taken);
    taken.add(name);
    sheets.push(templateSheet(t, name, opts.year));
  }
  sheets.push(metaSheet({ app: "plan-returns", version: 1, rules: SHEET_RULES, createdYear: opts.year, templates, ...(opts.owed ? { owed: opts.owed } : {}) }));
  const abs = (c: { row: number; col: number }): string => a1(c.row, c.col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return {
    sheets,
    names: [
      { name: YEAR_NAME, ref: `${quoteSheet(COVER_NAME)}!${abs(YEAR_CELL)}` },
      { name: UNIT_NAME, ref: `${quoteSheet(COVER_NAME)}!${abs(UNIT_CELL)}` },
    ],
  };
}
