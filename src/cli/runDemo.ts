import { lockReading } from "../cycle/lockReading";
import { existsSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { catalog } from "../templates/catalog";
import { checkGrid } from "../sheet/checkGrid";
import { buildWorkbookPlan } from "../sheet/buildWorkbookPlan";
import type { WorkbookPlan } from "../sheet/SheetPlan";
import { typedContent } from "../sheet/typedContent";
import type { CommandIO } from "./CommandIO";
import { DEMO_MESSAGES } from "./demoMessages";
import { demoRecord, type DemoRecord } from "./demoRecord";
import { packageContent } from "./packageContent";
import { formatReport } from "./formatReport";
import { gridOfBytes, loadWorkbookFile } from "./loadWorkbookFile";
import { evaluateFiles, reportBytes } from "./runReport";
import { templateWorkbookBytes } from "./templateWorkbookBytes";
import { readWithSnapshot, writeFileSafely } from "./writeFileSafely";
import { savedSinceWritten } from "./savedSinceWritten";

/** Whether the file there (`old`, its bytes) holds nothing a person made, beside what the demo writes now: a file no record speaks for. */
type Untouched = (file: string, old: Buffer) => Promise<boolean>;

/**
 * A workbook's: never saved again since it was written (savedSinceWritten: a save in Excel, WPS or LibreOffice may
 * change what no cell shows, a format, a comment), and what a person types is the same (typedContent against the plan
 * written now: input cells, the cover's fields, sheets and cells of their own), whatever else an earlier version wrote
 * differently (a header, a hidden rule).
 */
function sameTyped(plan: WorkbookPlan, bytes: Buffer): Untouched {
  let now: Promise<string | null> | undefined;
  const typed = async (file: string, b: Buffer): Promise<string | null> => {
    const g = await gridOfBytes(file, b);
    return g.ok ? typedContent(g.grid, plan) : null;
  };
  return async (file, old) => {
    if (await savedSinceWritten(old)) return false;
    now ??= typed(file, bytes);
    const [a, b] = await Promise.all([typed(file, old), now]);
    return a !== null && a === b;
  };
}

/** A sample report's: the whole document (packageContent), since every word of it is one a person may have edited (trial 31). */
const sameReport = (bytes: Buffer): Untouched => async (_file, old) => {
  const [a, b] = await Promise.all([packageContent(old), packageContent(bytes)]);
  return a !== null && a === b;
};

/**
 * Writes `bytes` as `at` when no file is there, or over the one there while nobody touched it: its bytes are what a demo
 * wrote there (`record`), or, where no record speaks for it (a folder of an older demo), it holds nothing a person made
 * (`untouched`). Else nothing is written, and what kept it is said: `changed` (the record proves it) or `unrecorded`.
 */
async function writeIfUntouched(at: string, bytes: Buffer, untouched: Untouched, record: DemoRecord): Promise<"written" | "changed" | "unrecorded"> {
  if (existsSync(at)) {
    const old = await readWithSnapshot(at);
    const wrote = record.wrote(basename(at), old.snapshot.hash);
    if (wrote === false) return "changed";
    if (wrote === null && !(await untouched(at, old.bytes))) return "unrecorded";
    await record.writing(basename(at), bytes);
    await writeFileSafely(at, bytes, { expected: old.snapshot });
  } else {
    await record.writing(basename(at), bytes);
    await writeFileSafely(at, bytes, { makeFolder: true });
  }
  return "written";
}

/**
 * Writes a demo file, a workbook or a sample report. One already there is replaced only while nobody touched it since a
 * demo wrote it (writeIfUntouched); one a person filled or edited is kept, the new one written beside it as name(2).xlsx
 * or name(2).docx, or over a name(2) a demo wrote that is itself untouched (a rerun adds no (3), (4)…), and both are
 * named. Returns the file written.
 */
async function writeDemoFile(file: string, bytes: Buffer, untouched: Untouched, record: DemoRecord, print: (s: string) => void, say: (typeof DEMO_MESSAGES)["zh"]): Promise<string> {
  const ext = extname(file);
  const stem = file.slice(0, file.length - ext.length);
  const kept = await writeIfUntouched(file, bytes, untouched, record);
  if (kept === "written") return file;
  for (let i = 2; ; i++) {
    const beside = `${stem}(${i})${ext}`;
    if ((await writeIfUntouched(beside, bytes, untouched, record)) !== "written") continue;
    print(kept === "changed" ? say.keptChanged(file, beside) : say.keptUnrecorded(file, beside));
    return beside;
  }
}

/** `demo [--out dir] [--lang]`: a blank and a filled sample of every catalog template, checked, with sample 评估报告. */
export async function runDemo(o: { out: string }, io: CommandIO): Promise<void> {
  const print = io.print;
  const say = DEMO_MESSAGES[io.lang];
  const years: Record<string, number> = {
    "zhoushan-2016-2020": 2020, "zhoushan-2021-2025": 2023, "quzhou-2021-2025": 2023, "shengsi-2023-2027": 2024,
    "shengsi-2024-projects": 2024, "shengsi-2024-reforms": 2024, "quzhou-2021-2025-housing-projects": 2023,
  };
  const written: string[] = [];
  const record = await demoRecord(o.out);
  for (const t of catalog()) {
    const y = years[t.id] ?? t.targetYear;
    // what a person types is read against the templates as written now (the cover's unit is one of those cells)
    const plan = buildWorkbookPlan([t], { year: y, reportingUnit: "" });
    const blankBytes = await templateWorkbookBytes([t], y, "");
    written.push(await writeDemoFile(join(o.out, `${t.id}-blank.xlsx`), blankBytes, sameTyped(plan, blankBytes), record, print, say));
    const sampleBytes = await templateWorkbookBytes([t], y, `${t.region}（示例）`, true);
    const filled = await writeDemoFile(join(o.out, `${t.id}-sample-${y}.xlsx`), sampleBytes, sameTyped(plan, sampleBytes), record, print, say);
    written.push(filled);
    const loaded = await loadWorkbookFile(filled);
    if (!loaded.ok) throw new Error(loaded.message);
    const r = checkGrid(loaded.grid);
    if (!r.ok) throw new Error(r.message);
    // what lock would refuse the sample for, as check says it (a fresh sample: never locked)
    print(formatReport(filled, r.report, io.lang, false, undefined, undefined, true, lockReading(loaded.grid, r.report)) + "\n\n");
    // a sample 评估报告 (evaluation-rules §6) from every sample return, the reform list's too (its 改革事项 section):
    // a trial found 7 samples and 6 reports, the reforms list's missing though `report` makes it
    const ev = await evaluateFiles([filled], undefined);
    if (!ev.ok) throw new Error(ev.message);
    // written as the workbooks are: a report a person edited in place is kept, the new one beside it
    const report = join(o.out, `${t.id}-sample-${y}-评估报告.docx`);
    const bytes = await reportBytes(ev.report, report);
    written.push(await writeDemoFile(report, bytes, sameReport(bytes), record, print, say));
  }
  await record.finish();
  print(say.written(written.length, resolve(o.out), written));
  print(say.whatTheyAre);
  // what a new user does next: the guide, and a manager's distribute → summary (trial29c)
  print(say.nextStep(userGuide()));
}

/** The 用户指南 beside the CLI (docs/ of the project folder, however deep the compiled file sits), or null. */
function userGuide(): string | null {
  for (let d = __dirname; ; d = dirname(d)) {
    const guide = join(d, "docs", "用户指南.md");
    if (existsSync(guide)) return guide;
    if (dirname(d) === d) return null;
  }
}
