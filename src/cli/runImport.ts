import { PLACEHOLDER_NAMES } from "../import/placeholderNames";
import { hasDomains } from "../templates/hasDomains";
import { NO_DOMAINS_LINE } from "./noDomainsLine";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseTemplate } from "../templates/parseTemplate";
import { templateRows } from "../templates/templateRows";
import type { Template } from "../templates/TemplateSchema";
import { describeRegionFrom, formatUnread, importPlanTable, type ImportOptions, type RegionFrom } from "../import";
import { itemsRead } from "../import/itemsRead";
import { importNotes } from "../import/importNotes";
import { importNoteText } from "../import/importNoteMessages";
import type { CommandIO } from "./CommandIO";
import { EXIT } from "./EXIT";
import { parseYear } from "./parseYear";
import { progressLine } from "./progressLine";
import { readTableFile } from "./readTableFile";
import { tableFileNote } from "./tableFileMessages";
import { refuseExisting } from "./refuseExisting";
import { UsageError } from "./UsageError";
import { writeFileSafely } from "./writeFileSafely";
import { keptReplacedLine } from "./keptReplacedLine";

export interface ImportCommandOptions { out: string; id?: string; title?: string; region?: string; document?: string; force?: boolean; sheet?: string; table?: string; lang?: string; baselineYear?: string; targetYear?: string }

/** `import <table> --out t.json`: a template from a plan's indicator table (text, .xlsx sheet, .docx table). */
export async function runImport(file: string, o: ImportCommandOptions, io: CommandIO): Promise<void> {
  const en = io.lang === "en";
  let table: number | undefined;
  if (o.table !== undefined) {
    table = Number(o.table);
    if (!Number.isInteger(table) || table < 1) throw new UsageError(en ? `--table should be the number of a table, from 1, found "${o.table}"` : `--table 应为从 1 起的表格序号，实际为「${o.table}」`);
  }
  // the plan's years where the header has none (a table with only 2020年目标值)
  const baselineYear = o.baselineYear === undefined ? undefined : parseYear(o.baselineYear, io.lang, "--baseline-year");
  const targetYear = o.targetYear === undefined ? undefined : parseYear(o.targetYear, io.lang, "--target-year");
  await refuseExisting(o.out, o.force, [file]);
  // a sheet of thousands of rows takes seconds: said on a terminal, as check's progress is (never into a pipe or a log)
  const progress = io.progress.tty
    ? progressLine(io.progress, (n, total) => (total === 0 ? (en ? `reading ${file}…` : `正在读取 ${file}…`) : en ? `importing the table: ${Math.floor((100 * n) / total)}%` : `正在导入表格：${Math.floor((100 * n) / total)}%`))
    : null;
  progress?.show(0, 0);
  const read = await readTableFile(file, { sheet: o.sheet, table, lang: io.lang });
  if (!read.ok) { progress?.done(); io.printErr(read.message + "\n"); io.setExit(EXIT.unreadable); return; }
  const opts: ImportOptions = { fileName: basename(file), source: read.source };
  if (o.document !== undefined) opts.document = o.document;
  if (o.id !== undefined) opts.id = o.id;
  if (o.title !== undefined) opts.title = o.title;
  if (o.region !== undefined) opts.region = o.region;
  // where the table's title names no place, the page's <title> or a heading may (a plan's name)
  if (read.names !== undefined) opts.documentNames = read.names;
  if (baselineYear !== undefined) opts.baselineYear = baselineYear;
  if (targetYear !== undefined) opts.targetYear = targetYear;
  if (progress) opts.onProgress = (n, total) => progress.show(n, total);
  const r = importPlanTable(read.text, opts);
  progress?.done();
  if (!r.ok) { io.printErr(en ? `${read.from}: ${r.messageEn}\n` : `${read.from}：${r.message}\n`); io.setExit(EXIT.unreadable); return; }
  const before = o.force ? earlierVersion(o.out, r.template) : null;
  const written = await writeFileSafely(o.out, Buffer.from(JSON.stringify(r.template, null, 2) + "\n"), { force: o.force ?? false, inputs: [file], makeFolder: true });
  // the template overwritten had this id and other rows: returns made from it and from this one cannot be summed together
  if (before) {
    const now = rowCount(r.template);
    io.print(en
      ? `${o.out} held another version of this template (${r.template.id}, ${before} rows, now ${now}, other rows): returns made from the two versions cannot be summed or evaluated together. To keep the old returns valid, import this version under its own id (--id) and distribute it again.\n`
      : `${o.out} 原是同一模板（${r.template.id}）的另一版本（原 ${before} 行，现 ${now} 行，${r.template.kind === "indicators" ? "指标行" : r.template.kind === "projects" ? "项目行" : "改革事项"}不同）：用两个版本下发的填报表不能一起汇总或评估。如已下发旧版，请加 --id 另起编号后重新下发。\n`);
  }
  // a project or reform list says what it is: the next step (template --from) is the same
  const done = en ? `Wrote the template ${o.out} (${r.template.id}): ${itemsRead(r, "en")}, from ${read.from}` : `已生成模板 ${o.out}（${r.template.id}）：${itemsRead(r, "zh")}，来自 ${read.from}`;
  io.print(`${done}\n${formatUnread(r, en ? "en" : "zh")}\n`);
  // the template replaced, when it held something else (another version, edited by hand): kept, said so
  const kept = keptReplacedLine(o.out, written, io.lang);
  if (kept !== null) io.print(`${kept}\n`);
  // what the file's reader did: a 续表 joined to its table, the document's other tables left (trial40b F14)
  for (const note of read.said ?? []) io.print(`${tableFileNote(note.code, note.params, io.lang)}\n`);
  // a title made up here stands on every return's cover, a region read from the title or the plan's name in every sheet's name: said, with how to name them
  const t = r.template;
  const noTitle = t.title === (t.kind === "indicators" ? PLACEHOLDER_NAMES.title(t.baselineYear, t.targetYear) : PLACEHOLDER_NAMES.listTitle(t.kind, t.baselineYear, t.targetYear));
  const line = namesLine(noTitle ? t.title : null, r.regionFrom, t.region, en);
  if (line) io.print(`${line}\n`);
  // a table without 领域: said once, not 未分类 on every row of the returns (trial34 C10)
  if (t.kind === "indicators" && !hasDomains(t.indicators.map((d) => d.domain))) io.print(`${NO_DOMAINS_LINE[en ? "en" : "zh"]}\n`);
  // the plan's notes kept as 规划表注, and a 来源 without the plan's document: said, with how to name it (trial34 F5, F6)
  for (const note of importNotes(r, "cli")) io.print(`${importNoteText(note, en ? "en" : "zh")}\n`);
  // rows of the table left out: the template is written, but the run is not a clean one
  if (r.stats.rowsNotLoaded > 0) io.setExit(EXIT.partial);
}

