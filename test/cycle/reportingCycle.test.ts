import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, mkdtempSync, readFileSync, utimesSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { setSavedAt } from "../support/savedAt";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { runLock } from "../../src/cli/runLock";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxBuffer } from "../../src/hosts/xlsx/readXlsx";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { cellText } from "../../src/domain/CellValue";
import { gridCell, type GridWorkbook } from "../../src/sheet/Grid";
import { COVER_MARK, DEADLINE_CELL } from "../../src/sheet/coverSheet";
import { KEY_ROW, FIRST_DATA_ROW } from "../../src/sheet/keys";
import { REVIEW_MARK } from "../../src/sheet/reviewSheet";
import { LEDGER_SHEET } from "../../src/cycle/ledgerSheet";
import { VERSIONS_SHEET } from "../../src/cycle/versionsSheet";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";

/**
 * Issue 18, end to end on files: distribute to four counties, three send returns (one twice,
 * with a change), one does not; the reviewer sends one back and locks another; the summary's
 * 报送台账 says so, the diff names the resubmitted value, and a later edit of the locked return
 * is reported by check and summary.
 */
const dir = mkdtempSync(join(tmpdir(), "cycle-"));
const out = join(dir, "下发");
const zs = findTemplate("zhoushan-2021-2025") as Template;
const UNITS = ["定海区", "普陀区", "岱山县", "嵊泗县"];
const file = (unit: string): string => join(out, `2023-${unit}.xlsx`);
const grid = async (f: string): Promise<GridWorkbook> => readXlsxBuffer(readFileSync(f));

/** The sample values as numbers only (the sample also shows text and error values, which are errors). */
const numeric = (shift = 0): InputEntry[] => sampleReturn(zs, 2023)
  .filter((e) => typeof e.value === "number")
  .map((e) => ({ ...e, value: Math.round((e.value as number) * (1 + shift) * 100) / 100 }));

