import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellText } from "../../src/domain/CellValue";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { cli } from "../support/cli";
import { fillDistributed } from "../support/countyReturn";

/**
 * Trial 37b F9: summary said 未报 5 …（本年度未填，按未报：云和县）（收到空表，按未报：磐安县）, while the report listed
 * 磐安县 and 云和县 as ordinary rows (0 … 54 未能评估) and its 未报送 line named only the units that sent no file. The
 * report now marks such a return beside its name (unit table, grid, its section, the 县区对比 sheet), opens its paragraph
 * with how summary counts it, and says them in its note in summary's words; its terminal text follows --lang.
 */
const dir = mkdtempSync(join(tmpdir(), "blank-report-"));
const sent = join(dir, "下发");
// 定海区 filled 2023; 普陀区 sent its form back untouched (收到空表); 岱山县 filled 2022 only (本年度未填); 嵊泗县 sent nothing
const files = ["定海区", "普陀区", "岱山县"].map((u) => join(sent, `2023-${u}.xlsx`));
const ledger = join(sent, "报送台账.xlsx");

beforeAll(async () => {
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区,岱山县,嵊泗县", "--deadline", "2024-01-31", "--out-dir", sent)).code).toBe(0);
  const at = (key: string): Array<{ template: string; id: string; key: string; value: number }> => [{ template: "zhoushan-2021-2025", id: "zs21-24", key, value: 6.8 }];
  await fillDistributed(sent, 2023, { 定海区: at("in:2023"), 岱山县: at("in:2022") });
}, 60000);

/** The Word report's text, a line per paragraph or table cell. */
async function docxLines(file: string): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(readFileSync(file))).file("word/document.xml")?.async("string") ?? "";
  return xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "").split("\n");
}

test("the Word report marks the blank returns as summary does, and its note agrees with summary's ledger line", async () => {
  const out = join(dir, "报告.docx");
  const r = await cli("report", ...files, "--ledger", ledger, "--out", out);
  expect([r.code, r.err]).toEqual([0, ""]);
  const lines = await docxLines(out);
  // the unit table's rows and the grid's heads (each cell a line), and each unit's section heading
  for (const name of ["普陀区（收到空表）", "岱山县（本年度未填）", "嵊泗县（未报送）", "2. 普陀区（收到空表）", "3. 岱山县（本年度未填）"]) expect(lines).toContain(name);
  expect(lines).toContain("定海区");
  expect(lines).toContain("未报送：嵊泗县。本年度未填，按未报：岱山县。收到空表，按未报：普陀区。");
  // summary says them in the same words, on its 催报 line (session 38: its counts line only counts them, 其中 2 份按未报)
  const s = await cli("summary", ...files, "--ledger", ledger, "--as-of", "2024-02-05");
  expect(s.out.split("\n").find((l) => l.startsWith("未报，请催报："))).toBe("未报，请催报：嵊泗县、普陀区（收到空表）、岱山县（本年度未填）");
}, 60000);

test.each<[string, string[], string[]]>([
  ["zh", [], ["【普陀区】收到空表，按未报。规划确定", "【岱山县】本年度未填，按未报。规划确定", "【嵊泗县】未报送。"]],
  ["en", ["--lang", "en"], ["[普陀区] Sent back blank, counted as not sent. The plan", "[岱山县] With no values for the year, counted as not sent. The plan", "[嵊泗县] Not submitted."]],
])("the report's terminal text (%s) opens a blank return's paragraph with how summary counts it", async (_lang, flags, starts) => {
  const r = await cli("report", ...files, "--ledger", ledger, ...flags);
  expect(r.code).toBe(0);
  const lines = r.out.split("\n");
  for (const start of starts) expect(lines.some((l) => l.startsWith(start))).toBe(true);
  expect(lines.some((l) => /^(【|\[)定海区(】|\]) ?(收到空表|Sent back|With no values)/.test(l))).toBe(false);
}, 60000);

test("the 县区对比 sheet (report --out .xlsx) heads the blank returns' columns so", async () => {
  const out = join(dir, "报告.xlsx");
  expect((await cli("report", ...files, "--ledger", ledger, "--out", out)).code).toBe(0);
  const sheet = (await readXlsxZip(readFileSync(out))).sheets.find((s) => s.name === "县区对比")!;
  const texts = sheet.rows.flatMap((row) => (row ?? []).map((c) => (c ? cellText(c) : "")));
  for (const name of ["定海区", "普陀区（收到空表）", "岱山县（本年度未填）", "嵊泗县（未报送）"]) expect(texts).toContain(name);
  expect(texts.some((t) => t.includes("未报送：嵊泗县。本年度未填，按未报：岱山县。收到空表，按未报：普陀区。"))).toBe(true);
}, 60000);

// session 39: a report of one return sent back blank began 规划确定… while the same return in a report of several opened
// with 收到空表，按未报。; one return now opens alike, on the terminal, in --json's text and in the written report
test.each<[string, number, string[], string]>([
  ["收到空表, zh", 1, [], "收到空表，按未报。规划确定"],
  ["收到空表, en", 1, ["--lang", "en"], "Sent back blank, counted as not sent. The plan"],
  ["本年度未填, zh", 2, [], "本年度未填，按未报。规划确定"],
  ["本年度未填, en", 2, ["--lang", "en"], "With no values for the year, counted as not sent. The plan"],
])("a report of one blank return (%s) opens its paragraph as a report of several does", async (_why, k, flags, start) => {
  const r = await cli("report", files[k]!, ...flags);
  expect([r.code, r.err]).toEqual([0, ""]);
  expect(r.out.split("\n")[1]?.startsWith(start)).toBe(true);
  const j = await cli("report", files[k]!, ...flags, "--json");
  expect((JSON.parse(j.out) as { text: string }).text.startsWith(start)).toBe(true);
}, 60000);

test.each<[string, (out: string) => Promise<string[]>]>([
  ["docx", docxLines],
  ["xlsx", async (out) => {
    const sheet = (await readXlsxZip(readFileSync(out))).sheets.find((s) => s.name === "评估")!;
    return sheet.rows.flatMap((row) => (row ?? []).map((c) => (c ? cellText(c) : "")));
  }],
])("the written report of one blank return (.%s) opens its paragraph with 收到空表，按未报。", async (ext, read) => {
  const out = join(dir, `一份空表.${ext}`);
  expect((await cli("report", files[1]!, "--out", out)).code).toBe(0);
  expect((await read(out)).some((t) => t.startsWith("收到空表，按未报。规划确定"))).toBe(true);
}, 60000);
