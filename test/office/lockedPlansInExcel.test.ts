/**
 * lock21: the pane's 生成汇总, 汇总所选文件 and 生成评估 and the ribbon's 校验 apply the lock record as
 * the CLI's `summary`, `report` and `check` do. A return locked by the CLI (runLock), then edited,
 * is opened in the fake Excel (or its file chosen): 生成汇总 lists on 问题清单 the rows `summary`
 * lists (a value changed since the lock is an error there), the ribbon's dialog flags the rows
 * `check --json` flags and says the lock as the pane's 校验 does, and 生成评估 grades the values as
 * they are now, as `report` does (its 评估 sheet the same), and names each change as `report` does.
 */
import { mkdtempSync, readFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { cellText } from "../../src/domain/CellValue";
import { readWorkbookGrid } from "../../src/hosts/office";
import type { InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { parseA1 } from "../../src/sheet/a1";
import { EVALUATION_SHEET } from "../../src/sheet/evaluationSheets";
import type { CheckItem } from "../../src/sheet/CheckReport";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { isFlagged } from "../../src/sheet/isFlagged";
import type { WorkbookPlan } from "../../src/sheet/SheetPlan";
import { FLAGS_SHEET } from "../../src/sheet/summarySheets";
import { ribbonCheck } from "../../src/ui/commands/ribbonCheck";
import { makeEvaluation } from "../../src/ui/shared/evaluationActions";
import { ownSheetMarkHead } from "../../src/sheet/ownSheetMark";
import { openWorkbookEvaluation } from "../../src/ui/shared/evaluationPlan";
import { excelActions } from "../../src/ui/shared/excelActions";
import { lockedCheck } from "../../src/ui/shared/lockedCheck";
import { lockLine } from "../../src/ui/shared/lockLine";
import { lockedChangesNote } from "../../src/ui/shared/lockedChangesNote";
import { hostFunctions } from "../../src/ui/shared/officeHost";
import type { OfficeActions } from "../../src/ui/shared/OfficeActions";
import { consolidationSummary, openWorkbookSummary } from "../../src/ui/shared/summaryPlans";
import { cli } from "../support/cli";
import { at, edit, lockedReturnFile } from "../support/trialReturn";
import { openFileInFake } from "./openFileInFake";
import { stubExcelRun, unstubExcelRun } from "./stubExcelRun";

// r01 (row 4) 已达标 and r13 人工评估 已达标: never flagged until changed since the lock
const dir = mkdtempSync(join(tmpdir(), "locked-plans-"));

let locked = "";
beforeAll(async () => {
  locked = await lockedReturnFile();
}, 120000);
afterAll(unstubExcelRun);

let copies = 0;
/** A copy of the locked return with `changes` made the way a person does (ExcelJS). */
async function changed(changes: InputEntry[]): Promise<string> {
  const f = join(dir, `locked-${++copies}.xlsx`);
  copyFileSync(locked, f);
  if (changes.length) await edit(f, changes);
  return f;
}

/** The grid Excel reads from the file opened in the fake Excel (as the pane reads it). */
async function opened(f: string): Promise<GridWorkbook> {
  return readWorkbookGrid((await openFileInFake(readFileSync(f))).context);
}

/** A planned sheet's text by row and column (1-based), as a file's grid reads back. */
function plannedRows(plan: WorkbookPlan, sheet: string): string[][] {
  const s = plan.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no ${sheet} planned`);
  const rows: string[][] = [];
  for (const c of s.cells) {
    const p = parseA1(c.address);
    // the pane's mark that the sheet is its own (ownSheetMark, in a hidden column), which `report`'s file does not carry
    if (!p || (typeof c.value === "string" && c.value.startsWith(`${ownSheetMarkHead("evaluation")}:`))) continue;
    (rows[p.row - 1] ??= [])[p.col - 1] = c.value === undefined || c.value === null ? "" : String(c.value);
  }
  return Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? ""));
}

/** A sheet of a written file, as text by row and column. */
async function fileRows(f: string, sheet: string): Promise<string[][]> {
  const g = await readXlsxZip(readFileSync(f));
  const s = g.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no ${sheet} in ${f}`);
  // a number as the plan gives it (a percent style shows 1.2 as 120%)
  return s.rows.map((r) => r.map((v) => (v.type === "number" ? String(v.value) : cellText(v))));
}

/** 问题清单's rows below its header, by 位置 (C) and 问题 (G): the columns that do not name the file. */
const flagLines = (rows: string[][]): string[] => rows.slice(1).filter((r) => r.length).map((r) => `${r[2] ?? ""} ${r[6] ?? ""}`);

const CASES: Array<[string, InputEntry[]]> = [
  ["untouched", []],
  ["a value of a row 已达标 changed (L4)", [at("r01", "in:2024", 96.1)]],
  ["a value and a 人工评估 changed", [at("r01", "in:2023", 94.8), at("r13", "assess", "滞后")]],
];

describe("生成汇总 and 汇总所选文件 on a return locked and changed since: the rows `summary` lists", () => {
  test.each(CASES)("%s", async (_, changes) => {
    const f = await changed(changes);
    const grid = await opened(f);
    const pane = openWorkbookSummary(grid);
    const chosen = consolidationSummary([{ file: basename(f), grid: await readXlsxZip(readFileSync(f)) }], { sheets: [], names: {} });
    if (!pane.ok || !chosen.ok) throw new Error("expected a summary");

    const out = join(dir, `summary-${copies}.xlsx`);
    expect((await cli("summary", f, "--out", out)).code).toBe(0);
    const json = JSON.parse((await cli("summary", f, "--json")).out) as { flags: number; totals: Record<string, number> };
    const cliLines = flagLines(await fileRows(out, FLAGS_SHEET));
    // the same flags, each at the same place with the same words, and as many as summary --json counts
    expect(flagLines(plannedRows(pane.plan, FLAGS_SHEET))).toEqual(cliLines);
    expect(flagLines(plannedRows(chosen.plan, FLAGS_SHEET))).toEqual(cliLines);
    expect(cliLines).toHaveLength(json.flags);
    expect(cliLines.filter((l) => l.includes("锁定后被改动"))).toHaveLength(changes.length);
  }, 60000);
});

/** Actions that hand over a grid and record selections (the ribbon's 校验 writes nothing). */
function actionsOver(grid: GridWorkbook): OfficeActions {
  const never = (): never => { throw new Error("the ribbon check writes nothing"); };
  return { readGrid: () => Promise.resolve(grid), select: () => Promise.resolve(), sheets: never, apply: never, sheetNames: never, replace: never, applyFixes: never };
}

describe("the ribbon's 校验 on a return locked and changed since: the flags of `check --json`, the lock as the pane says it", () => {
  test.each(CASES)("%s", async (_, changes) => {
    const f = await changed(changes);
    const grid = await opened(f);
    const data = await ribbonCheck(actionsOver(grid), lockedCheck, "zh");
    if (data.kind !== "check") throw new Error("expected a check");
    const json = JSON.parse((await cli("check", f, "--json")).out) as { counts: Record<string, number>; problems: string[]; items: Array<Pick<CheckItem, "sheet" | "name" | "status" | "issues">> };
    const key = (x: { sheet: string; name: string }): string => `${x.sheet}|${x.name}`;
    expect(data.flags.map(key).sort()).toEqual(json.items.filter(isFlagged).map(key).sort());
    expect(data.counts).toEqual(Object.values(json.counts));
    // the pane's 校验 line for the lock heads the dialog's problems when values changed since
    const pane = lockedCheck(grid);
    if (!pane.ok) throw new Error(pane.message);
    expect(data.problems).toEqual([...(changes.length ? [lockLine(pane.lock, "zh")] : []), ...json.problems]);
    if (changes.length) expect(data.problems[0]).toContain(`锁定后被改动 ${changes.length} 处`);
  }, 60000);
});

describe("生成评估 on a return locked and changed since: as `report` grades and says it", () => {
  test.each(CASES)("%s", async (_, changes) => {
    const f = await changed(changes);
    const grid = await opened(f);
    const pane = openWorkbookEvaluation(grid);
    if (!pane.ok) throw new Error("expected an evaluation");
    const out = join(dir, `report-${copies}.xlsx`);
    const report = await cli("report", f, "--out", out);
    expect(report.code).toBe(0);
    // the 评估 sheet graded on the values as they are now, cell for cell as report's (the unit's name is the file's there)
    const name = basename(f, ".xlsx");
    const cliSheet = (await fileRows(out, EVALUATION_SHEET)).map((r) => r.map((v) => v.split(name).join("本工作簿")));
    expect(plannedRows(pane.plan, EVALUATION_SHEET)).toEqual(cliSheet);
    // each change named as report names it (sheet!cell name 锁定时为「…」，现为「…」)
    const named = report.out.split("\n").filter((l) => l.includes("锁定时为")).map((l) => l.trim());
    expect(named).toHaveLength(changes.length);
    const fx = (await openFileInFake(readFileSync(f)));
    stubExcelRun(fx.context);
    const made = await makeEvaluation(excelActions(hostFunctions(fx.isSetSupported)), "zh");
    if (!made.ok) throw new Error(made.message);
    const said = lockedChangesNote(made.changes, "zh");
    for (const l of named) expect(said).toContain(l);
    if (changes.length) expect(said).toContain(`锁定后又被改动 ${changes.length} 处，未重新审核锁定，评估按现在的值`);
    else expect(said).toBe("");
  }, 60000);
});