/**
 * What import says of the names it did not find given: `title` the made-up title (null when the table
 * or --title named one); `region`: none found (left blank), given (--region), or read from the title
 * or a plan's name (describeRegionFrom says where). Null when there is nothing to say.
 */
function namesLine(title: string | null, region: RegionFrom, name: string, en: boolean): string | null {
  const taken = describeRegionFrom(region, name, en ? "en" : "zh", "cli");
  if (title === null && region.from !== "none") return taken || null;
  if (title === null) {
    return en
      ? "The table names no region; the region is left blank, out of the sheets' names and the 填报说明 sheets (the covers): import again with --region to name it."
      : "表格中没有写明地区，地区留空，不写进工作表名称和「填报说明」表；要写明地区，请加上 --region 重新导入。";
  }
  if (region.from !== "none") {
    const said = en
      ? `The table names no title; using title "${title}" (--title), which shows on every return's 填报说明 sheet (its cover): import again with the option in brackets to name it.`
      : `表格中没有写明标题，暂用标题「${title}」（--title），会印在各填报表的「填报说明」表上；请加上括号中的选项重新导入。`;
    return taken ? `${said}\n${taken}` : said;
  }
  return en
    ? `The table names no title or region; using title "${title}" (--title), which shows on every return's 填报说明 sheet (its cover), and leaving the region blank, out of the sheets' names and the 填报说明 sheets (--region): import again with the options in brackets to name them.`
    : `表格中没有写明标题和地区，暂用标题「${title}」（--title），会印在各填报表的「填报说明」表上；地区留空，不写进工作表名称和「填报说明」表（--region）；请加上括号中的选项重新导入。`;
}

/**
 * The number of rows of the template at `out` when it is another version of `t` (the same id,
 * other rows: templateRows), else null (no file, not a template, another id, the same rows).
 */
function earlierVersion(out: string, t: Template): number | null {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(out, "utf8"));
  } catch {
    return null;
  }
  const old = parseTemplate(data, out);
  if (!old.ok || old.template.id !== t.id || templateRows(old.template) === templateRows(t)) return null;
  return rowCount(old.template);
}

/** A template's rows: its indicators, projects or reforms. */
function rowCount(t: Template): number {
  return t.kind === "indicators" ? t.indicators.length : t.kind === "projects" ? t.projects.length : t.reforms.length;
}
