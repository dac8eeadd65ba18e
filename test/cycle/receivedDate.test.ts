import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellText } from "../../src/domain/CellValue";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { receivedDate, type ReturnDates } from "../../src/cycle/receivedDate";
import { overdueDays } from "../../src/cycle/overdueDays";
import { chinaDate } from "../../src/cycle/chinaDate";
import { cli } from "../support/cli";
import { fillDistributed } from "../support/countyReturn";

/**
 * Trial 37b F8: a return received after the deadline was just 已报 — distribute's 报送台账 has a 收到日期 column that
 * summary never read, and summary's 报送台账 had neither a received date nor 逾期. Now the day a return came is the
 * ledger's typed 收到日期, else the workbook's save day (docProps/core.xml) in China's calendar (UTC+8), never guessed;
 * a day after the deadline is 逾期 N 天 in the sheet's 收到日期 column, its 催报 list, `--json` and the terminal.
 */
const at = (iso: string): number => Date.parse(iso);

/**
 * Trial 38b F1: a reviewer types decisions (and 审核日期) into the return's 审核 sheet and saves it in Excel, as the guide
 * asks: its save day became the received date (逾期 1040 天 under --as-of 2024-02-10). A save after --as-of, or on or after
 * the earliest day the review and lock records hold, is not the unit's; those records show it came no later than that day.
 * As of 2024-02-10, deadline 2024-01-31 unless given.
 */
describe("receivedDate: the ledger's typed date wins, else the unit's save day in China, else the review records; never guessed", () => {
  test.each<[string, string, ReturnDates, ReturnType<typeof receivedDate>, string?]>([
    ["typed ISO (a date cell)", "2024-01-30", { savedAt: at("2024-02-09T01:00:00Z") }, { date: "2024-01-30", from: "ledger" }],
    ["typed 年月日", "2024年2月3日", {}, { date: "2024-02-03", from: "ledger" }],
    ["typed slashes", "2024/2/3", {}, { date: "2024-02-03", from: "ledger" }],
    ["typed without its year: not guessed", "2/3", { savedAt: at("2024-01-20T01:00:00Z") }, { date: null, from: "unread", typed: "2/3" }],
    ["typed words", "已收", {}, { date: null, from: "unread", typed: "已收" }],
    ["saved 23:59:59 in China", "", { savedAt: at("2024-01-31T15:59:59Z") }, { date: "2024-01-31", from: "saved" }],
    ["saved 00:00 the next day in China (16:00 UTC)", "", { savedAt: at("2024-01-31T16:00:00Z") }, { date: "2024-02-01", from: "saved" }],
    ["no save time, nothing typed", "", {}, { date: null, from: "unknown" }],
    ["saved after the as-of day: no received date", "", { savedAt: at("2026-12-05T19:04:45Z") }, { date: null, from: "unknown", aside: { saved: "2026-12-06", because: "after_as_of", on: "2024-02-10" } }],
    ["saved after its 审核日期, by the deadline: on time, no later than it", "", { savedAt: at("2024-02-08T02:00:00Z"), reviewDates: ["2024-01-31"] }, { date: "2024-01-31", from: "review" }],
    ["saved after its 审核日期, past the deadline: not known", "", { savedAt: at("2024-02-06T02:00:00Z"), reviewDates: ["2024-02-05"] }, { date: null, from: "unknown", aside: { saved: "2024-02-06", because: "after_review", on: "2024-02-05" } }],
    ["saved on the lock's day in China: the reviewer's", "", { savedAt: at("2024-01-31T03:00:00Z"), lockedAt: "2024-01-30T17:00:00.000Z" }, { date: "2024-01-31", from: "review" }],
    // the lock's day is lockDay's, as check's title says it (session 40: recordedDay computed it beside lockDay)
    ["a lock record that cannot be read: left out, the unit's save stands", "", { savedAt: at("2024-01-28T02:00:00Z"), lockedAt: "损坏的锁定时间" }, { date: "2024-01-28", from: "saved" }],
    ["a lock record of letters only: no records, not known", "", { savedAt: at("2026-12-05T19:04:45Z"), lockedAt: "locked" }, { date: null, from: "unknown", aside: { saved: "2026-12-06", because: "after_as_of", on: "2024-02-10" } }],
    ["a lock date-time whose time cannot be read: its day, as check's title gives it", "", { savedAt: at("2024-02-08T02:00:00Z"), lockedAt: "2024-01-30T99:00" }, { date: "2024-01-30", from: "review" }],
    ["saved two years on, after the lock past the deadline (the trial)", "", { savedAt: at("2026-12-05T19:04:45Z"), lockedAt: "2026-12-05T19:00:00.000Z", reviewDates: ["2024-02-06"] }, { date: null, from: "unknown", aside: { saved: "2026-12-06", because: "after_review", on: "2024-02-06" } }],
    ["the earliest record: dates merged in a cell, one without its year, a 年月日, the lock", "", { savedAt: at("2024-02-09T02:00:00Z"), lockedAt: "2024-02-08T02:00:00.000Z", reviewDates: ["2024-02-03；2024-01-29", "2/1", "2024年1月30日"] }, { date: "2024-01-29", from: "review" }],
    ["saved before the review records: the unit's save", "", { savedAt: at("2024-01-28T02:00:00Z"), reviewDates: ["2024-02-09"] }, { date: "2024-01-28", from: "saved" }],
    ["a typed date still wins over the review records", "2024-01-29", { savedAt: at("2024-02-06T02:00:00Z"), reviewDates: ["2024-02-05"] }, { date: "2024-01-29", from: "ledger" }],
    ["no save time, review records by the deadline", "", { reviewDates: ["2024-01-30"] }, { date: "2024-01-30", from: "review" }],
    ["saved after the as-of day, before the records past the deadline", "", { savedAt: at("2024-02-12T02:00:00Z"), reviewDates: ["2024-02-20"] }, { date: null, from: "unknown", aside: { saved: "2024-02-12", because: "after_as_of", on: "2024-02-10" } }],
    ["no deadline (a blank return's is not applied): the records are on time", "", { savedAt: at("2024-02-08T02:00:00Z"), reviewDates: ["2024-02-05"] }, { date: "2024-02-05", from: "review" }, ""],
  ])("%s", (_name, typed, dates, expected, deadline = "2024-01-31") => {
    expect(receivedDate(typed, dates, { asOf: "2024-02-10", deadline })).toEqual(expected);
  });
});

