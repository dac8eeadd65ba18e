#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import * as zod from "zod/mini";
import { en as zodEnglish } from "zod/locales";
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, resolve, sep } from "node:path";
import { catalog, findTemplate } from "../templates/catalog";
import { formatTemplateProblems, parseTemplate } from "../templates/parseTemplate";
import type { Template } from "../templates/TemplateSchema";
import { buildWorkbookPlan } from "../sheet/buildWorkbookPlan";
import { checkGrid, readMeta } from "../sheet/checkGrid";
import { planToWorkbook } from "../hosts/xlsx/writeXlsx";
import { fillInputs } from "../hosts/xlsx/fillInputs";
import { gridOfBytes, loadWorkbookFile } from "./loadWorkbookFile";
import { FileProblem, fileProblemOf } from "./FileProblem";
import { fileMessage, type Lang } from "./fileMessages";
import { terminalJson, terminalText } from "./terminalText";
import { readWithSnapshot, writeFileSafely, type WriteOptions } from "./writeFileSafely";
import { returnContent } from "../sheet/returnContent";
import { formatReport } from "./formatReport";
import { usageMessage } from "./usageMessage";
import { formatTable } from "./formatTable";
import { sampleReturn } from "./sampleReturn";
import { toJsonReport } from "./toJsonReport";
import { reviewWorkbook } from "./reviewWorkbook";
import { formatUnread, importTable, type ImportOptions } from "../import";
import { readTableFile } from "./readTableFile";
import { quoteSheet } from "../sheet/a1";
import { describePeriodProblem, periodProblems } from "../templates/periodProblems";
import { evaluateFiles, outputProblem, writeReport } from "./runReport";
import { reportJson } from "./reportJson";
import { checkWithContext, loadCheckContext, loadRulesFile } from "./checkInContext";

/**
 * Exit codes (architecture.md): 0 the command ran; 1 usage error or a refusal to overwrite; 2 a file
 * problem (unreadable or not a plan-returns workbook, permissions, disk…); 3 an internal error;
 * 4 `import` wrote the template but left rows of the table out (each listed with its line and reason).
 */
export const EXIT = { ok: 0, usage: 1, unreadable: 2, internal: 3, partial: 4 } as const;

class UsageError extends Error {}

function parseYear(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new UsageError(`--year 应为 2000–2100 之间的年份，实际为「${v}」`);
  return n;
}

function loadTemplateFile(file: string): Template {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw code === "ENOENT" || code === "ENOTDIR" ? new FileProblem({ code: "not_found", file }) : fileProblemOf(e, file) ?? e;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}：无法读取模板文件（${e instanceof Error ? e.message : String(e)}）`);
  }
  const r = parseTemplate(data, file);
  if (!r.ok) throw new UsageError(`模板不符合格式：\n${formatTemplateProblems(r)}`);
  // 序时进度 divides by (targetYear − baselineYear)
  if (r.template.targetYear <= r.template.baselineYear) {
    throw new FileProblem({ code: "template_years", file, other: `baselineYear ${r.template.baselineYear}，targetYear ${r.template.targetYear}` });
  }
  return r.template;
}

/** The bytes of a return for templates (sample values filled in for the demo). */
async function templateWorkbookBytes(templates: Template[], year: number, unit: string, fill = false): Promise<Buffer> {
  const wb = planToWorkbook(buildWorkbookPlan(templates, { year, reportingUnit: unit }));
  if (fill) {
    const left = fillInputs(wb, templates.flatMap((t) => sampleReturn(t, year)));
    if (left.length) throw new Error(`sample values not placed: ${left.length}`); // programmer error
  }
  return Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

async function writeTemplateWorkbook(templates: Template[], year: number, out: string, unit: string, opts: WriteOptions, fill = false): Promise<void> {
  await writeFileSafely(out, await templateWorkbookBytes(templates, year, unit, fill), { makeFolder: true, ...opts });
}

/** A link to a cell of another file, relative and percent-encoded so a `#`, `%` or `name:` in a file name cannot change its target. */
export function fileLink(base: string, file: string, sheet: string, cell: string): string {
  const rel = relative(base, resolve(file)).split(sep).map((p) => (p === ".." ? p : encodeURIComponent(p))).join("/");
  return `${rel.startsWith("..") ? "" : "./"}${rel}#${quoteSheet(sheet)}!${cell}`;
}

