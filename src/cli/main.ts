#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import { version } from "../../package.json";
import { relative, resolve, sep } from "node:path";
import { inflateSync } from "node:zlib";
import { useMetaInflate } from "../sheet/metaInflate";
import { ZIP_LIMITS } from "../hosts/xlsx/ZIP_LIMITS";
import { quoteSheet } from "../sheet/a1";
import { fileProblemOf } from "./FileProblem";
import { fileMessage, type Lang } from "./fileMessages";
import { terminalJson, terminalText } from "./terminalText";
import { usageMessage } from "./usageMessage";
import type { CommandIO } from "./CommandIO";
import { EXIT } from "./EXIT";
import { isoDateOption } from "./isoDateOption";
import { UsageError } from "./UsageError";
import { langOption } from "./langOption";
import { chosenLang } from "./chosenLang";
import { bilingual, commandOption } from "./commandOption";
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

/** An option that may be given more than once (--ledger 衢州市/报送台账.xlsx --ledger 舟山市/报送台账.xlsx): every value kept, in order (commander keeps only the last otherwise). */
function repeated(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function buildProgram(print: (s: string) => void, printErr: (s: string) => void, setExit: (c: number) => void, lang: Lang = "zh",
  progress: CommandIO["progress"] = { write: () => undefined, tty: false }, columns?: number): Command {
  const io: CommandIO = { print, printErr, setExit, lang, progress, columns };
  const program = new Command();
  program.name("plan-returns").description("规划指标填报助手：生成与核对规划指标填报工作簿 / plan indicator returns")
    .exitOverride().configureOutput({ writeOut: print, writeErr: printErr, outputError: (text, write) => write(usageMessage(text, lang)) })
    .version(version, "-V, --version", bilingual("显示版本号", "display the version number"))
    .helpOption("-h, --help", bilingual("显示帮助", "display help")).helpCommand("help [command]", bilingual("显示命令的帮助", "display help for a command"))
    // --lang before the command name (`plan-returns --lang en check …`) is the program's; after it, the command's, which wins
    .enablePositionalOptions().addOption(langOption());
  program.hook("preAction", (_, command) => {
    if (command.getOptionValueSource("lang") !== "cli") command.setOptionValueWithSource("lang", program.getOptionValueSource("lang") === "cli" ? program.opts()["lang"] : lang, "cli");
  });

  program.command("templates").description("列出模板 / list the templates").addOption(commandOption("json")).addOption(langOption())
    .action(async (o: { json?: boolean }) => (await import("./runTemplates")).runTemplates(o, io));

  program.command("template").description("生成填报工作簿 / write a workbook for templates")
    .argument("[ids...]", "模板 id 或模板文件（import 生成的 .json）/ template ids or files").addOption(commandOption("reportingYear").makeOptionMandatory()).addOption(commandOption("outWorkbook").makeOptionMandatory())
    .addOption(commandOption("from")).addOption(commandOption("unit").default("")).addOption(commandOption("force")).addOption(langOption())
    .addOption(commandOption("rulesBands"))
    .action(async (ids: string[], o: import("./runTemplate").TemplateCommandOptions) => (await import("./runTemplate")).runTemplate(ids, o, io));

  program.command("check").description("核对填报工作簿（可多个文件或文件夹）/ check workbooks (files or folders)").argument("<file.xlsx|folder...>")
    .addOption(commandOption("checkYear")).addOption(commandOption("jsonLines")).addOption(commandOption("all"))
    .addOption(commandOption("progress")).addOption(langOption())
    .addOption(commandOption("rules")).addOption(commandOption("previous")).addOption(commandOption("city"))
    .action(async (paths: string[], o: import("./runCheck").CheckCommandOptions) => (await import("./runCheck")).runCheck(paths, o, io));

  program.command("summary").description("汇总一份或多份填报（可多个文件或文件夹）/ summary over returns (files or folders)").argument("<file.xlsx|folder...>")
    .addOption(commandOption("year")).addOption(commandOption("outSummary")).addOption(commandOption("json")).addOption(commandOption("force")).addOption(langOption())
    .addOption(commandOption("ledgerStates").argParser(repeated)).addOption(commandOption("unitsExpected")).addOption(commandOption("deadlineUnits").argParser(isoDateOption)).addOption(commandOption("asOf").argParser(isoDateOption))
    .addOption(commandOption("rules")).addOption(commandOption("previousMany")).addOption(commandOption("city"))
    .action(async (files: string[], o: { year?: string; out?: string; json?: boolean; force?: boolean; lang: string; ledger?: string[]; units?: string; deadline?: string; asOf?: string; rules?: string; previous?: string[]; city?: string }) => {
      const year = o.year === undefined ? undefined : parseYear(o.year, o.lang === "en" ? "en" : "zh");
      // without --out nothing is written: --json prints the figures (as `report --json` does), else the terminal lines
      const alsoRead = [...(o.ledger ?? []), ...(o.previous ?? []), ...(o.city ? [o.city] : []), ...(o.rules ? [o.rules] : [])];
      // never over a file read (a county's return in the folder summed, the ledger), --force or not; last run's summary there may be replaced
      if (o.out !== undefined) await refuseExisting(o.out, o.force, await (await import("./readInputs")).readInputs(files, alsoRead, { out: o.out, kind: "summary" }), { kind: "summary" });
      // the reporting cycle (issue 18): expected units, their deadlines, the 催报 date
      const cyc = await (await import("./runSummaryCycle")).cycleOptions(o, io.lang, { year });
      // a --ledger that cannot be read is a file problem (exit 2), said as a --previous or --city file is (trial40)
      if (!cyc.ok && cyc.unreadable) { printErr(cyc.message + "\n"); setExit(EXIT.unreadable); return; }
      if (!cyc.ok) throw new UsageError(cyc.message);
      // checks beyond one value (evaluation-rules §8): the rules, last year's returns, the city's
      const ctx = await (await import("./checkInContext")).loadCheckContext(o);
      if (!ctx.ok) { printErr(ctx.message + "\n"); setExit(EXIT[ctx.exit]); return; }
      const { runSummary } = await import("./runSummary");
      const r = await runSummary(files, { year, ...(o.out !== undefined ? { out: o.out } : {}), json: o.json ?? false, force: o.force ?? false, lang: o.lang === "en" ? "en" : "zh", link: fileLink, cycle: cyc.options, ledgerYear: cyc.ledgerYear, context: ctx.context, alsoRead });
      // a file named that cannot be used: with --json, stdout tells it too, one object a file, as check --json does
      if (!r.ok) { printErr(r.message + "\n"); if (o.json) for (const e of r.errors ?? []) print(terminalJson(e) + "\n"); setExit(r.exit === "unreadable" ? EXIT.unreadable : EXIT.usage); return; }
      print(r.text);
      // the --out replaced was kept: said in one line (on stderr with --json, which keeps stdout one JSON)
      if (r.kept !== null) (o.json ? printErr : print)(`${r.kept}\n`);
    });

  program.command("report").description("评估报告 / the evaluation report (evaluation-rules §6)").argument("<file.xlsx|folder...>")
    .addOption(commandOption("reportYear")).addOption(commandOption("outReport"))
    .addOption(commandOption("json")).addOption(commandOption("force")).addOption(langOption())
    .addOption(commandOption("ledgerOrder").argParser(repeated)).addOption(commandOption("unitsOrder")).addOption(commandOption("asOf").argParser(isoDateOption))
    .action(async (files: string[], o: { year?: string; out?: string; json?: boolean; force?: boolean; units?: string; ledger?: string[]; asOf?: string }) => (await import("./runReport")).runReport(files, o, io));

  program.command("review").description("生成或更新审核表 / add or refresh the 审核 sheet").argument("<file.xlsx>")
    .addOption(commandOption("year")).addOption(commandOption("outOther")).addOption(commandOption("forceOut")).addOption(langOption())
    .addOption(commandOption("rules")).addOption(commandOption("previousPlain")).addOption(commandOption("cityPlain"))
    .addOption(commandOption("replaces"))
    .action(async (file: string, o: import("./runReview").ReviewCommandOptions) => (await import("./runReview")).runReview(file, o, io));

  program.command("distribute").description("下发：为每个填报单位生成一份填报工作簿，并写出报送台账 / one return per unit and the 报送台账")
    .argument("[ids...]", "模板 id 或模板文件（import 生成的 .json）/ template ids or files").addOption(commandOption("reportingYear").makeOptionMandatory()).addOption(commandOption("unitsDistributed").makeOptionMandatory()).addOption(commandOption("deadline").argParser(isoDateOption))
    .addOption(commandOption("outDir").makeOptionMandatory()).addOption(commandOption("from")).addOption(commandOption("force")).addOption(langOption())
    .action(async (ids: string[], o: { year: string; units: string; deadline?: string; outDir: string; from?: string[]; force?: boolean; lang: string }) => {
      const year = parseYear(o.year, o.lang === "en" ? "en" : "zh");
      const { deadlineProblem, runDistribute, splitUnits } = await import("./runDistribute");
      const bad = o.deadline === undefined ? null : deadlineProblem(o.deadline, io.lang);
      if (bad) throw new UsageError(bad);
      const templates = (await import("./loadTemplates")).loadTemplates(ids, o.from, io.lang);
      (await import("./refuseOutsidePlan")).refuseOutsidePlan(templates, year, o.lang === "en" ? "en" : "zh");
      const r = await runDistribute(templates, { year, units: splitUnits(o.units), deadline: o.deadline, outDir: o.outDir, force: o.force ?? false, inputs: [...ids, ...(o.from ?? [])], lang: io.lang });
      if (!r.ok) throw new UsageError(r.message);
      const en = o.lang === "en";
      const { cycleMessage } = await import("./cycleMessages");
      // no deadline (the covers' 报送截止日期 blank), or one within the year reported on (2024-01-31 for 2024): said, not refused
      // two templates of one title or the same rows (a built-in id and an edited copy of its plan by --from): each return holds both (trial42a F1)
      const alike = (await import("./alikeTemplateNotes")).alikeTemplateNotes(templates, r.files.length, en ? "en" : "zh");
      const notes = [...alike, ...(await import("./deadlineNotes")).deadlineNotes(o.deadline, year, r.files.length, en ? "en" : "zh").map((x) => x.message)].map((x) => `${x}\n`).join("");
      print(`${cycleMessage("distributed", { n: r.files.length, year, deadline: o.deadline ?? "" }, en ? "en" : "zh")}${en ? ":" : "："}\n${r.files.map((f) => "  " + f).join("\n")}\n${en ? "Ledger (报送台账): " : "报送台账："}${r.ledger}\n${r.kept.map((x) => `${x}\n`).join("")}${notes}`);
    });

  program.command("diff").description("比较同一填报的两个版本 / every value changed between two versions of a return").argument("<old.xlsx>").argument("<new.xlsx>")
    .addOption(commandOption("json")).addOption(langOption())
    .action(async (oldFile: string, newFile: string, o: { json?: boolean; lang: string }) => {
      const r = await (await import("./runDiff")).runDiff(oldFile, newFile, o.lang === "en" ? "en" : "zh");
      // a file that cannot be used: with --json, stdout tells it too, as check --json does
      if (!r.ok) { printErr(r.message + "\n"); if (o.json && r.error) print(terminalJson(r.error) + "\n"); setExit(r.usage ? EXIT.usage : EXIT.unreadable); return; }
      print((o.json ? terminalJson(r.json) : r.text) + "\n");
    });

  program.command("lock").description("审核通过并锁定 / accept a return and lock it").argument("<file.xlsx>")
    .addOption(commandOption("reviewer")).addOption(commandOption("year")).addOption(commandOption("outOther")).addOption(commandOption("forceOut"))
    .addOption(commandOption("acceptUnassessed")).addOption(langOption())
    .action(async (file: string, o: { reviewer?: string; year?: string; out?: string; force?: boolean; acceptUnassessed?: boolean; lang: string }) => {
      const year = o.year === undefined ? undefined : parseYear(o.year, o.lang === "en" ? "en" : "zh");
      const r = await (await import("./runLock")).runLock(file, { year, reviewer: o.reviewer ?? "", ...(o.out ? { out: o.out } : {}), force: o.force ?? false, acceptUnassessed: o.acceptUnassessed ?? false, lang: o.lang === "en" ? "en" : "zh" });
      if (!r.ok) { printErr(r.message + "\n"); setExit(r.unreadable ? EXIT.unreadable : r.refused ? EXIT.refused : EXIT.usage); return; }
      const { cycleMessage } = await import("./cycleMessages");
      const lang = o.lang === "en" ? "en" : "zh";
      // a locked return unchanged since keeps its lock (keptLock): said so, with the lock's own date and reviewer
      const facts = r.kept ? (await import("../cycle/lockFacts")).lockFacts(r.kept, lang) : "";
      print(cycleMessage(r.kept ? "lock_kept" : r.relocked ? "relocked" : "locked", { file: o.out ?? file, n: r.values, filled: r.filled, sheets: r.sheets.length, reviewed: r.reviewed ? 1 : 0, facts }, lang) + "\n");
      // the decisions locked were taken by the rows' 位置 and names, not their keys: said as review says it
      if (r.rekeyed) print(`! ${(await import("../sheet/describeWorkbookProblem")).describeWorkbookProblem(r.rekeyed, lang)}\n`);
      // the --out replaced held something else: kept, said so
      const keptCopy = o.out ? (await import("./keptReplacedLine")).keptReplacedLine(o.out, r.written, lang) : null;
      if (keptCopy !== null) print(`${keptCopy}\n`);
      // accepted with rows nobody decided on or lags nobody explained: said in one line, not refused. A lock kept (nothing
      // locked anew) accepted nothing now: its 注意 (已按审核通过锁定…, 已按 --accept-unassessed 锁定) was said when it was made
      if (r.kept) return;
      const and = lang === "en" ? "; " : "、";
      if ((await import("../cycle/hasLockNotes")).hasLockNotes({ ...r, lags: r.unexplainedLags })) {
        // the notes' params as lock_would_note and the pane's outlook take them (lockNoteParams), the lags under their LockNotes name
        const { lockNoteParams } = await import("./lockNoteParams");
        print(cycleMessage("locked_unreviewed", { ...lockNoteParams({ ...r, lags: r.unexplainedLags }, and), reviewed: r.reviewed ? 1 : 0, file: o.out ?? file }, lang) + "\n");
      }
      if (r.unassessed) print(cycleMessage("locked_unassessed", { n: r.unassessed, rows: r.unassessedRows.join(lang === "en" ? "; " : "、"), shown: r.unassessedRows.length }, lang) + "\n");
      if (r.unassessedList) print(cycleMessage("locked_unassessed_list", { n: r.unassessedList, rows: r.unassessedListRows.join(lang === "en" ? "; " : "、"), shown: r.unassessedListRows.length }, lang) + "\n");
    });

  program.command("rollover").description("换年度：按原填报生成另一报告年份的填报工作簿，带入已填数值（可多个文件或文件夹）/ the return of another year, entered values carried (files or folders)").argument("<file.xlsx|folder...>")
    .addOption(commandOption("newYear").makeOptionMandatory()).addOption(commandOption("outRolled")).addOption(commandOption("outDirRolled"))
    .addOption(commandOption("deadlineRolled").argParser(isoDateOption)).addOption(commandOption("forceAll"))
    .addOption(commandOption("fromRevised")).addOption(commandOption("ledgerRolled").argParser(repeated)).addOption(commandOption("json")).addOption(langOption())
    .action(async (files: string[], o: { year: string; out?: string; outDir?: string; deadline?: string; force?: boolean; from?: string; ledger?: string[]; json?: boolean; lang: Lang }) => {
      const year = parseYear(o.year, o.lang);
      await (await import("./runRollover")).runRollover(files, { year, out: o.out, outDir: o.outDir, deadline: o.deadline, force: o.force ?? false, from: o.from, ledger: o.ledger, json: o.json ?? false }, io);
    });

  program.command("import").description("从规划的指标表、项目清单或改革清单导入模板 / make a template from a plan's indicator table, project list or reform list (text, .xlsx sheet, .csv, .docx table, web page saved as .html)")
    .argument("<table.txt|table.xlsx|table.csv|plan.docx|page.html>")
    .addOption(commandOption("outTemplate").makeOptionMandatory()).addOption(commandOption("id")).addOption(commandOption("title"))
    .addOption(commandOption("region")).addOption(commandOption("document")).addOption(commandOption("force"))
    .addOption(langOption("列表语言 / language of the list")).addOption(commandOption("sheet")).addOption(commandOption("table"))
    .addOption(commandOption("baselineYear")).addOption(commandOption("targetYear"))
    .action(async (file: string, o: import("./runImport").ImportCommandOptions) => (await import("./runImport")).runImport(file, o, io));

  program.command("demo").description("生成示例工作簿并核对 / write sample workbooks and check them")
    .addOption(commandOption("outDemo").default("out/demo")).addOption(langOption())
    .action(async (o: { out: string }) => (await import("./runDemo")).runDemo(o, io));
  // a command's usage error points to that command's --help, by its name (never a <命令> placeholder: trial42b F4)
  for (const c of program.commands) c.configureOutput({ outputError: (text, write) => write(usageMessage(text, lang, c.name())) });
  return program;
}

// the stored template inflated by node's zlib, within the reader's limit for one part
useMetaInflate((bytes) => inflateSync(bytes, { maxOutputLength: ZIP_LIMITS.maxEntryBytes }));

const writeStderr = (s: string): void => void process.stderr.write(s);

/**
 * Runs the CLI. Everything a person can cause ends in one line: usage errors and refusals to
 * overwrite exit 1, file problems (permissions, missing folder, full disk, a file changed
 * meanwhile, bad template years) exit 2, a command refused for what the file holds exit 5 (EXIT.ts).
 * Anything else is an internal error (exit 3), one line too; its stack is printed only with --debug. Cell text never reaches the terminal with its
 * control characters.
 */
const writeStdout = (s: string): void => void process.stdout.write(s);

export async function run(argv: string[], rawPrint: (s: string) => void = writeStdout, rawPrintErr: (s: string) => void = writeStderr): Promise<number> {
  const debug = argv.includes("--debug");
  const args = argv.filter((a) => a !== "--debug");
  const chosen = chosenLang(args, process.env);
  if (!chosen.ok) { rawPrintErr(chosen.message); return EXIT.usage; }
  const lang = chosen.lang;
  const print = (s: string): void => rawPrint(terminalText(s));
  const printErr = (s: string): void => rawPrintErr(terminalText(s));
  let code: number = EXIT.ok;
  // progress is drawn with control characters, on the real stderr only when it is a terminal
  const progress = { write: rawPrintErr, tty: rawPrintErr === writeStderr && process.stderr.isTTY === true };
  // a table wraps to the terminal; piped (a file, grep) each row stays one line
  const columns = rawPrint === writeStdout && process.stdout.isTTY === true && process.stdout.columns > 0 ? process.stdout.columns : undefined;
  const program = buildProgram(print, printErr, (c) => { code = c; }, lang, progress, columns);
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
      return problem.data.code === "exists" || problem.data.code === "is_input" || problem.data.code === "other_workbook" ? EXIT.usage : EXIT.unreadable;
    }
    const msg = (e instanceof Error ? e.message : String(e)).split("\n")[0] ?? "";
    printErr(lang === "en" ? `Internal error: ${msg} (run again with --debug for details)\n` : `内部错误：${msg}（加 --debug 可查看详情）\n`);
    if (debug) printErr(`${e instanceof Error ? e.stack ?? "" : String(e)}\n`);
    return EXIT.internal;
  }
  return code;
}

/**
 * Ends the process quietly when whoever reads stdout stops early (`check … | head`): the write
 * error EPIPE is the reader's choice, not a failure, and must not end in a stack trace.
 */
export function quietOnClosedPipe(): void {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    process.exit(process.exitCode ?? 0);
  });
}

if (require.main === module) {
  quietOnClosedPipe();
  void run(process.argv.slice(2)).then((c) => { process.exitCode = c; });
}