describe("overdueDays: one rule for a unit not sent as of --as-of and a return received late", () => {
  test.each<[string, string, number]>([
    ["2024-01-31", "2024-01-31", 0],
    ["2024-01-30", "2024-01-31", 0],
    ["2024-02-01", "2024-01-31", 1],
    ["2024-02-09", "2024-01-31", 9],
    ["2024-02-09", "", 0],
    ["", "2024-01-31", 0],
    ["2024-02-09", "待定", 0],
  ])("%s after %s: %i", (on, deadline, days) => {
    expect(overdueDays(on, deadline)).toBe(days);
  });
  test("chinaDate: 16:00 UTC is the next day in China", () => {
    expect([chinaDate(Date.parse("2024-01-31T15:59:59Z")), chinaDate(Date.parse("2024-01-31T16:00:00Z"))]).toEqual(["2024-01-31", "2024-02-01"]);
  });
});

const dir = mkdtempSync(join(tmpdir(), "received-date-"));
const sent = join(dir, "下发");
const units = ["定海区", "普陀区", "岱山县", "嵊泗县"];

/** Sets the workbook's own last save (docProps/core.xml dcterms:modified), as the unit's Excel would on saving. */
async function savedAt(unit: string, iso: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const f = join(sent, `2023-${unit}.xlsx`);
  await wb.xlsx.readFile(f);
  wb.modified = new Date(iso);
  await wb.xlsx.writeFile(f);
}

beforeAll(async () => {
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", units.join(","), "--deadline", "2024-01-31", "--out-dir", sent)).code).toBe(0);
  const value = [{ template: "zhoushan-2021-2025", id: "zs21-24", key: "in:2023", value: 6.8 }];
  await fillDistributed(sent, 2023, Object.fromEntries(units.map((u) => [u, value])));
  // the day boundary in China: 23:59:59 on the 31st is on time, 00:00 on 1 February a day late
  await savedAt("定海区", "2024-01-31T15:59:59Z");
  await savedAt("普陀区", "2024-01-31T16:00:00Z");
  // saved late, but the manager typed when it came (a date cell): the typed date wins
  await savedAt("岱山县", "2024-02-09T02:00:00Z");
  await savedAt("嵊泗县", "2024-01-20T02:00:00Z");
  const ledger = new ExcelJS.Workbook();
  await ledger.xlsx.readFile(join(sent, "报送台账.xlsx"));
  const ws = ledger.getWorksheet("报送台账")!;
  ws.eachRow((row) => {
    const unit = String(row.getCell(2).value ?? "");
    if (unit === "岱山县") { row.getCell(6).value = new Date(Date.UTC(2024, 0, 30)); row.getCell(6).numFmt = "yyyy-mm-dd"; }
    // typed without its year: not a date, said so, not taken from the save time either
    if (unit === "嵊泗县") row.getCell(6).value = "2/3";
  });
  await ledger.xlsx.writeFile(join(sent, "报送台账.xlsx"));
}, 60000);

