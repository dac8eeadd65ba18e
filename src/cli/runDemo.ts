import { lockReading } from "../cycle/lockReading";
import { existsSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { catalog } from "../templates/catalog";
import { checkGrid } from "../sheet/checkGrid";
import { returnContent } from "../sheet/returnContent";
import type { CommandIO } from "./CommandIO";
import { DEMO_MESSAGES } from "./demoMessages";
import { packageContent } from "./packageContent";
import { formatReport } from "./formatReport";
import { gridOfBytes, loadWorkbookFile } from "./loadWorkbookFile";
import { evaluateFiles, reportBytes } from "./runReport";
import { templateWorkbookBytes } from "./templateWorkbookBytes";
import { readWithSnapshot, writeFileSafely } from "./writeFileSafely";

/** What a demo file holds that a person may change, compared between the file there and the one written now; null: unreadable. */
type ContentOf = (file: string, bytes: Buffer) => Promise<string | null>;

/** A workbook's: what its return holds (returnContent), so a blank filled in place is kept. */
const workbookContent: ContentOf = async (file, bytes) => {
  const g = await gridOfBytes(file, bytes);
  return g.ok ? returnContent(g.grid) : null;
};

/** A sample report's: the document (packageContent), so a report opened and edited is kept (trial 31). */
const reportContent: ContentOf = async (_file, bytes) => packageContent(bytes);

/**
 * Writes a demo file, a workbook or a sample report. One already there from an earlier demo is
 * replaced only while it holds what the demo writes (`contentOf`; the person may have filled the
 * blank or edited the report in place); otherwise the new one is written beside it, as
 * name(2).xlsx or name(2).docx, and both are named. Returns the file written.
 */
async function writeDemoFile(file: string, bytes: Buffer, contentOf: ContentOf, print: (s: string) => void, say: (typeof DEMO_MESSAGES)["zh"]): Promise<string> {
  if (!existsSync(file)) { await writeFileSafely(file, bytes, { makeFolder: true }); return file; }
  const old = await readWithSnapshot(file);
  const [a, b] = await Promise.all([contentOf(file, old.bytes), contentOf(file, bytes)]);
  if (a !== null && a === b) {
    await writeFileSafely(file, bytes, { expected: old.snapshot });
    return file;
  }
  const ext = extname(file);
  const stem = file.slice(0, file.length - ext.length);
  let beside = file;
  for (let i = 2; existsSync(beside); i++) beside = `${stem}(${i})${ext}`;
  await writeFileSafely(beside, bytes, {});
  print(say.keptChanged(file, beside));
  return beside;
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
  for (const t of catalog()) {
    const y = years[t.id] ?? t.targetYear;
    const blank = await writeDemoFile(join(o.out, `${t.id}-blank.xlsx`), await templateWorkbookBytes([t], y, ""), workbookContent, print, say);
    written.push(blank);
    const filled = await writeDemoFile(join(o.out, `${t.id}-sample-${y}.xlsx`), await templateWorkbookBytes([t], y, `${t.region}（示例）`, true), workbookContent, print, say);
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
    written.push(await writeDemoFile(report, await reportBytes(ev.report, report), reportContent, print, say));
  }
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
