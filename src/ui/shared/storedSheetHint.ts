import type { SheetHint } from "./excelActions";

const PREFIX = "plan-returns:sheets:";
const COLUMNS = "plan-returns:formulaColumns:";

/**
 * The last read's sheet names in the add-in origin's localStorage, keyed by the workbook's
 * URL, shared by the task pane and the ribbon's function file: the ribbon's 校验 then reads
 * in one sync as the pane does; with them the template sheets' status and progress columns, whose
 * formulas that sync reads below ExcelApi 1.9 (ReadOptions.formulaColumns). Nothing for a workbook without a URL (never saved), or where
 * storage is off; a name read wrongly from storage is dropped, not trusted.
 */
export function storedSheetHint(documentUrl: string | undefined, storage: Pick<Storage, "getItem" | "setItem"> | undefined = originStorage()): SheetHint | undefined {
  if (!documentUrl || !storage) return undefined;
  const key = `${PREFIX}${documentUrl}`;
  return {
    get: () => {
      try {
        const v: unknown = JSON.parse(storage.getItem(key) ?? "null");
        return Array.isArray(v) && v.length > 0 && v.every((n) => typeof n === "string") ? (v as string[]) : undefined;
      } catch {
        return undefined;
      }
    },
    set: (names) => {
      try { storage.setItem(key, JSON.stringify(names)); } catch { /* full or off: the next read costs a sync more */ }
    },
    getColumns: () => {
      try {
        const v: unknown = JSON.parse(storage.getItem(`${COLUMNS}${documentUrl}`) ?? "null");
        if (typeof v !== "object" || v === null || Array.isArray(v)) return undefined;
        const ok = Object.values(v).every((cols) => Array.isArray(cols) && cols.every((c) => Number.isInteger(c) && c > 0));
        return ok ? (v as Record<string, number[]>) : undefined;
      } catch {
        return undefined;
      }
    },
    setColumns: (columns) => {
      try { storage.setItem(`${COLUMNS}${documentUrl}`, JSON.stringify(columns)); } catch { /* as above */ }
    },
  };
}

/** The origin's localStorage, or undefined where even touching it throws (sandboxed frames). */
function originStorage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