/** Refuses an --out that exists (without --force) before any work is done; the write checks again. */
function refuseExisting(out: string, force: boolean | undefined): void {
  if (!existsSync(out)) return;
  if (statSync(out).isDirectory()) throw new FileProblem({ code: "is_folder", file: out });
  if (!force) throw new FileProblem({ code: "exists", file: out });
}

/**
 * Writes a demo workbook. One already there from an earlier demo is replaced only while it
 * holds what the demo wrote (the person may have filled the blank in place); otherwise the new
 * one is written beside it, as name(2).xlsx, and both are named. Returns the file written.
 */
async function writeDemoFile(file: string, bytes: Buffer, print: (s: string) => void): Promise<string> {
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
  print(`${file} 已被修改，未覆盖；新的示例写为 ${beside}\n`);
  return beside;
}

export function buildProgram(print: (s: string) => void, printErr: (s: string) => void, setExit: (c: number) => void, lang: Lang = "zh"): Command {
  const program = new Command();
  program.name("plan-returns").description("规划指标填报助手：生成与核对规划指标填报工作簿 / plan indicator returns")
    .exitOverride().configureOutput({ writeOut: print, writeErr: printErr, outputError: (text, write) => write(usageMessage(text, lang)) });

  program.command("templates").description("列出模板 / list the templates").option("--json", "JSON 输出").action((o: { json?: boolean }) => {
    const ts = catalog();
    if (o.json) print(JSON.stringify(ts.map((t) => ({ id: t.id, title: t.title, kind: t.kind, baselineYear: t.baselineYear, targetYear: t.targetYear }))) + "\n");
    else print(formatTable(["模板 id", "标题", "类型", "期间"], ts.map((t) => [t.id, t.title, { indicators: "指标", projects: "项目", reforms: "改革" }[t.kind], `${t.baselineYear}–${t.targetYear}`]), [36, 40, 6, 12]) + "\n");
  });

  program.command("template").description("生成填报工作簿 / write a workbook for templates")
    .argument("[ids...]", "模板 id").requiredOption("--year <Y>", "报告年份").requiredOption("--out <file.xlsx>", "输出文件")
    .option("--from <template.json...>", "使用模板文件").option("--unit <name>", "填报单位", "").option("--force", "覆盖已存在的文件").option("--lang <zh|en>", "语言", "zh")
    .option("--rules <rules.json>", "规则文件：其 bands（亮灯：滞后/严重滞后）写入各指标模板（evaluation-rules §7）")
    .action(async (ids: string[], o: { year: string; out: string; from?: string[]; unit: string; force?: boolean; rules?: string }) => {
      const year = parseYear(o.year);
      const templates: Template[] = [];
      for (const id of ids) {
        const t = findTemplate(id);
        if (!t) throw new UsageError(`未知模板「${id}」。可用：${catalog().map((x) => x.id).join(", ")}`);
        templates.push(t);
      }
      for (const f of o.from ?? []) templates.push(loadTemplateFile(f));
      if (templates.length === 0) throw new UsageError("请指定至少一个模板 id 或 --from 模板文件");
      const rules = o.rules ? loadRulesFile(o.rules) : null;
      if (rules && !rules.ok) throw new UsageError(rules.message);
      const bands = rules?.rules.bands;
      if (bands) templates.forEach((t, i) => { if (t.kind === "indicators") templates[i] = { ...t, bands }; });
      const outside = periodProblems(templates, year)[0];
      if (outside) throw new UsageError(`${describePeriodProblem(outside, "zh")}；未生成工作簿`);
      refuseExisting(o.out, o.force);
      await writeTemplateWorkbook(templates, year, o.out, o.unit, { force: o.force ?? false, inputs: o.from ?? [] });
      print(`已生成 ${o.out}（${templates.map((t) => t.id).join(", ")}，${year} 年度）\n`);
    });

  program.command("check").description("核对填报工作簿 / check a workbook").argument("<file.xlsx>")
    .option("--year <Y>", "按此年份核对（默认用工作簿中的报告年份）").option("--json", "输出 JSON").option("--all", "列出所有行").option("--lang <zh|en>", "语言", "zh")
    .option("--rules <rules.json>", "规则文件：同比变动阈值（evaluation-rules §8）").option("--previous <last-year.xlsx>", "上年报送的填报，核对历年数值是否改动").option("--city <city.xlsx>", "全市填报，核对县区数值是否高于全市")
    .action(async (file: string, o: { year?: string; json?: boolean; all?: boolean; lang: string; rules?: string; previous?: string; city?: string }) => {
      const year = o.year === undefined ? undefined : parseYear(o.year);
      const loaded = await loadWorkbookFile(file);
      if (!loaded.ok) { printErr(loaded.message + "\n"); setExit(EXIT.unreadable); return; }
      const ctx = await loadCheckContext(o);
      if (!ctx.ok) { printErr(ctx.message + "\n"); setExit(EXIT.usage); return; }
      const r = checkWithContext(loaded.grid, year, ctx.context);
      if (!r.ok) { printErr(`${file}：${r.message}\n`); setExit(EXIT.unreadable); return; }
      // a locked return edited since it was accepted (issue 18.5)
      (await import("../cycle/applyLock")).applyLock(loaded.grid, r.report, (await import("./sha256Text")).sha256Text);
      const meta = year === undefined ? null : readMeta(loaded.grid);
      // refused when the year fits no plan of the workbook (a mixed workbook may span two periods)
      const outsideAll = meta && "templates" in meta ? periodProblems(meta.templates, year ?? 0).filter((p) => p.code === "year_outside_plan") : [];
      const outside = meta && "templates" in meta && outsideAll.length === meta.templates.length ? outsideAll[0] : undefined;
      if (outside) throw new UsageError(`--year ${year}：${describePeriodProblem(outside, "zh")}`);
      if (o.json) print(terminalJson(toJsonReport(r.report)) + "\n");
      else print(formatReport(file, r.report, o.lang === "en" ? "en" : "zh", o.all ?? false) + "\n");
    });

  program.command("summary").description("汇总一份或多份填报 / summary over one or more returns").argument("<files...>")
    .option("--year <Y>", "按此年份核对").requiredOption("--out <summary.xlsx>", "输出文件").option("--json", "输出 JSON").option("--force", "覆盖已存在的文件").option("--lang <zh|en>", "语言", "zh")
    .option("--ledger <报送台账.xlsx>", "按 distribute 写出的报送台账列出各单位的报送状态").option("--units <a,b,…>", "应报单位（无台账时）").option("--deadline <YYYY-MM-DD>", "报送截止日期（与 --units 同用）").option("--as-of <YYYY-MM-DD>", "催报按此日期计算（默认今天）")
    .option("--rules <rules.json>", "规则文件：同比变动阈值（evaluation-rules §8）").option("--previous <last-year.xlsx...>", "上年报送的填报（按填报单位对应）").option("--city <city.xlsx>", "全市填报，核对县区数值是否高于全市")
    .action(async (files: string[], o: { year?: string; out: string; json?: boolean; force?: boolean; lang: string; ledger?: string; units?: string; deadline?: string; asOf?: string; rules?: string; previous?: string[]; city?: string }) => {
      const year = o.year === undefined ? undefined : parseYear(o.year);
      refuseExisting(o.out, o.force);
      // the reporting cycle (issue 18): expected units, their deadlines, the 催报 date
      const cyc = await (await import("./runSummaryCycle")).cycleOptions(o);
      if (!cyc.ok) throw new UsageError(cyc.message);
      // checks beyond one value (evaluation-rules §8): the rules, last year's returns, the city's
      const ctx = await loadCheckContext(o);
      if (!ctx.ok) { printErr(ctx.message + "\n"); setExit(EXIT.usage); return; }
      const { runSummary } = await import("./runSummary");
      const r = await runSummary(files, { year, out: o.out, json: o.json ?? false, force: o.force ?? false, lang: o.lang === "en" ? "en" : "zh", link: fileLink, cycle: cyc.options, context: ctx.context, alsoRead: [...(o.ledger ? [o.ledger] : []), ...(o.previous ?? []), ...(o.city ? [o.city] : []), ...(o.rules ? [o.rules] : [])] });
      if (!r.ok) { printErr(r.message + "\n"); setExit(r.exit === "unreadable" ? EXIT.unreadable : EXIT.usage); return; }
      print(r.text);
    });

  program.command("report").description("评估报告 / the evaluation report (evaluation-rules §6)").argument("<files...>")
    .option("--year <Y>", "按此年份评估").option("--out <评估报告.docx|评估.xlsx>", "输出文件：.docx 为评估报告，.xlsx 为评估表（多份时含县区对比）")
    .option("--json", "输出 JSON").option("--force", "覆盖已存在的文件")
    .action(async (files: string[], o: { year?: string; out?: string; json?: boolean; force?: boolean }) => {
      const year = o.year === undefined ? undefined : parseYear(o.year);
      if (o.out === undefined && !o.json) throw new UsageError("请用 --out 指定输出文件（.docx 或 .xlsx），或用 --json 输出");
      const problem = o.out === undefined ? null : outputProblem(o.out, files, o.force ?? false);
      if (problem) throw new UsageError(problem);
      const r = await evaluateFiles(files, year);
      if (!r.ok) { printErr(r.message + "\n"); setExit(r.unreadable ? EXIT.unreadable : EXIT.usage); return; }
      if (o.out !== undefined) await writeReport(r.report, o.out);
      if (o.json) print(JSON.stringify(reportJson(r.report)) + "\n");
      else print(`已生成评估报告 ${o.out}（${r.report.returns.length} 份，${r.report.year} 年度）\n${r.report.text}\n`);
    });

  program.command("review").description("生成或更新审核表 / add or refresh the 审核 sheet").argument("<file.xlsx>")
    .option("--year <Y>", "按此年份核对").option("--out <file.xlsx>", "输出到另一文件（默认更新原文件）").option("--force", "覆盖已存在的 --out 文件").option("--lang <zh|en>", "语言", "zh")
    .option("--rules <rules.json>", "规则文件：同比变动阈值（evaluation-rules §8）").option("--previous <last-year.xlsx>", "上年报送的填报").option("--city <city.xlsx>", "全市填报")
    .option("--replaces <old.xlsx>", "本文件是重新报送的新一版，old.xlsx 为上一版：改动的数值标为待复核并写明原值 → 新值")
    .action(async (file: string, o: { year?: string; out?: string; force?: boolean; rules?: string; previous?: string; city?: string; replaces?: string }) => {
      const year = o.year === undefined ? undefined : parseYear(o.year);
      const ctx = await loadCheckContext(o);
      if (!ctx.ok) { printErr(ctx.message + "\n"); setExit(EXIT.usage); return; }
      const r = await reviewWorkbook(file, o.out ?? file, { year, force: o.force ?? false, context: ctx.context, replaces: o.replaces });
      if (!r.ok) { printErr(r.message + "\n"); setExit(r.unreadable ? EXIT.unreadable : EXIT.usage); return; }
      print(`已更新「${r.sheet}」表：${o.out ?? file}，${r.rows} 条待审核或已审核记录，其中 ${r.stale} 条因数值变化待复核\n`);
    });

  // the reporting cycle (issue 18): distribute, diff, lock
  program.command("distribute").description("下发：为每个填报单位生成一份填报工作簿，并写出报送台账 / one return per unit and the 报送台账")
    .argument("[ids...]", "模板 id").requiredOption("--year <Y>", "报告年份").requiredOption("--units <a,b,…>", "填报单位，以逗号分隔").option("--deadline <YYYY-MM-DD>", "报送截止日期")
    .requiredOption("--out-dir <dir>", "输出文件夹").option("--from <template.json...>", "使用模板文件").option("--force", "覆盖已存在的文件").option("--lang <zh|en>", "语言", "zh")
    .action(async (ids: string[], o: { year: string; units: string; deadline?: string; outDir: string; from?: string[]; force?: boolean; lang: string }) => {
      const year = parseYear(o.year);
      const { deadlineProblem, runDistribute, splitUnits } = await import("./runDistribute");
      if (o.deadline !== undefined && deadlineProblem(o.deadline)) throw new UsageError(deadlineProblem(o.deadline)!);
      const templates: Template[] = [];
      for (const id of ids) {
        const t = findTemplate(id);
        if (!t) throw new UsageError(`未知模板「${id}」。可用：${catalog().map((x) => x.id).join(", ")}`);
        templates.push(t);
      }
      for (const f of o.from ?? []) templates.push(loadTemplateFile(f));
      if (templates.length === 0) throw new UsageError("请指定至少一个模板 id 或 --from 模板文件");
      const outside = periodProblems(templates, year)[0];
      if (outside) throw new UsageError(`${describePeriodProblem(outside, "zh")}；未生成工作簿`);
      const r = await runDistribute(templates, { year, units: splitUnits(o.units), deadline: o.deadline, outDir: o.outDir, force: o.force ?? false, inputs: o.from ?? [] });
      if (!r.ok) throw new UsageError(r.message);
      const en = o.lang === "en";
      print(`${(await import("./cycleMessages")).cycleMessage("distributed", { n: r.files.length, year, deadline: o.deadline ?? "" }, en ? "en" : "zh")}${en ? ":" : "："}\n${r.files.map((f) => "  " + f).join("\n")}\n${en ? "ledger (报送台账): " : "报送台账："}${r.ledger}\n`);
    });

  program.command("diff").description("比较同一填报的两个版本 / every value changed between two versions of a return").argument("<old.xlsx>").argument("<new.xlsx>")
    .option("--json", "输出 JSON").option("--lang <zh|en>", "语言", "zh")
    .action(async (oldFile: string, newFile: string, o: { json?: boolean; lang: string }) => {
      const r = await (await import("./runDiff")).runDiff(oldFile, newFile, o.lang === "en" ? "en" : "zh");
      if (!r.ok) { printErr(r.message + "\n"); setExit(EXIT.unreadable); return; }
      print((o.json ? terminalJson(r.json) : r.text) + "\n");
    });

  program.command("lock").description("审核通过并锁定 / accept a return and lock it").argument("<file.xlsx>")
    .option("--reviewer <name>", "审核人").option("--year <Y>", "按此年份核对").option("--out <file.xlsx>", "输出到另一文件（默认更新原文件）").option("--force", "覆盖已存在的 --out 文件").option("--lang <zh|en>", "语言", "zh")
    .action(async (file: string, o: { reviewer?: string; year?: string; out?: string; force?: boolean; lang: string }) => {
      const year = o.year === undefined ? undefined : parseYear(o.year);
      const r = await (await import("./runLock")).runLock(file, { year, reviewer: o.reviewer ?? "", ...(o.out ? { out: o.out } : {}), force: o.force ?? false, lang: o.lang === "en" ? "en" : "zh" });
      if (!r.ok) { printErr(r.message + "\n"); setExit(r.unreadable ? EXIT.unreadable : EXIT.usage); return; }
      print((await import("./cycleMessages")).cycleMessage(r.relocked ? "relocked" : "locked", { file: o.out ?? file, n: r.values, sheets: r.sheets.length }, o.lang === "en" ? "en" : "zh") + "\n");
    });

  program.command("import").description("从规划的指标表导入模板 / make a template from a plan's indicator table (text, .xlsx sheet, .docx table)")
    .argument("<table.txt|table.xlsx|plan.docx>")
    .requiredOption("--out <template.json>", "输出模板文件").option("--id <id>", "模板 id").option("--title <title>", "标题")
    .option("--region <region>", "地区").option("--document <name>", "来源文件名").option("--force", "覆盖已存在的文件")
    .option("--lang <zh|en>", "列表语言", "zh").option("--sheet <name>", ".xlsx 中的工作表（默认：第一张有指标表头的表）").option("--table <n>", ".docx 中的第几张表格（从 1 起；默认：第一张有指标表头的表格）")
    .action(async (file: string, o: { out: string; id?: string; title?: string; region?: string; document?: string; force?: boolean; sheet?: string; table?: string; lang?: string }) => {
      let table: number | undefined;
      if (o.table !== undefined) {
        table = Number(o.table);
        if (!Number.isInteger(table) || table < 1) throw new UsageError(`--table 应为从 1 起的表格序号，实际为「${o.table}」`);
      }
      refuseExisting(o.out, o.force);
      const read = await readTableFile(file, { sheet: o.sheet, table });
      if (!read.ok) { printErr(read.message + "\n"); setExit(EXIT.unreadable); return; }
      const opts: ImportOptions = { document: o.document ?? basename(file) };
      if (o.id !== undefined) opts.id = o.id;
      if (o.title !== undefined) opts.title = o.title;
      if (o.region !== undefined) opts.region = o.region;
      const r = importTable(read.text, opts);
      if (!r.ok) { printErr(`${read.from}：${r.message}\n`); setExit(EXIT.unreadable); return; }
      await writeFileSafely(o.out, Buffer.from(JSON.stringify(r.template, null, 2) + "\n"), { force: o.force ?? false, inputs: [file], makeFolder: true });
      print(`已生成模板 ${o.out}（${r.template.id}）：${r.template.indicators.length} 个指标，来自 ${read.from}\n${formatUnread(r, o.lang === "en" ? "en" : "zh")}\n`);
      // rows of the table left out: the template is written, but the run is not a clean one
      if (r.stats.rowsNotLoaded > 0) setExit(EXIT.partial);
    });

  program.command("demo").description("生成示例工作簿并核对 / write sample workbooks and check them")
    .option("--out <dir>", "输出目录", "out/demo")
    .action(async (o: { out: string }) => {
      const years: Record<string, number> = {
        "zhoushan-2016-2020": 2020, "zhoushan-2021-2025": 2023, "quzhou-2021-2025": 2023, "shengsi-2023-2027": 2024,
        "shengsi-2024-projects": 2024, "shengsi-2024-reforms": 2024, "quzhou-2021-2025-housing-projects": 2023,
      };
      const written: string[] = [];
      for (const t of catalog()) {
        const y = years[t.id] ?? t.targetYear;
        const blank = await writeDemoFile(join(o.out, `${t.id}-blank.xlsx`), await templateWorkbookBytes([t], y, ""), print);
        written.push(blank);
        const filled = await writeDemoFile(join(o.out, `${t.id}-sample-${y}.xlsx`), await templateWorkbookBytes([t], y, `${t.region}（示例）`, true), print);
        written.push(filled);
        const loaded = await loadWorkbookFile(filled);
        if (!loaded.ok) throw new Error(loaded.message);
        const r = checkGrid(loaded.grid);
        if (!r.ok) throw new Error(r.message);
        print(formatReport(filled, r.report) + "\n\n");
        if (t.kind !== "reforms") {
          // a sample 评估报告 (evaluation-rules §6) from the sample return
          const ev = await evaluateFiles([filled], undefined);
          if (!ev.ok) throw new Error(ev.message);
          const report = join(o.out, `${t.id}-sample-${y}-评估报告.docx`);
          await writeReport(ev.report, report);
          written.push(report);
        }
      }
      print(`已写出 ${written.length} 个文件，位于 ${resolve(o.out)}：\n${written.map((f) => "  " + f).join("\n")}\n`);
      print("空白模板（*-blank.xlsx）供填报；示例（*-sample-*.xlsx）展示各种状态；*-评估报告.docx 为示例评估报告（plan-returns report）。可用 Excel、WPS 或 LibreOffice 打开。\n");
    });
  return program;
}

