import type { GridWorkbook } from "../../src/sheet/Grid";
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./cli";
import { cellText } from "../../src/domain/CellValue";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { FIRST_DATA_ROW, KEY_ROW } from "../../src/sheet/keys";
import { REVIEW_MARK } from "../../src/sheet/reviewSheet";
import { parseTemplate } from "../../src/templates/parseTemplate";
import type { Template } from "../../src/templates/TemplateSchema";
import { setNumFmt } from "../../src/hosts/xlsx/setNumFmt";

/**
 * The fresh-user trial of the review workflow (fu10/A) as test material: the trial's own
 * imported plan (某某市水利 2021–2025, reported on for 2024 by 青山县), its first version with
 * the usual slips and its second version as the county sent it back; helpers that type into
 * a return or its 审核 sheet the way a person does (ExcelJS) and read the 审核 sheet back.
 */
const parsed = parseTemplate(JSON.parse(readFileSync(join(__dirname, "../fixtures/review/shuili-2021-2025.json"), "utf8")), "shuili");
if (!parsed.ok) throw new Error("the fixture template does not parse");
export const tpl: Template = parsed.template;
/** The 审核 row key of an indicator of the plan. */
export const KEY = (id: string): string => `${tpl.id}|${id}|2024`;
export const at = (id: string, key: string, value: ExcelJS.CellValue): InputEntry => ({ template: tpl.id, id, key, value });
/** An indicator's values from 2021 on. */
export const years = (id: string, ...vs: Array<number | string | null>): InputEntry[] => vs.map((v, i) => at(id, `in:${2021 + i}`, v));
/** A return a reviewer can lock as it is: r01 已达标, r06 lagging with its 说明, r13's 人工评估 given (the lock tests' own). */
export const LOCKABLE: InputEntry[] = [...years("r01", 93, 93.8, 94.6, 95.5), ...years("r06", 0.582, 0.583, 0.585, 0.586), at("r06", "note", "受干旱影响，部分灌区节水改造工程推迟至2025年完工"), at("r13", "assess", "已达标")];

/** The first version: a 2023 value typed as text, 2024 typed in the 2025 column, a blank row, the reviewer's 人工评估. */
export const V1: InputEntry[] = [
  ...years("r01", 93, 93.8, 94.6, 95.5),
  ...years("r04", 3.1, 2.9, "3.2", 2.8),
  ...years("r06", 0.582, 0.583, 0.585, 0.586), at("r06", "note", "受干旱影响，部分灌区节水改造工程推迟至2025年完工"),
  ...years("r07", 4.55, 4.6, 4.58, 4.62),
  ...years("r08", 91, 92, 93, null, 94),
  ...years("r09", 18.5, 19, 19.4, 19.8),
  at("r13", "assess", "已达标"), at("r13", "review", "经核实，2024年河长制考核全省第3名"),
];
/** The second version, as the county sends it back: corrections, and the reviewer's 人工评估 not in it. */
export const V2: InputEntry[] = [
  ...V1.filter((e) => e.id !== "r13" && !(e.id === "r08" && e.key === "in:2025")),
  at("r04", "in:2023", 3.2), at("r07", "in:2024", 4.65), at("r08", "in:2024", 94), at("r08", "in:2025", null),
  at("r09", "in:2024", 20.1), at("r09", "note", "再生水厂二期2025年投运后可达标"),
  ...years("r11", 70, 75, 80, 85),
];

const dir = mkdtempSync(join(tmpdir(), "trial-return-"));
let n = 0;

/** A new return of the plan (of 2024 unless said) holding `entries`, in a folder of its own runs' files. */
export async function returnFile(entries: InputEntry[], year = 2024): Promise<string> {
  const wb = planToWorkbook(buildWorkbookPlan([tpl], { year, reportingUnit: "青山县" }));
  if (fillInputs(wb, entries).length) throw new Error("an entry has no cell");
  const f = join(dir, `r${++n}.xlsx`);
  await wb.xlsx.writeFile(f);
  return f;
}

