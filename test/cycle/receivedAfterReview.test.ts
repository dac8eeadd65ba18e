import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellText } from "../../src/domain/CellValue";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { RECEIVED_WORDS } from "../../src/cycle/RECEIVED_WORDS";
import type { UnitFacts } from "../../src/cycle/UnitFacts";
import { KEY_ROW, FIRST_DATA_ROW } from "../../src/sheet/keys";
import { cli } from "../support/cli";
import { fillDistributed } from "../support/countyReturn";
import { LEDGER_SHEET } from "../../src/cycle/ledgerSheet";
import type { PlannedSheet } from "../../src/sheet/SheetPlan";
import { consolidate } from "../../src/ui/shared/summaryActions";
import { summaryLine } from "../../src/ui/shared/summaryLine";
import { recordingActions } from "../ui/recordingActions";

/**
 * Trial 38b F1: the reviewer types decisions and a 审核日期 into a return's 审核 sheet and saves it in Excel (the guide's
 * 五); summary then took that save for the day the return came (`逾期报送：东城区 2026-12-06（文件保存日期） 逾期 1040 天`
 * under `--as-of 2024-02-10`). A save after the as-of day, or on or after the return's earliest review or lock record, is
 * not the received date: the records say it came no later than their day (on time by the deadline), else 不明 and why.
 */
const dir = mkdtempSync(join(tmpdir(), "received-after-review-"));
const sent = join(dir, "下发");
const units = ["东城区", "西城区", "南湖区", "北山县", "临江县", "青溪县"];

