import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellText } from "../../src/domain/CellValue";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { cli } from "../support/cli";

/**
 * A distributed file sent back without the year's values is not a return of the year (issue
 * 18.2): the ledger counts it 未报, names the file, and keeps the unit on the 催报 list; a filled
 * one is 已报. It was received all the same (a user's trial, item 7: 丁县 filled 2021–2023 and left
 * 2024 blank, and the ledger called it 收到空表 while the summary counted it in its "4 份"): the
 * ledger says 收到空表 only of a file with nothing entered, 本年度未填 of one with earlier years
 * only, and the summary's scope line, the ledger's counts, the text output and --json tell one story.
 * Trial X: one blank file was 已收文件但本年度未填 on the terminal, 收到空表 on the ledger and 本年度未填 in the 汇总
 * title: each kind is now said in the ledger's words everywhere (the expected words are the columns below).
 */
/** What the text and the 汇总 title say of the returns without the year's values: zh 其中…, zh ledger line beside 收到, en head, en ledger line. */
type Said = [string, string, string, string];
const dir = mkdtempSync(join(tmpdir(), "blank-return-"));
const out = join(dir, "下发");

type Typed = Record<string, string>;
test.each<[string, Typed, Record<string, string>, Record<string, string | undefined>, Said]>([
  ["both untouched", {}, { 定海区: "未报", 普陀区: "未报" }, { 定海区: "file", 普陀区: "file" },
    ["其中定海区、普陀区收到空表", "（其中 2 份按未报，见催报）", "; 定海区, 普陀区 sent back blank", "(all counted as not sent, named below among those to be chased)"]],
  ["定海区 typed one value", { 定海区: "in:2023" }, { 定海区: "已报", 普陀区: "未报" }, { 定海区: undefined, 普陀区: "file" },
    ["其中普陀区收到空表", "（其中 1 份按未报，见催报）", "; 普陀区 sent back blank", "(1 of them counted as not sent, named below among those to be chased)"]],
  ["定海区 typed an earlier year only", { 定海区: "in:2022" }, { 定海区: "未报", 普陀区: "未报" }, { 定海区: "year", 普陀区: "file" },
    ["其中定海区本年度未填，普陀区收到空表", "（其中 2 份按未报，见催报）", "; 定海区 with no values for the year; 普陀区 sent back blank",
      "(all counted as not sent, named below among those to be chased)"]],
])("%s", async (name, typed, states, blanks, [zh, zhLedger, en, enLedger]) => {
  const d = join(out, name);
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区", "--deadline", "2024-01-31", "--out-dir", d)).code).toBe(0);
  for (const [unit, key] of Object.entries(typed)) {
    // typed the way a filer's program saves it: a value in one year cell
    const ExcelJS = (await import("exceljs")).default;
    const { fillInputs } = await import("../../src/hosts/xlsx/fillInputs");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(d, `2023-${unit}.xlsx`));
    expect(fillInputs(wb, [{ template: "zhoushan-2021-2025", id: "zs21-24", key, value: 6.8 }])).toEqual([]);
    await wb.xlsx.writeFile(join(d, `2023-${unit}.xlsx`));
  }
  const args = [join(d, "2023-定海区.xlsx"), join(d, "2023-普陀区.xlsx"), "--ledger", join(d, "报送台账.xlsx"), "--as-of", "2024-02-01", "--out", join(d, "汇总.xlsx")];
  const s = await cli("summary", ...args, "--json");
  expect(s.err).toBe("");
  const json = JSON.parse(s.out) as { units: Array<{ unit: string; yearBlank?: boolean }>; ledger: Array<{ unit: string; state: string; blank?: string; file?: string }> };
  const ledger = json.ledger;
  expect(Object.fromEntries(ledger.map((x) => [x.unit, x.state]))).toEqual(states);
  expect(Object.fromEntries(ledger.map((x) => [x.unit, x.blank]))).toEqual(blanks);
  for (const x of ledger) expect(x.file).toMatch(/2023-.+\.xlsx$/); // the file it was given is named either way
  // both files are among the returns summed, those without the year's values marked
  expect(json.units.map((u) => [u.unit, Boolean(u.yearBlank)])).toEqual(ledger.map((x) => [x.unit, x.blank !== undefined]));

  // the text, the scope line and the ledger sheet say the same
  const blankUnits = ledger.filter((x) => x.blank).map((x) => x.unit);
  const text = await cli("summary", ...args, "--force");
  const lines = text.out.split("\n");
  expect(lines[0]).toBe(`已生成汇总 ${join(d, "汇总.xlsx")}（2 份，2023 年度；${zh}）`);
  expect(lines.find((l) => l.startsWith("报送台账："))).toBe(`报送台账：应报 2，收到 2 份${zhLedger}；未报 ${blankUnits.length}  已报 ${2 - blankUnits.length}  退回 0  通过 0`);
  // each named once after the head line, on the 催报 line with why (session 38: the counts line named them too)
  expect(lines.find((l) => l.startsWith("未报，请催报："))).toBe(`未报，请催报：${ledger.filter((x) => x.blank).map((x) => `${x.unit}（${x.blank === "file" ? "收到空表" : "本年度未填"}）`).join("、")}`);
  const english = (await cli("summary", ...args.slice(0, -2), "--lang", "en")).out.split("\n");
  expect(english[0]).toBe(`Summary (2 returns, year 2023${en}); no workbook written: add --out 汇总.xlsx to write one`);
  expect(english.find((l) => l.startsWith("Ledger (报送台账):"))).toContain(`2 expected, 2 received ${enLedger}; `);
  const g = await readXlsxZip(readFileSync(join(d, "汇总.xlsx")));
  const texts = (sheet: string): string[] => (g.sheets.find((x) => x.name === sheet)?.rows ?? []).flatMap((row) => (row ?? []).map((c) => (c ? cellText(c) : "")));
  expect(texts("汇总")).toContain(`汇总范围：定海区、普陀区（2 份，${zh}）`);
  const ledgerTexts = texts("报送台账");
  for (const x of ledger) expect(ledgerTexts).toContain(`${x.unit}${x.blank === "file" ? "（收到空表）" : x.blank === "year" ? "（本年度未填）" : ""}`);
  const counts = ledgerTexts.find((t) => t.startsWith("应报 "));
  const files = ledger.filter((x) => x.blank === "file").length;
  const years = ledger.filter((x) => x.blank === "year").length;
  const which = [years ? `本年度未填 ${years} 份` : "", files ? `收到空表 ${files} 份` : ""].filter(Boolean).join("、");
  expect(counts).toBe(`应报 2，收到 2 份${which ? `（其中${which}，按未报）` : ""}：未报 ${blankUnits.length}，已报 ${2 - blankUnits.length}，退回 0，通过 0`);
  // chased all the same, saying why
  for (const u of blankUnits) expect(ledgerTexts.some((t) => t.startsWith(ledger.find((x) => x.unit === u)!.blank === "year" ? "本年度未填；已逾期" : "收到空表；已逾期"))).toBe(true);
}, 60000);
