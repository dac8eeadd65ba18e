/**
 * trJ item 1: the 审核 sheet's visible columns (A:Q, the reviewer's included) sorted without the
 * hidden key columns, then decisions typed beside the 位置 a person reads. Every command reads the
 * decisions as written beside their 位置 and name (re-keyed, said once), or, where a row's 位置 and
 * name name no one item, refuses naming the rows and writes nothing. A whole-row sort needs nothing.
 */
import ExcelJS from "exceljs";
import { copyFileSync, readFileSync } from "node:fs";
import { cli } from "../support/cli";
import { at, KEY, returnFile, reviewRows, reviewWorksheet, run, years } from "../support/trialReturn";
import { FIRST_DATA_ROW } from "../../src/sheet/keys";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { makeReview } from "../../src/ui/shared/summaryActions";
import type { OfficeActions } from "../../src/ui/shared/OfficeActions";

// clean values (lock refuses for no error); r06 lags without a 说明, r09 lags with one
const CLEAN = [...years("r01", 93, 93.8, 94.6, 95.5), ...years("r06", 0.582, 0.583, 0.585, 0.586), ...years("r09", 18.5, 19, 19.4, 19.8), at("r09", "note", "再生水厂二期2025年投运后可达标"), at("r13", "assess", "已达标")];

type Sheet = { ws: ExcelJS.Worksheet; col: Map<string, number>; rows: number };
/** Reorders the data rows over columns 1…`to` only (a selected block sorted), by `order` of the current rows' 0-based indices. */
function reorder(s: Sheet, to: number, order: (rows: ExcelJS.CellValue[][]) => ExcelJS.CellValue[][]): void {
  const block = Array.from({ length: s.rows }, (_, i) => Array.from({ length: to }, (_x, c) => s.ws.getCell(FIRST_DATA_ROW + i, c + 1).value));
  order(block).forEach((cells, i) => cells.forEach((v, c) => { s.ws.getCell(FIRST_DATA_ROW + i, c + 1).value = v; }));
}
const byNameDesc = (rows: ExcelJS.CellValue[][], nameCol: number): ExcelJS.CellValue[][] => [...rows].sort((a, b) => String(b[nameCol - 1]).localeCompare(String(a[nameCol - 1]), "zh"));

/** Opens the 审核 sheet of `f`, lets `change` edit it, types `decisions` beside the visible 位置 (cell → 审核结论), and saves: the row each decision is on. */
async function edited(f: string, change: (s: Sheet) => void, decisions: Record<string, string>): Promise<Record<string, number>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  const { ws, col } = reviewWorksheet(wb);
  const at: Record<string, number> = {};
  let rows = 0;
  while (ws.getCell(FIRST_DATA_ROW + rows, col.get("key")!).value) rows++;
  change({ ws, col, rows });
  for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + rows; r++) {
    const d = decisions[String(ws.getCell(r, col.get("cell")!).value)];
    if (d) { ws.getCell(r, col.get("decision")!).value = d; ws.getCell(r, col.get("reviewer")!).value = "赵审核"; at[d] = r; }
  }
  await wb.xlsx.writeFile(f);
  return at;
}

const visibleSort = (s: Sheet): void => reorder(s, s.col.get("change")!, (b) => byNameDesc(b, s.col.get("name")!));
const wholeSort = (s: Sheet): void => reorder(s, s.ws.getRow(2).cellCount, (b) => byNameDesc(b, s.col.get("name")!));
/** the visible sort, then the 位置 and name of the row now showing `cell` cleared (or set to another row's 位置) */
const blurred = (cell: string, to: { cell: string; name: string }) => (s: Sheet): void => {
  visibleSort(s);
  for (let r = FIRST_DATA_ROW; r < FIRST_DATA_ROW + s.rows; r++) {
    if (s.ws.getCell(r, s.col.get("cell")!).value !== cell) continue;
    s.ws.getCell(r, s.col.get("cell")!).value = to.cell;
    s.ws.getCell(r, s.col.get("name")!).value = to.name;
  }
};

// 位置 of r01, r06, r09 as review shows them (the year's value)
const DECIDED = { L4: "通过", L9: "退回修改", L12: "已说明" };

