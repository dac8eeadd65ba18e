/**
 * Whether a Word package's core properties (docProps/core.xml, as text) name this tool its creator: the one home for
 * telling this tool's own evaluation report (cli/reportDocx writes `creator: "plan-returns"`; Word keeps it on a re-save).
 * Used by the workbook reader (a report named .xlsx) and by import's .docx reader (the report is no plan's table).
 */
export function isOwnReportCore(coreXml: string): boolean {
  return /<(?:\w+:)?creator>plan-returns<\//.test(coreXml);
}
