#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import * as zod from "zod/mini";
import { en as zodEnglish } from "zod/locales";
import { dirname, relative, resolve, sep } from "node:path";
import { quoteSheet } from "../sheet/a1";
import type { GridWorkbook } from "../sheet/Grid";
import type { ReturnInput } from "../sheet/summarize";
import { fileProblemOf } from "./FileProblem";
import { fileMessage, type Lang } from "./fileMessages";
import { terminalJson, terminalText } from "./terminalText";
import { usageMessage } from "./usageMessage";
import type { CommandIO } from "./CommandIO";
import { EXIT } from "./EXIT";
import { UsageError } from "./UsageError";
import { parseYear } from "./parseYear";
import { refuseExisting } from "./refuseExisting";

/*
 * This file only registers the commands: each command's work lives in src/cli/runX.ts, loaded
 * with `await import()` when that command runs, so `check` never loads ExcelJS, docx or
 * mammoth (test/cli/lazyLoading.test.ts) and a run starts in the time of what it uses.
 */

export { EXIT } from "./EXIT";

/** A link to a cell of another file, relative and percent-encoded so a `#`, `%` or `name:` in a file name cannot change its target. */
export function fileLink(base: string, file: string, sheet: string, cell: string): string {
  const rel = relative(base, resolve(file)).split(sep).map((p) => (p === ".." ? p : encodeURIComponent(p))).join("/");
  return `${rel.startsWith("..") ? "" : "./"}${rel}#${quoteSheet(sheet)}!${cell}`;
}

