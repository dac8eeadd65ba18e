import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readLedgerBook } from "../../src/cycle/ledgerBook";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { consolidate } from "../../src/ui/shared/summaryActions";
import type { OfficeActions } from "../../src/ui/shared/OfficeActions";
import { cli } from "../support/cli";

/**
 * An empty workbook (a new workbook saved as it was) among a folder's returns: `check` says it is empty, but `summary`,
 * `report` and `rollover` passed it over as 不是本工具的填报：可能复制到了新工作簿 (reason `not_return`), and so did the
 * 报送台账's 催报 line, rollover's new ledger 备注 and --json. Now each says it is empty and what the unit is to do
 * (reason `empty_workbook`).
 */
const dir = mkdtempSync(join(tmpdir(), "empty-workbook-"));
const sent = join(dir, "下发");
const got = join(dir, "收到");
const ledger = join(sent, "报送台账.xlsx");
const empty = join(got, "2023-普陀区.xlsx");
const WHY_ZH = "工作簿是空的：没有一张工作表有内容";
const FIX_ZH = "请该单位在下发的原表中填写后重新报送";

beforeAll(async () => {
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区", "--deadline", "2024-01-31", "--out-dir", sent)).code).toBe(0);
  mkdirSync(got);
  copyFileSync(join(sent, "2023-定海区.xlsx"), join(got, "2023-定海区.xlsx"));
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1");
  await wb.xlsx.writeFile(empty);
}, 60000);

describe("the line a folder command gives the empty workbook: its unit, that it is empty, what to do, the file", () => {
  test.each<[string, string[], string]>([
    ["summary", ["summary", got, "--ledger", ledger], `普陀区：收到的文件无法汇总（${WHY_ZH}），${FIX_ZH}：${empty}`],
    ["summary, in English", ["summary", got, "--ledger", ledger, "--lang", "en"], `普陀区: the file received cannot be summed (the workbook is empty: no sheet holds anything); ask the unit to fill in the distributed workbook and send it again: ${empty}`],
    ["rollover", ["rollover", got, "--year", "2024", "--out-dir", join(dir, "下发2024"), "--ledger", ledger], `普陀区：收到的文件无法换年度（${WHY_ZH}），${FIX_ZH}：${empty}`],
  ])("%s", async (_name, args, line) => {
    const r = await cli(...args);
    expect([r.code, r.err]).toEqual([0, ""]);
    const lines = r.out.split("\n");
    expect(lines).toContain(line);
    expect(lines.filter((l) => l.includes(empty))).toEqual([line]);
  }, 60000);
});

describe("--json's reason for it is empty_workbook", () => {
  test.each<[string, string[], (j: Record<string, unknown>) => unknown, unknown]>([
    ["summary skipped[]", ["summary", got, "--ledger", ledger, "--json"], (j) => j.skipped, [{ file: empty, reason: "empty_workbook", unit: "普陀区" }]],
    ["summary ledger[].unusable", ["summary", got, "--ledger", ledger, "--json"], (j) => (j.ledger as Array<{ unit: string; unusable?: string }>).map((u) => [u.unit, u.unusable ?? ""]), [["定海区", ""], ["普陀区", "empty_workbook"]]],
    ["report unusable[]", ["report", got, "--ledger", ledger, "--json"], (j) => j.unusable, [{ unit: "普陀区", file: empty, reason: "empty_workbook" }]],
    ["report skipped[]", ["report", got, "--ledger", ledger, "--json"], (j) => j.skipped, [{ file: empty, reason: "empty_workbook", unit: "普陀区" }]],
  ])("%s", async (_name, args, part, expected) => {
    const r = await cli(...args);
    expect(r.code).toBe(0);
    expect(part(JSON.parse(r.out) as Record<string, unknown>)).toEqual(expected);
  }, 60000);

  test("report's text says the unit's file is empty, not that it is no return", async () => {
    const r = await cli("report", got, "--ledger", ledger, "--json");
    const text = (JSON.parse(r.out) as { text: string }).text;
    expect(text).toContain(`【普陀区】收到的文件无法评估（${WHY_ZH}）。`);
    expect(text).not.toContain("不是本工具的填报");
  }, 60000);
});

describe("the ledgers say it", () => {
  test("summary's 报送台账 sheet: 普陀区's 催报 line", async () => {
    const out = join(dir, "汇总.xlsx");
    expect((await cli("summary", got, "--ledger", ledger, "--out", out)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const rows: string[][] = [];
    book.getWorksheet("报送台账")?.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (v) => (typeof v === "string" ? v : ""))));
    const chase = rows.filter((r) => r.includes("普陀区") && r.includes("催报"));
    expect(chase.map((r) => r.find((c) => c.startsWith("收到的文件")))).toEqual([`收到的文件无法汇总（${WHY_ZH}），${FIX_ZH}`]);
  }, 60000);

  test("rollover's new 报送台账: 普陀区's 备注", async () => {
    const out = join(dir, "下发2024-台账");
    expect((await cli("rollover", got, "--year", "2024", "--out-dir", out, "--ledger", ledger)).code).toBe(0);
    const book = readLedgerBook(await readXlsxZip(readFileSync(join(out, "报送台账.xlsx"))));
    // 定海区 sent its distributed form back as it came: since session 37 rollover notes that too (rolloverYearBlank)
    expect(book?.units.map((u) => [u.unit, u.note ?? ""])).toEqual([["定海区", "2023 年度的填报一个数值也没有填（收到空表，按未报）：2023 年的数值待补填"], ["普陀区", `收到的文件无法换年度（${WHY_ZH}），未生成文件`]]);
  }, 60000);
});

/**
 * The pane's 汇总所选文件 sums the chosen files as `summary` sums a folder's (dev33e, trial33p P5): a chosen empty workbook
 * is passed over, named in the line as empty (dev33a's empty_workbook), and the other returns are summed and written.
 */
describe("汇总所选文件 with an empty workbook chosen", () => {
  test.each<["zh" | "en", RegExp]>([
    ["zh", /^未汇总：2023-普陀区\.xlsx：工作簿是空的（没有一张工作表有内容）/],
    ["en", /^Not summed: 2023-普陀区\.xlsx: The workbook is empty \(no sheet holds anything\)/],
  ])("%s: the others are summed; the pane's line says it is empty", async (lang, line) => {
    const bytes = (path: string): ArrayBuffer => { const b = readFileSync(path); return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer; };
    const files = [join(got, "2023-定海区.xlsx"), empty].map((f) => ({ name: f.split(/[\\/]/).pop() ?? f, read: () => readXlsxZip(bytes(f)) }));
    const written: string[][] = [];
    const apply = (plan: { sheets: Array<{ name: string }> }): Promise<{ refused: never[] }> => { written.push(plan.sheets.map((x) => x.name)); return Promise.resolve({ refused: [] }); };
    const a = { readGrid: () => Promise.resolve({ sheets: [], names: {} }), sheetNames: () => Promise.resolve([]), apply, replace: apply } as unknown as OfficeActions;
    const out = await consolidate(a, files, lang);
    if (!out.ok) throw new Error(out.message);
    expect(written).toEqual([["汇总", "问题清单"]]);
    expect(out.passedOver?.(lang) ?? "").toMatch(line);
  }, 60000);
});