// template schema errors name what was expected (zod/mini ships without messages)
zod.config(zodEnglish());

/** The language asked for with --lang (any command), for messages printed outside a command. */
function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const v = i < 0 ? "" : argv[i]!.includes("=") ? argv[i]!.slice(7) : argv[i + 1] ?? "";
  return v === "en" ? "en" : "zh";
}

/**
 * Runs the CLI. Everything a person can cause ends in one line: usage errors and refusals to
 * overwrite exit 1, file problems (permissions, missing folder, full disk, a file changed
 * meanwhile, bad template years) exit 2. Anything else is an internal error (exit 3), one line
 * too; its stack is printed only with --debug. Cell text never reaches the terminal with its
 * control characters.
 */
export async function run(argv: string[], rawPrint = (s: string) => void process.stdout.write(s), rawPrintErr = (s: string) => void process.stderr.write(s)): Promise<number> {
  const debug = argv.includes("--debug");
  const args = argv.filter((a) => a !== "--debug");
  const lang = langOf(args);
  const print = (s: string): void => rawPrint(terminalText(s));
  const printErr = (s: string): void => rawPrintErr(terminalText(s));
  let code: number = EXIT.ok;
  const program = buildProgram(print, printErr, (c) => { code = c; }, lang);
  try {
    await program.parseAsync(args, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (e instanceof UsageError) { printErr(`${lang === "en" ? "Error: " : "错误："}${e.message}\n`); return EXIT.usage; }
    const file = (e as { path?: unknown }).path;
    const problem = fileProblemOf(e, typeof file === "string" ? file : "");
    if (problem) {
      printErr(`${lang === "en" ? "Error: " : "错误："}${fileMessage(problem.data, lang)}\n`);
      if (debug && problem !== e) printErr(`${e instanceof Error ? e.stack ?? "" : String(e)}\n`);
      return problem.data.code === "exists" || problem.data.code === "is_input" ? EXIT.usage : EXIT.unreadable;
    }
    const msg = (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";
    printErr(lang === "en" ? `Internal error: ${msg} (run again with --debug for details)\n` : `内部错误：${msg}（加 --debug 可查看详情）\n`);
    if (debug) printErr(`${e instanceof Error ? e.stack ?? "" : String(e)}\n`);
    return EXIT.internal;
  }
  return code;
}

if (require.main === module) {
  void run(process.argv.slice(2)).then((c) => { process.exitCode = c; });
}
