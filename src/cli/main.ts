#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import * as zod from "zod/mini";
import { en as zodEnglish } from "zod/locales";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ExcelJS from "exceljs";
import { catalog, findTemplate } from "../templates/catalog";
import { formatTemplateProblems, parseTemplate } from "../templates/parseTemplate";
import type { Template } from "../templates/TemplateSchema";
import { buildWorkbookPlan } from "../sheet/buildWorkbookPlan";
import { checkGrid } from "../sheet/checkGrid";
import { planToWorkbook } from "../hosts/xlsx/writeXlsx";
import { fillInputs } from "../hosts/xlsx/fillInputs";
import { loadWorkbookFile } from "./loadWorkbookFile";
import { formatReport } from "./formatReport";
import { formatTable } from "./formatTable";
import { sampleReturn } from "./sampleReturn";
import { toJsonReport } from "./toJsonReport";
import { summaryJson } from "./summaryJson";
import { reviewWorkbook } from "./reviewWorkbook";
import { formatUnread, importTable, type ImportOptions } from "../import";
import { writeFile as writeFileAsync } from "node:fs/promises";
import { summarize, type ReturnInput } from "../sheet/summarize";
import { summaryWorkbookPlan } from "../sheet/summarySheets";
import { writeXlsx } from "../hosts/xlsx/writeXlsx";
import { quoteSheet } from "../sheet/a1";
import { STATUS_CODES, STATUS_LABELS } from "../domain/Status";
import { evaluateFiles, outputProblem, writeReport } from "./runReport";
import { reportJson } from "./reportJson";

/** Exit codes (architecture.md): 0 the command ran; 1 usage error; 2 unreadable or not a plan-returns workbook. */
export const EXIT = { ok: 0, usage: 1, unreadable: 2 } as const;

class UsageError extends Error {}

function parseYear(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 2000 || n > 2100) throw new UsageError(`--year 应为 2000–2100 之间的年份，实际为「${v}」`);
  return n;
}

function loadTemplateFile(file: string): Template {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new UsageError(`${file}：无法读取模板文件（${e instanceof Error ? e.message : String(e)}）`);
  }
  const r = parseTemplate(data, file);
  if (!r.ok) throw new UsageError(`模板不符合格式：\n${formatTemplateProblems(r)}`);
  return r.template;
}

async function writeTemplateWorkbook(templates: Template[], year: number, out: string, unit: string, fill = false): Promise<void> {
  const wb = planToWorkbook(buildWorkbookPlan(templates, { year, reportingUnit: unit }));
  if (fill) {
    const left = fillInputs(wb, templates.flatMap((t) => sampleReturn(t, year)));
    if (left.length) throw new Error(`sample values not placed: ${left.length}`); // programmer error
  }
  mkdirSync(dirname(resolve(out)), { recursive: true });
  await wb.xlsx.writeFile(out);
}

