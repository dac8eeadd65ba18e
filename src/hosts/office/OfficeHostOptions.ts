/** Options shared by the Office host's actions. */
export interface OfficeHostOptions {
  /**
   * Whether a requirement set is supported; defaults to Office.context.requirements.isSetSupported
   * when Office is loaded, else "nothing above the floor" (ExcelApi 1.8).
   */
  isSetSupported?: (name: string, version: string) => boolean;
  /** largest estimated request, in bytes; default 4,000,000 (Excel on the web refuses 5 MB) */
  maxRequestBytes?: number;
  /**
   * applyPlan: the workbook's sheet names, when the caller read them in this same Excel.run
   * (a summary reads the workbook first). For a plan without workbook names this saves the
   * sync that would load the lists: the summary is then read + write, two syncs.
   */
  knownSheets?: readonly string[];
}

/** The floor: every API in ExcelApi 1.8 is used without asking. */
export const FLOOR_VERSION = "1.8";

/** "1.10" is above "1.9": compares minor versions as numbers. */
function atOrBelowFloor(version: string): boolean {
  const [maj = 0, min = 0] = version.split(".").map(Number);
  const [fMaj = 0, fMin = 0] = FLOOR_VERSION.split(".").map(Number);
  return maj < fMaj || (maj === fMaj && min <= fMin);
}

/** True when ExcelApi `version` may be used: at or below the floor, or reported as supported. */
export function excelApiSupported(opts: OfficeHostOptions, version: string): boolean {
  if (atOrBelowFloor(version)) return true;
  if (opts.isSetSupported) return opts.isSetSupported("ExcelApi", version);
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported?: (n: string, v: string) => boolean } } } }).Office;
  const check = office?.context?.requirements?.isSetSupported;
  return typeof check === "function" ? check.call(office?.context?.requirements, "ExcelApi", version) : false;
}