/** What a person did to a unit's return after `review` wrote its 审核 sheet: a 审核日期 typed (a date cell, or text), then a save on `saved` (ISO). */
async function reviewedAndSaved(unit: string, saved: string, reviewDate?: Date | string): Promise<void> {
  const f = join(sent, `2023-${unit}.xlsx`);
  if (reviewDate !== undefined) expect((await cli("review", f)).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  if (reviewDate !== undefined) {
    const ws = wb.getWorksheet("审核")!;
    const keys = ws.getRow(KEY_ROW).values as unknown[];
    const col = keys.indexOf("date");
    expect(col).toBeGreaterThan(0);
    const cell = ws.getCell(FIRST_DATA_ROW, col);
    cell.value = reviewDate;
    if (reviewDate instanceof Date) cell.numFmt = "yyyy-mm-dd";
  }
  // the workbook's own last save (docProps/core.xml), as Excel writes it on saving
  wb.modified = new Date(saved);
  await wb.xlsx.writeFile(f);
}

beforeAll(async () => {
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", units.join(","), "--deadline", "2024-01-31", "--out-dir", sent)).code).toBe(0);
  const value = [{ template: "zhoushan-2021-2025", id: "zs21-24", key: "in:2023", value: 6.8 }];
  // 青溪县 sends its return back blank (收到空表)
  await fillDistributed(sent, 2023, Object.fromEntries(units.filter((u) => u !== "青溪县").map((u) => [u, value])));
  // reviewed on 2024-01-31, the reviewer's save a week later: on time all the same (came no later than the review)
  await reviewedAndSaved("东城区", "2024-02-08T02:00:00Z", new Date(Date.UTC(2024, 0, 31)));
  // reviewed after the deadline, then saved: when it came is not known
  await reviewedAndSaved("西城区", "2024-02-06T02:00:00Z", "2024-02-05");
  // saved after the as-of day (the trial's openpyxl save, two years on): not a day it can have come
  await reviewedAndSaved("南湖区", "2026-12-05T19:04:45Z");
  await reviewedAndSaved("青溪县", "2026-12-05T19:04:45Z");
  // reviewed and saved late, but the manager typed when it came: that wins
  await reviewedAndSaved("北山县", "2024-02-06T02:00:00Z", "2024-02-05");
  // its save before the review records (a tool that keeps docProps/core.xml wrote the 审核日期): the unit's save stands
  await reviewedAndSaved("临江县", "2024-01-28T02:00:00Z", "2024-02-09");
  const ledger = new ExcelJS.Workbook();
  await ledger.xlsx.readFile(join(sent, "报送台账.xlsx"));
  ledger.getWorksheet("报送台账")!.eachRow((row) => {
    if (String(row.getCell(2).value ?? "") === "北山县") row.getCell(6).value = "2024-01-29";
  });
  await ledger.xlsx.writeFile(join(sent, "报送台账.xlsx"));
}, 120000);

const args = (): string[] => [...units.map((u) => join(sent, `2023-${u}.xlsx`)), "--ledger", join(sent, "报送台账.xlsx"), "--as-of", "2024-02-10"];

test("summary --json: a reviewer's save or one after --as-of is no received date; the review records' day is", async () => {
  const r = await cli("summary", ...args(), "--json");
  expect(r.err).toBe("");
  const ledger = (JSON.parse(r.out) as { ledger: UnitFacts[] }).ledger;
  expect(ledger.map((x) => [x.unit, x.received, x.receivedFrom, x.receivedAside, x.late])).toEqual([
    ["东城区", "2024-01-31", "review", undefined, undefined],
    ["西城区", undefined, "unknown", { saved: "2024-02-06", because: "after_review", on: "2024-02-05" }, undefined],
    ["南湖区", undefined, "unknown", { saved: "2026-12-06", because: "after_as_of", on: "2024-02-10" }, undefined],
    ["北山县", "2024-01-29", "ledger", undefined, undefined],
    ["临江县", "2024-01-28", "saved", undefined, undefined],
    ["青溪县", undefined, "unknown", { saved: "2026-12-06", because: "after_as_of", on: "2024-02-10" }, undefined],
  ]);
}, 60000);

test.each<[string, string[], string, RegExp]>([
  ["zh", [], "收到日期不明，无法判断是否按时报送：西城区（文件保存于 2024-02-06，在审核之后）、南湖区（文件保存于 2026-12-06，晚于汇总基准日 2024-02-10）；请在报送台账的「收到日期」列填写（如 2024-02-09）", /^逾期报送/],
  ["en", ["--lang", "en"], "Received date not known, so whether sent on time cannot be told: 西城区 (the workbook was saved on 2024-02-06, after its review), 南湖区 (the workbook was saved on 2026-12-06, after the as-of date 2024-02-10); type it in the ledger's 收到日期 (received date) column (e.g. 2024-02-09)", /^Received after the deadline/],
])("the terminal (%s): no return late, those whose save is not the unit's named with why", async (_lang, flags, undated, late) => {
  const r = await cli("summary", ...args(), ...flags);
  expect(r.err).toBe("");
  const out = r.out.split("\n");
  expect(out).toContain(undated);
  expect(out.filter((x) => late.test(x))).toEqual([]);
}, 60000);

test("the 报送台账 sheet: 收到日期 cells and 收到日期不明 lines say the same", async () => {
  const out = join(dir, "汇总.xlsx");
  expect((await cli("summary", ...args(), "--out", out)).code).toBe(0);
  const sheet = (await readXlsxZip(readFileSync(out))).sheets.find((s) => s.name === "报送台账")!;
  const rows = sheet.rows.map((row) => (row ?? []).map((c) => (c ? cellText(c) : "")));
  const col = rows.find((row) => row.includes("收到日期"))!.indexOf("收到日期");
  const of = (unit: string): string | undefined => rows.find((row) => row[1]?.startsWith(unit) && /^\d+$/.test(row[0] ?? ""))?.[col];
  expect(units.map(of)).toEqual([
    "不晚于 2024-01-31（审核记录）", "不明（文件保存于 2024-02-06，在审核之后）", "不明（文件保存于 2026-12-06，晚于汇总基准日 2024-02-10）",
    "2024-01-29", "2024-01-28（文件保存日期）", "不明（文件保存于 2026-12-06，晚于汇总基准日 2024-02-10）",
  ]);
  const listed = rows.filter((row) => row[2] === "逾期报送" || row[2] === "收到日期不明").map((row) => [row[1], row[2], row[3]]);
  const typeIt = "无法判断是否按时报送；请在下发的报送台账「收到日期」列填写收到日期";
  // 青溪县 sent its return back blank: chased to send it (催报), its day not asked for (receivedDateAsked)
  expect(listed).toEqual([
    ["西城区", "收到日期不明", `文件保存于 2024-02-06，在审核之后（审核记录最早为 2024-02-05，晚于截止日期），不是收到日期，${typeIt}`],
    ["南湖区", "收到日期不明", `文件保存于 2026-12-06，晚于汇总基准日 2024-02-10，不是收到日期，${typeIt}`],
  ]);
}, 60000);

test.each<["zh" | "en"]>([["zh"], ["en"]])("the pane's 汇总所选文件 (%s) says each 收到日期 as summary --ledger does (as of today, both)", async (lang) => {
  const { a, written } = recordingActions((p) => p.sheets);
  const names = [...units.map((u) => `2023-${u}.xlsx`), "报送台账.xlsx"];
  const out = await consolidate(a, names.map((name) => ({ name, read: () => readXlsxZip(readFileSync(join(sent, name))) })), lang);
  if (!out.ok) throw new Error(out.message);
  const summary = join(dir, `汇总-${lang}.xlsx`);
  const r = await cli("summary", ...args().slice(0, -2), "--out", summary, "--force", "--lang", lang);
  expect(r.code).toBe(0);
  const undated = r.out.split("\n").find((x) => /^(收到日期不明|Received date not known)/.test(x));
  expect(undated).toContain(lang === "en" ? "西城区 (the workbook was saved on 2024-02-06, after its review)" : "西城区（文件保存于 2024-02-06，在审核之后）");
  expect(summaryLine(out, lang)).toContain(undated);
  const pane = written.find((x): x is PlannedSheet => x.name === LEDGER_SHEET)!;
  const paneCells = new Map(pane.cells.map((c) => [c.address, c.value === undefined || c.value === null ? "" : String(c.value)]));
  const cliSheet = (await readXlsxZip(readFileSync(summary))).sheets.find((x) => x.name === LEDGER_SHEET)!;
  const cliRows = cliSheet.rows.map((row) => (row ?? []).map((c) => (c ? cellText(c) : "")));
  const col = cliRows.find((row) => row.includes("收到日期"))!.indexOf("收到日期");
  const letter = String.fromCharCode(65 + col);
  const each = (cell: (r: number) => string): string[] => units.map((u) => cell(cliRows.findIndex((row) => row[1]?.startsWith(u) && /^\d+$/.test(row[0] ?? "")) + 1));
  expect(each((r) => paneCells.get(`${letter}${r}`) ?? "")).toEqual(each((r) => cliRows[r - 1]?.[col] ?? ""));
  expect(each((r) => paneCells.get(`${letter}${r}`) ?? "").slice(0, 2)).toEqual(["不晚于 2024-01-31（审核记录）", "不明（文件保存于 2024-02-06，在审核之后）"]);
}, 60000);

describe("RECEIVED_WORDS: each source said in zh and en", () => {
  type F = Pick<UnitFacts, "received" | "receivedFrom" | "receivedAside" | "receivedTyped" | "late">;
  test.each<[string, F, string, string]>([
    ["no later than the review records", { received: "2024-01-31", receivedFrom: "review" }, "不晚于 2024-01-31（审核记录）", "no later than 2024-01-31 (review records)"],
    ["the reviewer's save", { receivedFrom: "unknown", receivedAside: { saved: "2024-02-06", because: "after_review", on: "2024-02-05" } }, "不明（文件保存于 2024-02-06，在审核之后）", "not known (the workbook was saved on 2024-02-06, after its review)"],
    ["a save after the as-of day", { receivedFrom: "unknown", receivedAside: { saved: "2026-12-06", because: "after_as_of", on: "2024-02-10" } }, "不明（文件保存于 2026-12-06，晚于汇总基准日 2024-02-10）", "not known (the workbook was saved on 2026-12-06, after the as-of date 2024-02-10)"],
    ["no save time", { receivedFrom: "unknown" }, "不明（文件未记保存时间）", "not known (the workbook records no save time)"],
    ["a save day, late", { received: "2024-02-01", receivedFrom: "saved", late: 1 }, "2024-02-01（文件保存日期） 逾期 1 天", "2024-02-01 (the workbook's save date), 1 day late"],
  ])("%s", (_name, f, zh, en) => {
    expect([RECEIVED_WORDS.zh.shown(f), RECEIVED_WORDS.en.shown(f)]).toEqual([zh, en]);
  });
});