export function buildProgram(print: (s: string) => void, printErr: (s: string) => void, setExit: (c: number) => void): Command {
  const program = new Command();
  program.name("plan-returns").description("规划指标填报助手：生成与核对规划指标填报工作簿 / plan indicator returns")
    .exitOverride().configureOutput({ writeOut: print, writeErr: printErr });

  program.command("templates").description("列出模板 / list the templates").option("--json", "JSON 输出").action((o: { json?: boolean }) => {
    const ts = catalog();
    if (o.json) print(JSON.stringify(ts.map((t) => ({ id: t.id, title: t.title, kind: t.kind, baselineYear: t.baselineYear, targetYear: t.targetYear }))) + "\n");
    else print(formatTable(["模板 id", "标题", "类型", "期间"], ts.map((t) => [t.id, t.title, { indicators: "指标", projects: "项目", reforms: "改革" }[t.kind], `${t.baselineYear}–${t.targetYear}`]), [36, 40, 6, 12]) + "\n");
  });

  program.command("template").description("生成填报工作簿 / write a workbook for templates")
    .argument("[ids...]", "模板 id").requiredOption("--year <Y>", "报告年份").requiredOption("--out <file.xlsx>", "输出文件")
    .option("--from <template.json...>", "使用模板文件").option("--unit <name>", "填报单位", "").option("--force", "覆盖已存在的文件")
    .action(async (ids: string[], o: { year: string; out: string; from?: string[]; unit: string; force?: boolean }) => {
      const year = parseYear(o.year);
      const templates: Template[] = [];
      for (const id of ids) {
        const t = findTemplate(id);
        if (!t) throw new UsageError(`未知模板「${id}」。可用：${catalog().map((x) => x.id).join(", ")}`);
        templates.push(t);
      }
      for (const f of o.from ?? []) templates.push(loadTemplateFile(f));
      if (templates.length === 0) throw new UsageError("请指定至少一个模板 id 或 --from 模板文件");
      if (existsSync(o.out) && !o.force) throw new UsageError(`${o.out} 已存在；不会覆盖已有文件（如确需覆盖请加 --force）`);
      await writeTemplateWorkbook(templates, year, o.out, o.unit);
      print(`已生成 ${o.out}（${templates.map((t) => t.id).join(", ")}，${year} 年度）\n`);
    });

  program.command("check").description("核对填报工作簿 / check a workbook").argument("<file.xlsx>")
    .option("--year <Y>", "按此年份核对（默认用工作簿中的报告年份）").option("--json", "输出 JSON").option("--all", "列出所有行").option("--lang <zh|en>", "语言", "zh")
    .action(async (file: string, o: { year?: string; json?: boolean; all?: boolean; lang: string }) => {
      const year = o.year === undefined ? undefined : parseYear(o.year);
      const loaded = await loadWorkbookFile(file);
      if (!loaded.ok) { printErr(loaded.message + "\n"); setExit(EXIT.unreadable); return; }
      const r = checkGrid(loaded.grid, year);
      if (!r.ok) { printErr(`${file}：${r.message}\n`); setExit(EXIT.unreadable); return; }
      if (o.json) print(JSON.stringify(toJsonReport(r.report)) + "\n");
      else print(formatReport(file, r.report, o.lang === "en" ? "en" : "zh", o.all ?? false) + "\n");
    });

  program.command("summary").description("汇总一份或多份填报 / summary over one or more returns").argument("<files...>")
    .option("--year <Y>", "按此年份核对").requiredOption("--out <summary.xlsx>", "输出文件").option("--json", "输出 JSON").option("--force", "覆盖已存在的文件")
    .action(async (files: string[], o: { year?: string; out: string; json?: boolean; force?: boolean }) => {
      const year = o.year === undefined ? undefined : parseYear(o.year);
      if (existsSync(o.out) && !o.force) throw new UsageError(`${o.out} 已存在；不会覆盖已有文件（如确需覆盖请加 --force）`);
      const inputs: ReturnInput[] = [];
      for (const file of files) {
        const loaded = await loadWorkbookFile(file);
        if (!loaded.ok) { printErr(loaded.message + "\n"); setExit(EXIT.unreadable); return; }
        const r = checkGrid(loaded.grid, year);
        if (!r.ok) { printErr(`${file}：${r.message}\n`); setExit(EXIT.unreadable); return; }
        inputs.push({ file, report: r.report });
      }
      const s = summarize(inputs);
      if (!s.ok) { printErr(s.message + "\n"); setExit(EXIT.usage); return; }
      const base = dirname(resolve(o.out));
      const plan = summaryWorkbookPlan(s.figures, (file, sheet, cell) => `${relative(base, resolve(file)).split(sep).join("/")}#${quoteSheet(sheet)}!${cell}`);
      mkdirSync(base, { recursive: true });
      await writeXlsx(plan, o.out);
      if (o.json) print(JSON.stringify(summaryJson(s.figures)) + "\n");
      else print(`已生成汇总 ${o.out}（${s.figures.units.length} 份，${s.figures.year} 年度）\n` + STATUS_CODES.map((c) => `${STATUS_LABELS[c]} ${s.figures.totals[c]}`).join("  ") + "\n");
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
    .option("--year <Y>", "按此年份核对").option("--out <file.xlsx>", "输出到另一文件（默认更新原文件）")
    .action(async (file: string, o: { year?: string; out?: string }) => {
      const year = o.year === undefined ? undefined : parseYear(o.year);
      const loaded = await loadWorkbookFile(file);
      if (!loaded.ok) { printErr(loaded.message + "\n"); setExit(EXIT.unreadable); return; }
      const r = await reviewWorkbook(file, o.out ?? file, year);
      if (!r.ok) { printErr(r.message + "\n"); setExit(r.unreadable ? EXIT.unreadable : EXIT.usage); return; }
      print(`已更新「审核」表：${o.out ?? file}，${r.rows} 条待审核或已审核记录，其中 ${r.stale} 条因数值变化待复核\n`);
    });

  program.command("import").description("从规划文本导入模板 / make a template from a plan table pasted as text").argument("<table.txt>")
    .requiredOption("--out <template.json>", "输出模板文件").option("--id <id>", "模板 id").option("--title <title>", "标题")
    .option("--region <region>", "地区").option("--document <name>", "来源文件名").option("--force", "覆盖已存在的文件")
    .action(async (file: string, o: { out: string; id?: string; title?: string; region?: string; document?: string; force?: boolean }) => {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch {
        printErr(`${file}：文件不存在或无法读取\n`); setExit(EXIT.unreadable); return;
      }
      if (existsSync(o.out) && !o.force) throw new UsageError(`${o.out} 已存在；不会覆盖已有文件（如确需覆盖请加 --force）`);
      const opts: ImportOptions = {};
      if (o.id !== undefined) opts.id = o.id;
      if (o.title !== undefined) opts.title = o.title;
      if (o.region !== undefined) opts.region = o.region;
      if (o.document !== undefined) opts.document = o.document;
      const r = importTable(text, opts);
      if (!r.ok) { printErr(`${file}：${r.message}\n`); setExit(EXIT.unreadable); return; }
      mkdirSync(dirname(resolve(o.out)), { recursive: true });
      await writeFileAsync(o.out, JSON.stringify(r.template, null, 2) + "\n");
      print(`已生成模板 ${o.out}：${r.template.indicators.length} 个指标\n${formatUnread(r)}\n`);
    });

  program.command("demo").description("生成示例工作簿并核对 / write sample workbooks and check them")
    .option("--out <dir>", "输出目录", "out/demo")
    .action(async (o: { out: string }) => {
      const years: Record<string, number> = {
        "zhoushan-2016-2020": 2020, "zhoushan-2021-2025": 2023, "quzhou-2021-2025": 2023, "shengsi-2023-2027": 2024,
        "shengsi-2024-projects": 2024, "shengsi-2024-reforms": 2024, "quzhou-2021-2025-housing-projects": 2023,
      };
      mkdirSync(o.out, { recursive: true });
      const written: string[] = [];
      for (const t of catalog()) {
        const y = years[t.id] ?? t.targetYear;
        const blank = join(o.out, `${t.id}-blank.xlsx`);
        await writeTemplateWorkbook([t], y, blank, "");
        written.push(blank);
        const filled = join(o.out, `${t.id}-sample-${y}.xlsx`);
        await writeTemplateWorkbook([t], y, filled, `${t.region}（示例）`, true);
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

export async function run(argv: string[], print = (s: string) => void process.stdout.write(s), printErr = (s: string) => void process.stderr.write(s)): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(print, printErr, (c) => { code = c; });
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (e instanceof UsageError) { printErr(`错误：${e.message}\n`); return EXIT.usage; }
    throw e;
  }
  return code;
}

if (require.main === module) {
  void ExcelJS;
  run(process.argv.slice(2)).then((c) => { process.exitCode = c; }, (e: unknown) => {
    process.stderr.write(`内部错误：${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 3;
  });
}