describe("decisions typed beside the 位置 of a 审核 sheet sorted without its hidden key columns (trJ item 1)", () => {
  let reviewed = "";
  beforeAll(async () => {
    reviewed = await returnFile(CLEAN);
    await run("review", reviewed);
  }, 60000);
  let copies = 0;
  const copy = (): string => { const g = reviewed.replace(/\.xlsx$/, `-ps${++copies}.xlsx`); copyFileSync(reviewed, g); return g; };

  test.each<[string, (s: Sheet) => void, RegExp | null]>([
    ["the visible columns alone sorted: re-keyed by 位置 and name, said once", visibleSort, /^! 审核表「审核」的行已错位：\d+ 行显示的位置和指标名称与该行隐藏的键不符（第 4、5、6、7、8 行等），可能只对可见的列排序；已按各行显示的位置和指标名称对应其审核结论$/m],
    ["whole rows sorted (the hidden columns with them): nothing to say", wholeSort, null],
  ])("%s: each decision stays with the indicator it was typed beside, for review and lock alike", async (_, change, says) => {
    const f = copy();
    const at = await edited(f, change, DECIDED);
    const l = await cli("lock", f);
    // lock reads what review will: the one 退回修改 (r06, L9) refuses it, named by the row it is typed in
    expect(l.err).toContain(`审核表「审核」中有 1 条“退回修改”仍然有效（第 ${at["退回修改"]} 行 `);
    const out = await run("review", f);
    if (says) expect(out).toMatch(says);
    else expect(out).not.toMatch(/错位/);
    const rows = await reviewRows(f);
    expect([KEY("r01"), KEY("r06"), KEY("r09")].map((k) => [rows.get(k)?.["cell"], rows.get(k)?.["decision"]])).toEqual([["L4", "通过"], ["L9", "退回修改"], ["L12", "已说明"]]);
    expect([...rows.values()].filter((r) => r["decision"]).length).toBe(3);
    // written back in order: a second run has nothing to say
    expect(await run("review", f)).not.toMatch(/错位/);
  }, 60000);

  // lock printed nothing of it: the reviewer was not told the decisions locked were matched by 位置 and name
  test.each<[string, boolean, (s: Sheet) => void]>([
    ["the visible columns alone sorted", true, visibleSort],
    ["whole rows sorted", false, wholeSort],
  ])("%s, then lock (no 退回修改): the re-key line printed as review prints it: %s", async (_, says, change) => {
    const f = copy();
    await edited(f, change, { L4: "通过", L12: "已说明" });
    const l = await cli("lock", f, "--accept-unassessed");
    expect(l.code).toBe(0);
    expect(/^! 审核表「审核」的行已错位：\d+ 行显示的位置和指标名称与该行隐藏的键不符/m.test(l.out)).toBe(says);
  }, 60000);

  // the pane's 生成审核表 re-keyed silently: its line said only 已更新审核表…
  test.each<[string, boolean, (s: Sheet) => void]>([
    ["the visible columns alone sorted", true, visibleSort],
    ["whole rows sorted", false, wholeSort],
  ])("%s, then the pane's 生成审核表: the re-key line in both languages: %s", async (_, says, change) => {
    const f = copy();
    await edited(f, change, { L4: "通过", L12: "已说明" });
    const grid = await readXlsxZip(new Uint8Array(readFileSync(f)).buffer);
    const written = { refused: [] };
    const a = { readGrid: () => Promise.resolve(grid), replace: () => Promise.resolve(written), apply: () => Promise.resolve(written) } as unknown as OfficeActions;
    const out = await makeReview(a, "zh");
    expect(out.ok).toBe(true);
    const line = out.ok ? out.rekeyed : undefined;
    expect(line?.zh.startsWith("审核表「审核」的行已错位") ?? false).toBe(says);
    expect(line?.en.startsWith("Review sheet \"审核\": its rows are out of place") ?? false).toBe(says);
  }, 60000);

  test.each<[string, (s: Sheet) => void, RegExp]>([
    ["a row's 位置 and name cleared", blurred("L9", { cell: "", name: "" }), /第 \d+ 行；如第 \d+ 行显示「（空）」/],
    ["a row's 位置 another row's and its name a third's (contradicting)", blurred("L9", { cell: "L4", name: "农田灌溉水有效利用系数" }), /如第 \d+ 行显示「L4 农田灌溉水有效利用系数」/],
  ])("%s: review and lock refuse (exit 5) naming the rows, nothing written", async (_, change, names) => {
    const f = copy();
    await edited(f, change, DECIDED);
    const before = readFileSync(f);
    for (const cmd of ["review", "lock"]) {
      const r = await cli(cmd, f);
      expect([cmd, r.code, r.out]).toEqual([cmd, 5, ""]);
      expect(r.err).toMatch(/：审核表「审核」的行已错位：\d+ 行显示的位置和指标名称与该行隐藏的键不符，且无法据此确定对应的指标/);
      expect(r.err).toMatch(names);
      expect(r.err).toMatch(/请撤销排序，或选中整行（含隐藏列）重新排序/);
      expect(readFileSync(f).equals(before)).toBe(true);
    }
  }, 60000);
});
