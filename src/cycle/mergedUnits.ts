import type { CheckReport } from "../sheet/CheckReport";
import { mergedUnitSheets, unitOfSheetName } from "../sheet/mergedUnitSheets";
import type { SheetCopy } from "../sheet/returnSheets";

/**
 * The units whose returns came merged into this return's workbook (check's units_merged: copies of
 * a template's sheet named after other units), matched against `units` (the ledger's or --units)
 * where given, in the listed spelling (衢州市衢江区 for a sheet 衢江区); the sheet read, when it is
 * itself named after another unit than the cover's, first. The copies are taken from the report's
 * coded problems (units_merged and sheet_copy), so a name only the list tells (a sheet 衢江) is found
 * too; the rule is mergedUnitSheets'. `units` [] when none: a draft copy (表1 (2)) is no unit's; `read`:
 * the unit the sheet read is named after, when it is not the cover's (its figures go to the cover's unit).
 */
export function mergedUnits(report: Pick<CheckReport, "problems" | "reportingUnit">, units: readonly string[] = []): { units: string[]; read?: string } {
  const copies: SheetCopy[] = report.problems.flatMap((p) => p.code === "sheet_copy" ? [p.params] : p.code === "units_merged" ? p.params.sheets.split("\n").map((sheet) => ({ sheet, of: p.params.of })) : []);
  const merged = mergedUnitSheets(copies, report.reportingUnit, units);
  const of = merged[0]?.of;
  const ofUnit = of === undefined ? null : unitOfSheetName(of, report.reportingUnit, units);
  return { units: [...new Set([...(ofUnit ? [ofUnit] : []), ...merged.map((x) => x.unit)])], ...(ofUnit ? { read: ofUnit } : {}) };
}