type Ledger = Array<{ unit: string; received?: string; receivedFrom?: string; receivedTyped?: string; late?: number }>;
const args = (): string[] => [...units.map((u) => join(sent, `2023-${u}.xlsx`)), "--ledger", join(sent, "报送台账.xlsx"), "--as-of", "2024-02-10"];

test("summary --json: each return's received date, where it was read, and how late", async () => {
  const r = await cli("summary", ...args(), "--json");
  expect(r.err).toBe("");
  const ledger = (JSON.parse(r.out) as { ledger: Ledger }).ledger;
  expect(ledger.map((x) => [x.unit, x.received, x.receivedFrom, x.receivedTyped, x.late])).toEqual([
    ["定海区", "2024-01-31", "saved", undefined, undefined],
    ["普陀区", "2024-02-01", "saved", undefined, 1],
    ["岱山县", "2024-01-30", "ledger", undefined, undefined],
    ["嵊泗县", undefined, "unread", "2/3", undefined],
  ]);
}, 60000);

test.each<[string, string[], string[]]>([
  ["zh", [], ["逾期报送 1 个单位：普陀区 1 天（按文件保存日期计；退回后改正再交的，请在报送台账的「收到日期」列填写首次收到的日期）", "收到日期不明，无法判断是否按时报送：嵊泗县（「2/3」不是完整日期）；请在报送台账的「收到日期」列填写（如 2024-02-09）"]],
  ["en", ["--lang", "en"], ["Received after the deadline, 1 unit: 普陀区 1 day (counted from the workbooks' save dates; for a correction sent again after being sent back, type the day its first version came in the ledger's 收到日期 (received date) column)", "Received date not known, so whether sent on time cannot be told: 嵊泗县 (\"2/3\" is not a full date); type it in the ledger's 收到日期 (received date) column (e.g. 2024-02-09)"]],
])("the terminal (%s) names the late return and the one with no date", async (_lang, flags, lines) => {
  const r = await cli("summary", ...args(), ...flags);
  expect(r.err).toBe("");
  const out = r.out.split("\n");
  for (const line of lines) expect(out).toContain(line);
}, 60000);

test("the 报送台账 sheet: a 收到日期 column, and 逾期报送 / 收到日期不明 on its 催报 list", async () => {
  const out = join(dir, "汇总.xlsx");
  expect((await cli("summary", ...args(), "--out", out)).code).toBe(0);
  const sheet = (await readXlsxZip(readFileSync(out))).sheets.find((s) => s.name === "报送台账")!;
  const rows = sheet.rows.map((row) => (row ?? []).map((c) => (c ? cellText(c) : "")));
  const head = rows.find((row) => row.includes("收到日期"))!;
  const col = head.indexOf("收到日期");
  expect(head[col - 1]).toBe("报送截止日期");
  const of = (unit: string): string | undefined => rows.find((row) => row[1] === unit && /^\d+$/.test(row[0] ?? ""))?.[col];
  expect(units.map(of)).toEqual(["2024-01-31（文件保存日期）", "2024-02-01（文件保存日期） 逾期 1 天", "2024-01-30", "「2/3」不是完整日期"]);
  const listed = rows.filter((row) => row[2] === "逾期报送" || row[2] === "收到日期不明").map((row) => [row[1], row[2], row[3]]);
  expect(listed).toEqual([
    ["普陀区", "逾期报送", "文件保存于 2024-02-01，逾期 1 天（截止 2024-01-31）；如实际收到日期不同，请在下发的报送台账「收到日期」列填写收到日期"],
    ["嵊泗县", "收到日期不明", "报送台账中的收到日期「2/3」不是完整日期，请写成 2024-02-09 这样的日期"],
  ]);
}, 60000);