export function buildProgram(print: (s: string) => void, printErr: (s: string) => void, setExit: (c: number) => void, lang: Lang = "zh",
  progress: CommandIO["progress"] = { write: () => undefined, tty: false }): Command {
  const io: CommandIO = { print, printErr, setExit, lang, progress };
  const program = new Command();
  program.name("plan-returns").description("规划指标填报助手：生成与核对规划指标填报工作簿 / plan indicator returns")
    .exitOverride().configureOutput({ writeOut: print, writeErr: printErr, outputError: (text, write) => write(usageMessage(text, lang)) });

  program.command("templates").description("列出模板 / list the templates").option("--json", "JSON 输出")
    .action(async (o: { json?: boolean }) => (await import("./runTemplates")).runTemplates(o, io));

  program.command("template").description("生成填报工作簿 / write a workbook for templates")
    .argument("[ids...]", "模板 id").requiredOption("--year <Y>", "报告年份").requiredOption("--out <file.xlsx>", "输出文件")
    .option("--from <template.json...>", "使用模板文件").option("--unit <name>", "填报单位", "").option("--force", "覆盖已存在的文件").option("--lang <zh|en>", "语言", "zh")
    .action(async (ids: string[], o: import("./runTemplate").TemplateCommandOptions) => (await import("./runTemplate")).runTemplate(ids, o, io));

  program.command("check").description("核对填报工作簿（可多个文件或文件夹）/ check workbooks (files or folders)").argument("<file.xlsx|folder...>")
    .option("--year <Y>", "按此年份核对（默认用工作簿中的报告年份）").option("--json", "输出 JSON（多个文件时每行一个 JSON）").option("--all", "列出所有行")
    .option("--progress", "在 stderr 显示进度（stderr 为终端时默认显示）").option("--lang <zh|en>", "语言", "zh")
    .action(async (paths: string[], o: import("./runCheck").CheckCommandOptions) => (await import("./runCheck")).runCheck(paths, o, io));

  program.command("summary").description("汇总一份或多份填报 / summary over one or more returns").argument("<files...>")
    .option("--year <Y>", "按此年份核对").requiredOption("--out <summary.xlsx>", "输出文件").option("--json", "输出 JSON").option("--force", "覆盖已存在的文件").option("--lang <zh|en>", "语言", "zh")
    .action(async (files: string[], o: { year?: string; out: string; json?: boolean; force?: boolean; lang: string }) => {
      const year = o.year === undefined ? undefined : parseYear(o.year);
      refuseExisting(o.out, o.force);
      // loaded here, when summary runs (lazy loading; the summary helper moves this into runSummary.ts)
      const [{ loadWorkbookFile }, { checkGrid }, { findDuplicateReturn }, { summarize }, { summaryWorkbookPlan }, { planToXlsx }, { writeFileSafely }, { summaryJson }, { STATUS_CODES, STATUS_LABELS }] = await Promise.all([
        import("./loadWorkbookFile"), import("../sheet/checkGrid"), import("../sheet/findDuplicateReturn"), import("../sheet/summarize"),
        import("../sheet/summarySheets"), import("../hosts/xlsx/writeXlsx"), import("./writeFileSafely"), import("./summaryJson"), import("../domain/Status"),
      ]);
      const inputs: Array<ReturnInput & { grid: GridWorkbook }> = [];
      for (const file of files) {
        const loaded = await loadWorkbookFile(file);
        if (!loaded.ok) { printErr(loaded.message + "\n"); setExit(EXIT.unreadable); return; }
        const r = checkGrid(loaded.grid, year);
        if (!r.ok) { printErr(`${file}：${r.message}\n`); setExit(EXIT.unreadable); return; }
        inputs.push({ file, report: r.report, grid: loaded.grid });
      }
      // the same return twice (a copy under another name, its 填报单位 changed or blank) would be counted twice
      const dup = findDuplicateReturn(inputs);
      if (dup) { printErr(fileMessage({ code: "duplicate_return", file: dup[0], other: dup[1] }, o.lang === "en" ? "en" : "zh") + "\n"); setExit(EXIT.usage); return; }
      const s = summarize(inputs);
      if (!s.ok) { printErr(s.message + "\n"); setExit(EXIT.usage); return; }
      const base = dirname(resolve(o.out));
      const plan = summaryWorkbookPlan(s.figures, (file, sheet, cell) => fileLink(base, file, sheet, cell));
      await writeFileSafely(o.out, await planToXlsx(plan), { force: o.force ?? false, inputs: files, makeFolder: true });
      if (o.json) print(terminalJson(summaryJson(s.figures)) + "\n");
      else print(`已生成汇总 ${o.out}（${s.figures.units.length} 份，${s.figures.year} 年度）\n` + STATUS_CODES.map((c) => `${STATUS_LABELS[c]} ${s.figures.totals[c]}`).join("  ") + "\n");
    });

  program.command("report").description("评估报告 / the evaluation report (evaluation-rules §6)").argument("<files...>")
    .option("--year <Y>", "按此年份评估").option("--out <评估报告.docx|评估.xlsx>", "输出文件：.docx 为评估报告，.xlsx 为评估表（多份时含县区对比）")
    .option("--json", "输出 JSON").option("--force", "覆盖已存在的文件")
    .action(async (files: string[], o: { year?: string; out?: string; json?: boolean; force?: boolean }) => (await import("./runReport")).runReport(files, o, io));

  program.command("review").description("生成或更新审核表 / add or refresh the 审核 sheet").argument("<file.xlsx>")
    .option("--year <Y>", "按此年份核对").option("--out <file.xlsx>", "输出到另一文件（默认更新原文件）").option("--force", "覆盖已存在的 --out 文件").option("--lang <zh|en>", "语言", "zh")
    .action(async (file: string, o: { year?: string; out?: string; force?: boolean }) => (await import("./runReview")).runReview(file, o, io));

  program.command("import").description("从规划的指标表导入模板 / make a template from a plan's indicator table (text, .xlsx sheet, .docx table)")
    .argument("<table.txt|table.xlsx|plan.docx>")
    .requiredOption("--out <template.json>", "输出模板文件").option("--id <id>", "模板 id").option("--title <title>", "标题")
    .option("--region <region>", "地区").option("--document <name>", "来源文件名").option("--force", "覆盖已存在的文件")
    .option("--lang <zh|en>", "列表语言", "zh").option("--sheet <name>", ".xlsx 中的工作表（默认：第一张有指标表头的表）").option("--table <n>", ".docx 中的第几张表格（从 1 起；默认：第一张有指标表头的表格）")
    .action(async (file: string, o: import("./runImport").ImportCommandOptions) => (await import("./runImport")).runImport(file, o, io));

  program.command("demo").description("生成示例工作簿并核对 / write sample workbooks and check them")
    .option("--out <dir>", "输出目录", "out/demo")
    .action(async (o: { out: string }) => (await import("./runDemo")).runDemo(o, io));
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

const writeStderr = (s: string): void => void process.stderr.write(s);

/**
 * Runs the CLI. Everything a person can cause ends in one line: usage errors and refusals to
 * overwrite exit 1, file problems (permissions, missing folder, full disk, a file changed
 * meanwhile, bad template years) exit 2. Anything else is an internal error (exit 3), one line
 * too; its stack is printed only with --debug. Cell text never reaches the terminal with its
 * control characters.
 */
export async function run(argv: string[], rawPrint = (s: string) => void process.stdout.write(s), rawPrintErr: (s: string) => void = writeStderr): Promise<number> {
  const debug = argv.includes("--debug");
  const args = argv.filter((a) => a !== "--debug");
  const lang = langOf(args);
  const print = (s: string): void => rawPrint(terminalText(s));
  const printErr = (s: string): void => rawPrintErr(terminalText(s));
  let code: number = EXIT.ok;
  // progress is drawn with control characters, on the real stderr only when it is a terminal
  const progress = { write: rawPrintErr, tty: rawPrintErr === writeStderr && process.stderr.isTTY === true };
  const program = buildProgram(print, printErr, (c) => { code = c; }, lang, progress);
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
