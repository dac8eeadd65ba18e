import { dirname, resolve } from "node:path";
import { STATUS_CODES, STATUS_LABELS } from "../domain/Status";
import { streamXlsx } from "../hosts/xlsx/streamXlsx";
import { checkGrid } from "../sheet/checkGrid";
import { returnContent } from "../sheet/returnContent";
import { writeSummarySheets } from "../sheet/summarySheets";
import { SummaryTally } from "../sheet/SummaryTally";
import { fileMessage, type Lang } from "./fileMessages";
import { FileRowStore } from "./FileRowStore";
import { loadWorkbookFile } from "./loadWorkbookFile";
import { summaryJson } from "./summaryJson";
import { terminalJson } from "./terminalText";
import { writeFileSafely } from "./writeFileSafely";

export interface SummaryOptions {
  /** check the returns as of this year (default: each return's own reporting year) */
  year?: number | undefined;
  out: string;
  json: boolean;
  force: boolean;
  lang: Lang;
  /** builds a link from the summary to a cell of a county file (relative to the summary) */
  link: (base: string, file: string, sheet: string, cell: string) => string;
}

export type SummaryOutcome =
  | { ok: true; text: string }
  | { ok: false; message: string; exit: "unreadable" | "usage" };

/**
 * `plan-returns summary` (issue 19): each return is read, checked, reduced to its counts and
 * listed rows (SummaryTally, rows spooled to a temporary file) and let go; the same return given
 * twice is found by its content hash. The workbook is then written with the streaming writer,
 * so memory stays flat in the number of returns and their size. Refusals name the file.
 */
export async function runSummary(files: readonly string[], o: SummaryOptions): Promise<SummaryOutcome> {
  const spool = FileRowStore.folder();
  try {
    const tally = new SummaryTally(() => spool.store());
    const seen = new Map<string, string>();
    for (const file of files) {
      const loaded = await loadWorkbookFile(file);
      if (!loaded.ok) return { ok: false, message: loaded.message, exit: "unreadable" };
      const r = checkGrid(loaded.grid, o.year);
      if (!r.ok) return { ok: false, message: `${file}：${r.message}`, exit: "unreadable" };
      // the same return twice (a copy under another name, its 填报单位 changed or blank) would be counted twice;
      // a return with nothing entered is not compared (blank returns of different units look alike)
      if (r.report.items.some((i) => (i.value ?? "") !== "")) {
        const content = returnContent(loaded.grid);
        const first = seen.get(content);
        if (first !== undefined) return { ok: false, message: fileMessage({ code: "duplicate_return", file, other: first }, o.lang), exit: "usage" };
        seen.set(content, file);
      }
      const refused = tally.add(file, r.report);
      if (refused) return { ok: false, message: refused, exit: "usage" };
    }
    const s = tally.figures();
    if (!s.ok) return { ok: false, message: s.message, exit: "usage" };
    const base = dirname(resolve(o.out));
    const bytes = await streamXlsx((open) => writeSummarySheets(s.figures, (file, sheet, cell) => o.link(base, file, sheet, cell), open));
    await writeFileSafely(o.out, bytes, { force: o.force, inputs: [...files], makeFolder: true });
    const f = s.figures;
    return {
      ok: true,
      text: o.json ? terminalJson(summaryJson(f)) + "\n"
        : `已生成汇总 ${o.out}（${f.units.length} 份，${f.year} 年度）\n` + STATUS_CODES.map((c) => `${STATUS_LABELS[c]} ${f.totals[c]}`).join("  ") + "\n",
    };
  } finally {
    spool.remove();
  }
}
