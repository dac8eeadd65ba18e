import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { catalog } from "../templates/catalog";
import { checkGrid } from "../sheet/checkGrid";
import { returnContent } from "../sheet/returnContent";
import type { CommandIO } from "./CommandIO";
import { formatReport } from "./formatReport";
import { gridOfBytes, loadWorkbookFile } from "./loadWorkbookFile";
import { evaluateFiles, writeReport } from "./runReport";
import { templateWorkbookBytes } from "./templateWorkbookBytes";
import { readWithSnapshot, writeFileSafely } from "./writeFileSafely";

/**
 * Writes a demo workbook. One already there from an earlier demo is replaced only while it
 * holds what the demo wrote (the person may have filled the blank in place); otherwise the new
 * one is written beside it, as name(2).xlsx, and both are named. Returns the file written.
 */
async function writeDemoFile(file: string, bytes: Buffer, print: (s: string) => void, en: boolean): Promise<string> {
  if (!existsSync(file)) { await writeFileSafely(file, bytes, { makeFolder: true }); return file; }
  const old = await readWithSnapshot(file);
  const [a, b] = await Promise.all([gridOfBytes(file, old.bytes), gridOfBytes(file, bytes)]);
  if (a.ok && b.ok && returnContent(a.grid) === returnContent(b.grid)) {
    await writeFileSafely(file, bytes, { expected: old.snapshot });
    return file;
  }
  let beside = file;
  for (let i = 2; existsSync(beside); i++) beside = file.replace(/\.xlsx$/i, `(${i}).xlsx`);
  await writeFileSafely(beside, bytes, {});
  print(en ? `${file} was changed since the demo wrote it and is not overwritten; the new sample is ${beside}\n` : `${file} 已被修改，未覆盖；新的示例写为 ${beside}\n`);
  return beside;
}

/** `demo [--out dir] [--lang]`: a blank and a filled sample of every catalog template, checked, with sample 评估报告. */
export async function runDemo(o: { out: string }, io: CommandIO): Promise<void> {
  const print = io.print;
  const en = io.lang === "en";
  const years: Record<string, number> = {
    "zhoushan-2016-2020": 2020, "zhoushan-2021-2025": 2023, "quzhou-2021-2025": 2023, "shengsi-2023-2027": 2024,
    "shengsi-2024-projects": 2024, "shengsi-2024-reforms": 2024, "quzhou-2021-2025-housing-projects": 2023,
  };
  const written: string[] = [];
  for (const t of catalog()) {
    const y = years[t.id] ?? t.targetYear;
    const blank = await writeDemoFile(join(o.out, `${t.id}-blank.xlsx`), await templateWorkbookBytes([t], y, ""), print, en);
    written.push(blank);
    const filled = await writeDemoFile(join(o.out, `${t.id}-sample-${y}.xlsx`), await templateWorkbookBytes([t], y, `${t.region}（示例）`, true), print, en);
    written.push(filled);
    const loaded = await loadWorkbookFile(filled);
    if (!loaded.ok) throw new Error(loaded.message);
    const r = checkGrid(loaded.grid);
    if (!r.ok) throw new Error(r.message);
    print(formatReport(filled, r.report, io.lang) + "\n\n");
    if (t.kind !== "reforms") {
      // a sample 评估报告 (evaluation-rules §6) from the sample return
      const ev = await evaluateFiles([filled], undefined);
      if (!ev.ok) throw new Error(ev.message);
      const report = join(o.out, `${t.id}-sample-${y}-评估报告.docx`);
      await writeReport(ev.report, report);
      written.push(report);
    }
  }
  const list = written.map((f) => "  " + f).join("\n");
  print(en ? `Wrote ${written.length} files in ${resolve(o.out)}:\n${list}\n` : `已写出 ${written.length} 个文件，位于 ${resolve(o.out)}：\n${list}\n`);
  print(en
    ? "Blank templates (*-blank.xlsx) are for filling in; the samples (*-sample-*.xlsx) show every status; *-评估报告.docx are sample evaluation reports (plan-returns report). Open them in Excel, WPS or LibreOffice; the workbooks are in Chinese.\n"
    : "空白模板（*-blank.xlsx）供填报；示例（*-sample-*.xlsx）展示各种状态；*-评估报告.docx 为示例评估报告（plan-returns report）。可用 Excel、WPS 或 LibreOffice 打开。\n");
}