/** Fills a distributed return as a filer's program would (ExcelJS) and saves it under `to`. */
async function fill(from: string, to: string, entries: InputEntry[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  expect(fillInputs(wb, entries)).toEqual([]);
  await wb.xlsx.writeFile(to);
}

/** Writes a reviewer's decision on the row of our 审核 sheet with that key, else the first flagged row (found by its mark and keys). */
async function decide(f: string, decision: string, key?: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  const ws = wb.worksheets.find((s) => s.getCell(KEY_ROW, 1).value === REVIEW_MARK)!;
  const col = new Map<string, number>();
  ws.getRow(KEY_ROW).eachCell((c, n) => { if (typeof c.value === "string") col.set(c.value, n); });
  let r = FIRST_DATA_ROW;
  while (key === undefined ? ws.getCell(r, col.get("flag")!).value !== "是" : ws.getCell(r, col.get("key")!).value !== key) r++;
  ws.getCell(r, col.get("decision")!).value = decision;
  ws.getCell(r, col.get("reviewer")!).value = "王审核";
  await wb.xlsx.writeFile(f);
  return String(ws.getCell(r, col.get("key")!).value);
}

interface LedgerRow { unit: string; state: string; errors: number; unexplainedLags: number; lock: string; versions: number; changes: number; file?: string }

describe("the reporting cycle on files (issue 18)", () => {
  const dh = file("定海区");
  const pt1 = join(dir, "普陀区-第一版.xlsx");
  const pt2 = join(dir, "普陀区-第二版.xlsx");
  const ds = file("岱山县");
  const ledger = join(out, "报送台账.xlsx");

  beforeAll(async () => {
    const r = await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", UNITS.join(","), "--deadline", "2024-01-31", "--out-dir", out);
    expect(r.code).toBe(0);
  }, 60000);

  test("distribute writes one return per unit, its 填报单位 and deadline on the cover, and the 报送台账", async () => {
    for (const u of UNITS) {
      const g = await grid(file(u));
      const cover = g.sheets.find((s) => cellText(gridCell(s, KEY_ROW, 1)) === COVER_MARK)!;
      expect(cellText(gridCell(cover, DEADLINE_CELL.row, 1))).toBe("报送截止日期");
      expect(cellText(gridCell(cover, DEADLINE_CELL.row, DEADLINE_CELL.col))).toBe("2024年1月31日"); // the cover shows the ISO deadline as a person reads it (print helper)
      const c = await cli("check", file(u), "--json");
      expect((JSON.parse(c.out) as { reportingUnit: string }).reportingUnit).toBe(u);
    }
    const book = await grid(ledger);
    const rows = book.sheets[0]!.rows.map((row) => row.map((v) => cellText(v)));
    for (const u of UNITS) expect(rows.some((row) => row.includes(u) && row.includes(`2023-${u}.xlsx`) && row.includes("2024-01-31"))).toBe(true);
    // never overwrites without --force
    const again = await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区", "--out-dir", out);
    expect(again.code).toBe(1);
    expect(again.err).toContain("不会覆盖");
  }, 60000);

  test("three counties send, one resubmits with a change; the reviewer sends one back and locks another; the summary's ledger says so", async () => {
    // 定海区: clean values, reviewed, locked (通过)
    await fill(dh, dh, numeric());
    expect((await cli("review", dh)).code).toBe(0);
    // a decision on the 审核 sheet: a lock with none is 未经审核 and 已报 (trial29c F1, lockWithoutReview)
    await decide(dh, "通过");
    const lock = await cli("lock", dh, "--reviewer", "王审核");
    expect(lock.err).toBe("");
    expect(lock.code).toBe(0);
    // 岱山县: the sample as sent (text and error values); the reviewer sends it back
    await fill(ds, ds, sampleReturn(zs, 2023));
    expect((await cli("review", ds)).code).toBe(0);
    await decide(ds, "退回修改");
    expect((await cli("lock", ds)).code).toBe(5); // errors: not locked (refused, EXIT.refused)
    // 普陀区: a first version, then a second with one value changed
    await fill(file("普陀区"), pt1, numeric(-0.05));
    const changed = numeric(-0.05).map((e) => (e.id === "zs21-12" && e.key === "in:2023" ? { ...e, value: 2.5 } : e));
    await fill(file("普陀区"), pt2, changed);
    // the second says no save time (one shared with the first would tie them, trial41a F1): the files' times decide
    await setSavedAt(pt2, null);
    utimesSync(pt1, new Date("2024-01-20T08:00:00Z"), new Date("2024-01-20T08:00:00Z"));
    utimesSync(pt2, new Date("2024-01-25T08:00:00Z"), new Date("2024-01-25T08:00:00Z"));

    // the diff of the resubmission: the one value, by template, indicator and year, with its cell
    const d = await cli("diff", pt1, pt2, "--json");
    expect(d.code).toBe(0);
    const diff = JSON.parse(d.out) as { changes: Array<Record<string, string>> };
    expect(diff.changes).toEqual([expect.objectContaining({ template: "zhoushan-2021-2025", id: "zs21-12", field: "2023", old: String(numeric(-0.05).find((e) => e.id === "zs21-12" && e.key === "in:2023")!.value), new: "2.5", cell: expect.stringMatching(/^[A-Z]+\d+$/) })]);
    expect((await cli("diff", pt1, pt2)).out).toMatch(/1 处数值变化[\s\S]*2023年：[\d.]+ → 2\.5/);

    // the newer version given first: the summary counts it by when it arrived
    const sum = join(dir, "汇总.xlsx");
    const s = await cli("summary", pt2, dh, ds, pt1, "--ledger", ledger, "--as-of", "2024-02-02", "--out", sum, "--json");
    expect(s.err).toBe("");
    expect(s.code).toBe(0);
    const json = JSON.parse(s.out) as { units: Array<{ unit: string; file: string }>; ledger: LedgerRow[]; resubmissions: Array<{ unit: string; changes: Array<{ id: string; new: string }> }> };
    // in the ledger's order, whatever order the files were given in
    expect(json.units.map((u) => [u.unit, u.file])).toEqual([["定海区", dh], ["普陀区", pt2], ["岱山县", ds]]);
    const byUnit = Object.fromEntries(json.ledger.map((x) => [x.unit, x]));
    expect(json.ledger.map((x) => x.unit)).toEqual(UNITS);
    expect(byUnit["嵊泗县"]).toMatchObject({ state: "未报", versions: 0 });
    expect(byUnit["定海区"]).toMatchObject({ state: "通过", errors: 0, lock: "已锁定" });
    expect(byUnit["岱山县"]).toMatchObject({ state: "退回", lock: "" });
    expect(byUnit["岱山县"]!.errors).toBeGreaterThan(0);
    expect(byUnit["岱山县"]!.unexplainedLags).toBeGreaterThan(0);
    expect(byUnit["普陀区"]).toMatchObject({ state: "已报", versions: 2, changes: 1, file: pt2 });
    expect(json.ledger.filter((x) => x.state === "未报")).toHaveLength(1);
    const plainSum = await cli("summary", pt1, pt2, "--out", join(dir, "汇总-两版.xlsx"));
    expect(plainSum.out).toContain(`普陀区 收到 2 版，按最新一版（${pt2}，按文件修改时间最晚）汇总，改动 1 处（数值，见「版本变化」表）`);
    expect(json.resubmissions).toEqual([expect.objectContaining({ unit: "普陀区", changes: [expect.objectContaining({ id: "zs21-12", new: "2.5" })] })]);

    // the summary workbook holds the ledger (with 催报: 嵊泗县 two days late) and the versions
    const g = await grid(sum);
    const text = (name: string): string => g.sheets.find((x) => x.name === name)!.rows.map((row) => row.map((v) => cellText(v)).join("|")).join("\n");
    expect(text(LEDGER_SHEET)).toMatch(/催报[\s\S]*嵊泗县\|催报\|已逾期 2 天（截止 2024-01-31）/);
    expect(text(LEDGER_SHEET)).toContain("未报 1，已报 1，退回 1，通过 1");
    expect(text(VERSIONS_SHEET)).toMatch(/普陀区\|城镇登记失业率\(%\)\|2023年\|[^|]+\|[\d.]+\|2\.5\|普陀区-第一版\.xlsx → 普陀区-第二版\.xlsx/);
    // printable: the sheet has print titles and fits the page width
    const zip = await JSZip.loadAsync(readFileSync(sum));
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/_xlnm\.Print_Titles[^>]*>(&apos;)?报送台账(&apos;)?!\$1:\$3/);

    // old → new when the resubmission is reviewed against the first version: 待审核 on a row nobody had decided on (a first
    // decision; 待复核 re-confirms a decision, trial40a F7)
    expect((await cli("review", pt1)).code).toBe(0);
    const key = await decide(pt1, "通过");
    const rv = await cli("review", pt2, "--replaces", pt1);
    expect(rv.code).toBe(0);
    const rg = await grid(pt2);
    const review = rg.sheets.find((x) => cellText(gridCell(x, KEY_ROW, 1)) === REVIEW_MARK)!;
    const keys = (review.rows[KEY_ROW - 1] ?? []).map((v) => cellText(v));
    const row = (k: string) => review.rows.find((rr) => cellText(rr[keys.indexOf("key")] ?? { type: "empty" }).startsWith(k))!;
    const zs12 = row("zhoushan-2021-2025|zs21-12|2023");
    expect(cellText(zs12[keys.indexOf("review")]!)).toBe("待审核");
    expect(cellText(zs12[keys.indexOf("change")]!)).toMatch(/^[\d.]+ → 2\.5$/);
    // the decision made on the first version is carried over
    expect(cellText(row(key.split("|").slice(0, 3).join("|"))[keys.indexOf("decision")]!)).toBe("通过");
  }, 120000);

  test("a later edit of the locked return is reported by check and summary (锁定后被改动), and 催报 names a unit near its deadline", async () => {
    const before = await grid(dh);
    const cover = before.sheets.find((s) => cellText(gridCell(s, KEY_ROW, 1)) === COVER_MARK)!;
    expect(cover).toBeDefined();
    // input cells are locked now (ExcelJS reads the locked copy of their format)
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(dh);
    const c0 = JSON.parse((await cli("check", dh, "--json")).out) as { items: Array<{ id: string; sheet: string; cells: Record<string, string>; issues: Array<{ code: string }> }> };
    const item = c0.items.find((i) => i.id === "zs21-02")!;
    expect(c0.items.flatMap((i) => i.issues).filter((x) => x.code === "locked_value_changed")).toEqual([]);
    const ws = wb.getWorksheet(item.sheet)!;
    expect(ws.getCell(item.cells["2023"]!).protection?.locked).not.toBe(false);
    // someone unprotects the sheet (no password) and edits a value
    ws.getCell(item.cells["2023"]!).value = 4.4;
    const edited = join(dir, "定海区-改动.xlsx");
    await wb.xlsx.writeFile(edited);
    const c = await cli("check", edited, "--json");
    const issues = (JSON.parse(c.out) as typeof c0).items.flatMap((i) => i.issues as Array<{ code: string; cell: string; expected: string; received: string; message: string }>);
    expect(issues.filter((x) => x.code === "locked_value_changed")).toEqual([expect.objectContaining({ cell: item.cells["2023"], severity: "error", message: expect.stringMatching(/锁定时为「3\.76」，现为「4\.4」：锁定后被改动/) })]);
    expect((await cli("check", edited, "--lang", "en")).out).toContain("this return was accepted and locked");
    const s = await cli("summary", edited, "--units", "定海区,嵊泗县", "--as-of", "2024-01-30", "--deadline", "2024-01-31", "--out", join(dir, "汇总2.xlsx"), "--json");
    expect(s.code).toBe(0);
    const ledgerRows = (JSON.parse(s.out) as { ledger: LedgerRow[] }).ledger;
    expect(ledgerRows[0]).toMatchObject({ unit: "定海区", state: "已报", lock: "锁定后被改动", errors: 1 });
    const plain = await cli("summary", edited, "--units", "定海区,嵊泗县", "--out", join(dir, "汇总3.xlsx"));
    expect(plain.out).toContain("报送台账：应报 2，收到 1 份；未报 1  已报 1  退回 0  通过 0");
    const g = await grid(join(dir, "汇总2.xlsx"));
    expect(g.sheets.find((x) => x.name === LEDGER_SHEET)!.rows.map((r) => r.map((v) => cellText(v)).join("|")).join("\n")).toContain("嵊泗县|催报|临近截止，还剩 1 天（2024-01-31）");
  }, 60000);

  test("lock edits only styles, the locked sheets and the metadata, and refuses when the file changed meanwhile", async () => {
    const f = join(dir, "普陀区-锁定.xlsx");
    copyFileSync(pt2, f);
    // the resubmitted value nobody had decided on is 待审核 (review --replaces), none 待复核; the reviewer decides on it
    expect((await cli("review", f)).out).toMatch(/其中 0 条因填报内容（数值、说明或人工评估）变化待复核/);
    await decide(f, "通过", "zhoushan-2021-2025|zs21-12|2023");
    expect((await cli("review", f)).out).toMatch(/其中 0 条因填报内容（数值、说明或人工评估）变化待复核/);
    const unlocked = readFileSync(f);
    const parts = async (p: string): Promise<Map<string, string>> => {
      const z = await JSZip.loadAsync(readFileSync(p));
      const m = new Map<string, string>();
      for (const n of Object.keys(z.files).filter((k) => !z.files[k]!.dir)) m.set(n, await z.file(n)!.async("base64"));
      return m;
    };
    const a = await parts(f);
    // a person saves the file while the lock is being written: nothing is written
    const refused = runLock(f, { write: { beforeCommit: () => { utimesSync(f, new Date(), new Date(Date.now() + 5000)); } } });
    await expect(refused).rejects.toThrow(/读取后文件已被修改/);
    const r = await runLock(f, { reviewer: "王审核" });
    if (!r.ok) throw new Error(r.message);
    const b = await parts(f);
    const differ = [...a.keys()].filter((k) => a.get(k) !== b.get(k)).sort();
    expect(differ).toEqual([...r.changedParts].sort());
    expect(r.changedParts.every((p) => p === "xl/styles.xml" || p === "xl/workbook.xml" || /^xl\/worksheets\/sheet\d+\.xml$/.test(p))).toBe(true);
    expect([...b.keys()].filter((k) => !a.has(k))).toEqual([]);
    // the same values everywhere, as every reader sees them
    const g1 = await readXlsxZip(unlocked);
    const g2 = await readXlsxZip(readFileSync(f));
    expect(g2.sheets.filter((s) => s.visible).map((s) => s.rows)).toEqual(g1.sheets.filter((s) => s.visible).map((s) => s.rows));
    expect(existsSync(f)).toBe(true);
  }, 60000);

  test("a value that jumps against last year is a warning: kept by a 说明, listed in the summary and in 审核 for the reviewer to decide (issue 18.3)", async () => {
    const ss = join(dir, "嵊泗县-跳变.xlsx");
    // 城镇新增就业人数 2.1 → 4.2 (+100%, explained); 文化及相关产业增加值 52 → 80 (+54%, not explained)
    const entries = numeric().map((e) => (e.id === "zs21-18" && e.key === "in:2023" ? { ...e, value: 80 } : e));
    const employed = entries.find((e) => e.id === "zs21-11" && e.key === "in:2023")!;
    expect(employed.value).toBe(4.2);
    await fill(file("嵊泗县"), ss, [...entries, { ...employed, key: "note", value: "新增重大项目，带动就业" }]);

    const c = JSON.parse((await cli("check", ss, "--json")).out) as { items: Array<{ id: string; issues: Array<{ code: string; severity: string; noted?: boolean; message: string }> }> };
    const jumps = (id: string) => c.items.find((i) => i.id === id)!.issues.filter((x) => x.code === "value_jump");
    expect(jumps("zs21-11")).toEqual([expect.objectContaining({ severity: "warning", noted: true, message: expect.stringContaining("已说明") })]);
    expect(jumps("zs21-18")).toEqual([expect.objectContaining({ severity: "warning", message: expect.stringContaining("请改正，或在说明中写明原因") })]);
    expect(jumps("zs21-18")[0]!.noted).toBeUndefined();
    // a value that moved little is not a jump
    expect(jumps("zs21-02")).toEqual([]);

    // the summary lists both jump warnings on 问题清单, the explained one marked so
    const sum = join(dir, "汇总-跳变.xlsx");
    const s = await cli("summary", ss, dh, "--out", sum);
    expect(s.err).toBe("");
    const g = await grid(sum);
    // a running total's cell holds two lines (figureLines): a row is read as one line here
    const flags = g.sheets.find((x) => x.name === "问题清单")!.rows.map((row) => row.map((v) => cellText(v).replace(/\n/g, " ")).join("|")).join("\n");
    expect(flags).toMatch(/嵊泗县[^\n]*城镇新增就业人数[^\n]*已说明/);
    expect(flags).toMatch(/嵊泗县[^\n]*文化及相关产业增加值[^\n]*超过 ±30%/);

    // 审核 lists the unexplained jump as a flagged item for the reviewer to decide
    expect((await cli("review", ss)).code).toBe(0);
    const rg = await grid(ss);
    const review = rg.sheets.find((x) => cellText(gridCell(x, KEY_ROW, 1)) === REVIEW_MARK)!;
    const keys = (review.rows[KEY_ROW - 1] ?? []).map((v) => cellText(v));
    const jumpRow = review.rows.find((rr) => cellText(rr[keys.indexOf("key")] ?? { type: "empty" }).startsWith("zhoushan-2021-2025|zs21-18|2023"))!;
    expect(cellText(jumpRow[keys.indexOf("flag")]!)).toBe("是");
  }, 120000);
});
