import type { SheetCopy } from "./returnSheets";

/** A copy of a template's sheet named after another unit than the cover's: that unit's return merged into this workbook. */
export interface MergedUnitSheet extends SheetCopy {
  /** the unit the sheet's name names: a listed unit's name, else the sheet's name itself */
  unit: string;
}

/**
 * How administrative units end (县, 区, 市, 旗, 新城, 开发区, 市本级, …): a sheet named so, and of
 * Chinese characters alone, is taken for a unit's name when no list of units is given. Endings, not
 * places, so no county list needs keeping.
 */
const ENDINGS = "省|市|区|县|旗|盟|州|镇|乡|街道|新城|新区|开发区|园区|本级";
const UNIT_ENDING = new RegExp(`^[\\u3400-\\u9fff]{1,20}(${ENDINGS})$`, "u");
const ENDS_AS_UNIT = new RegExp(`(${ENDINGS})$`, "u");

// how Excel names a copy made by 移动或复制 (表1 (2)), and how people name a draft: never a unit's return
const COPY_MARK = /[(（]\s*\d+\s*[)）]\s*$/u;

const bare = (s: string): string => s.replace(/[\s\u00a0\u3000]+/gu, "");

/**
 * The unit a sheet's name names, other than `cover` (the 填报单位 on the cover): the longest of
 * `units` (the ledger's or --units) equal to the name, inside it (衢江区填报) or holding it
 * (衢州市衢江区 for a sheet 衢江区); else the name itself when it reads as a unit's (UNIT_ENDING).
 * null for the cover's own unit (its name, its end, or it with a word after it: 柯城区填报), an Excel copy's name (表1 (2))
 * and any other name. Whitespace is ignored.
 */
export function unitOfSheetName(name: string, cover: string, units: readonly string[] = []): string | null {
  const n = bare(name);
  const c = bare(cover);
  if (n.length < 2 || COPY_MARK.test(name)) return null;
  // the cover's own: 柯城区 for 衢州市柯城区, 柯城区填报; not 衢州市本级 beside a cover 衢州市
  if (c !== "" && (n === c || c.endsWith(n) || (n.startsWith(c) && !ENDS_AS_UNIT.test(n.slice(c.length))))) return null;
  const listed = units.map(bare).filter((u) => u.length >= 2 && u !== c && (n.includes(u) || u.includes(n))).sort((a, b) => b.length - a.length)[0];
  if (listed !== undefined) return units.find((u) => bare(u) === listed) ?? listed;
  return UNIT_ENDING.test(n) ? n : null;
}

/**
 * The copies of a template's sheet (returnSheets' `copies`) that are other units' returns merged into
 * one workbook (a city that gathered its counties' returns as sheets, each renamed after its county):
 * those whose name names a unit other than `cover` (unitOfSheetName). The other copies (表1 (2), 草稿)
 * stay drafts (sheet_copy). The one home of the rule: check (units_merged) and the cycle
 * (summary, report, rollover) all ask it; `units` where the command has a list of units.
 */
export function mergedUnitSheets(copies: readonly SheetCopy[], cover: string, units: readonly string[] = []): MergedUnitSheet[] {
  return copies.flatMap((c) => {
    const unit = unitOfSheetName(c.sheet, cover, units);
    return unit === null ? [] : [{ ...c, unit }];
  });
}