/** Changes cells of a return the way a person does (ExcelJS), by row id and column key. */
export async function edit(f: string, entries: InputEntry[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  if (fillInputs(wb, entries).length) throw new Error("an entry has no cell");
  await wb.xlsx.writeFile(f);
}

/** Our 审核 sheet of a workbook read by ExcelJS (found by its mark) and its columns by key. */
export function reviewWorksheet(wb: ExcelJS.Workbook): { ws: ExcelJS.Worksheet; col: Map<string, number> } {
  const ws = wb.worksheets.find((s) => s.getCell(KEY_ROW, 1).value === REVIEW_MARK);
  if (!ws) throw new Error("no 审核 sheet of ours");
  const col = new Map<string, number>();
  ws.getRow(KEY_ROW).eachCell((c, i) => { if (typeof c.value === "string") col.set(c.value, i); });
  return { ws, col };
}

/** Types into our 审核 sheet, by row key and column key. */
export async function decide(f: string, rows: Decisions): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  const { ws, col } = reviewWorksheet(wb);
  for (let r = FIRST_DATA_ROW; r <= ws.rowCount; r++) {
    const k = String(ws.getCell(r, col.get("key")!).value ?? "");
    for (const [key, v] of Object.entries(rows[k] ?? {})) {
      const c = ws.getCell(r, col.get(key)!);
      c.value = v;
      if (v instanceof Date) setNumFmt(c, "yyyy/m/d"); // as Excel formats a date typed into a cell
    }
  }
  await wb.xlsx.writeFile(f);
}

/** The 审核 sheet's rows by key, column key → text. */
export async function reviewRows(f: string): Promise<Map<string, Record<string, string>>> {
  return reviewRowsOf(await readXlsxZip(readFileSync(f)));
}

/** Our 审核 sheet's rows of a grid (a file read, or the fake Excel's workbook) by key, column key → text. */
export function reviewRowsOf(g: GridWorkbook): Map<string, Record<string, string>> {
  const s = g.sheets.find((x) => cellText(x.rows[KEY_ROW - 1]?.[0] ?? { type: "empty" }) === REVIEW_MARK);
  if (!s) throw new Error("no 审核 sheet of ours");
  const keys = (s.rows[KEY_ROW - 1] ?? []).map((c, i) => (i === 0 ? "sheet" : cellText(c)));
  const out = new Map<string, Record<string, string>>();
  for (const r of s.rows.slice(FIRST_DATA_ROW - 1)) {
    const row = Object.fromEntries(keys.map((k, i) => [k, cellText(r?.[i] ?? { type: "empty" })]));
    if (row["key"]) out.set(row["key"], row);
  }
  return out;
}

/** Runs the CLI and insists it ran cleanly (exit 0, nothing on stderr): its output. */
export async function run(...args: string[]): Promise<string> {
  const r = await cli(...args);
  if (r.code !== 0 || r.err !== "") throw new Error(`plan-returns ${args.join(" ")}: exit ${r.code}: ${r.err}`);
  return r.out;
}

/** What a reviewer types into our 审核 sheet (decide): row key → column key → value. */
export type Decisions = Record<string, Record<string, ExcelJS.CellValue>>;

/**
 * A new return holding LOCKABLE, locked by the reviewer 王审核 (`lock --reviewer 王审核`): the lock tests' shared
 * set-up. `reviewed`: `review` ran before the lock (its 审核 sheet made); `decisions`: typed into that sheet
 * before the lock (decide; implies `reviewed`). Returns the file.
 */
export async function lockedReturnFile(o: { reviewed?: boolean; decisions?: Decisions } = {}): Promise<string> {
  const f = await returnFile(LOCKABLE);
  if (o.reviewed || o.decisions) await run("review", f);
  if (o.decisions) await decide(f, o.decisions);
  await run("lock", f, "--reviewer", "王审核");
  return f;
}

/** v1 reviewed (decisions on five rows; the 人工评估 is in its indicator sheet), and v2 beside it. */
export async function firstReview(): Promise<{ v1: string; v2: string }> {
  const v1 = await returnFile(V1);
  await run("review", v1);
  const d = { reviewer: "王审核", date: new Date(Date.UTC(2025, 1, 10)) };
  await decide(v1, {
    [KEY("r04")]: { decision: "退回修改", comment: "2023年数值存成了文本", ...d },
    [KEY("r06")]: { decision: "已说明", comment: "说明合理，明年跟踪", ...d },
    [KEY("r08")]: { decision: "退回修改", comment: "2024年数值填在了2025年列", ...d },
    [KEY("r11")]: { decision: "退回修改", comment: "请补填", ...d },
    [KEY("r13")]: { decision: "通过", comment: "河长制考核全省第3名，人工评估为已达标", ...d },
  });
  return { v1, v2: await returnFile(V2) };
}
