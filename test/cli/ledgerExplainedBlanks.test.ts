/**
 * §6a (our reading): a unit whose every blank row is explained in its 说明 is not chased to complete its
 * return. On the old code the 报送台账 sheet then said nothing of it at all — no 催报 line, nothing saying its
 * blanks were explained — while a unit with blanks unexplained got 督促补填 and a line; `--json`'s ledger[]
 * named no list for it (no `incomplete`). Now the three say it alike: the sheet's 催报 list has a line
 * marked 已说明 (已报送，N 项未填报（共 M 项），均已说明原因，不列入补填), ledger[].incomplete is "explained"
 * (chase []), and the terminal's 未填报但已说明原因 line says 均已说明 beside that unit (all … explained).
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellText } from "../../src/domain/CellValue";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { LEDGER_SHEET } from "../../src/cycle/ledgerSheet";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

const zs = findTemplate("zhoushan-2021-2025") as Template;
const REASON = "统计局尚未发布2023年调查失业率";
const dir = mkdtempSync(join(tmpdir(), "ledger-explained-"));
const year = sampleReturn(zs, 2023).filter((e) => typeof e.value === "number" && e.key === "in:2023");

interface Ledger { unit: string; missing: number; rows: number; explainedMissing?: number; incomplete?: string; chase: string[] }

/**
 * Writes `unit`'s return with 2 of the sample's values left out and the 说明 of `noted` of its 未填报 rows written
 * (every one: "all", including rows the sample leaves blank).
 */
async function fill(d: string, unit: string, noted: number | "all"): Promise<void> {
  const f = join(d, `2023-${unit}.xlsx`);
  const write = async (entries: InputEntry[]): Promise<void> => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
    expect(fillInputs(wb, entries)).toEqual([]);
    await wb.xlsx.writeFile(f);
  };
  const left = year.slice(0, 2).map((e) => e.id);
  await write(sampleReturn(zs, 2023).filter((e) => !(e.key === "in:2023" && left.includes(e.id))));
  const checked = JSON.parse((await cli("check", f, "--json")).out) as { items: Array<{ id: string; status: string }> };
  const blank = checked.items.filter((i) => i.status === "missing").map((i) => i.id);
  await write((noted === "all" ? blank : left.slice(0, noted)).map((id) => ({ template: zs.id, id, key: "note", value: REASON })));
}

describe("a unit whose every blank row is explained: said alike on the terminal, in ledger[] and on the ledger sheet", () => {
  // 定海区 every blank row explained; 普陀区 blanks, `pNoted` of its 2 left out explained
  test.each<[string, number]>([
    ["beside a unit with no blank row explained", 0],
    ["beside a unit with one of its blank rows explained", 1],
  ])("%s", async (name, pNoted) => {
    const d = join(dir, name);
    expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区", "--deadline", "2024-01-31", "--out-dir", d)).code).toBe(0);
    await fill(d, "定海区", "all");
    await fill(d, "普陀区", pNoted);
    const files = [join(d, "2023-定海区.xlsx"), join(d, "2023-普陀区.xlsx")];
    const args = [...files, "--ledger", join(d, "报送台账.xlsx"), "--as-of", "2024-02-05"];
    const ledger = (JSON.parse((await cli("summary", ...args, "--json")).out) as { ledger: Ledger[] }).ledger;
    const all = ledger.find((x) => x.unit === "定海区")!;
    const some = ledger.find((x) => x.unit === "普陀区")!;
    // 定海区: every blank row explained, on no list to complete, chased for none of them
    expect(all.missing).toBeGreaterThan(0);
    expect(all.explainedMissing).toBe(all.missing);
    expect(all.incomplete).toBe("explained");
    expect(all.chase).not.toContain("complete");
    expect(some.incomplete).toBe("to_complete");
    expect(some.chase).toContain("complete");

    const zh = (await cli("summary", ...args, "--out", join(d, "汇总.xlsx"))).out;
    const en = (await cli("summary", ...args, "--lang", "en")).out;
    const zhLine = zh.split("\n").find((l) => l.startsWith("未填报但已说明原因（不列入补填）："))!;
    expect(zhLine).toContain(`定海区 ${all.missing} 项（均已说明）`);
    if (pNoted) expect(zhLine).toContain(`普陀区 ${pNoted} 项`);
    expect(zhLine).not.toMatch(/普陀区 \d+ 项（均已说明）/);
    expect(zh).not.toMatch(/请督促补填：[^\n]*定海区/);
    const enLine = en.split("\n").find((l) => l.startsWith("Rows not filled (未填报) but explained"))!;
    expect(enLine).toContain(`定海区 ${all.missing} (all its blank rows)`);
    expect(enLine ?? "").not.toMatch(/普陀区 \d+ \(all/);

    // the sheet: 定海区 on the 催报 list as explained, not chased; 普陀区 chased to complete
    const g = await readXlsxZip(readFileSync(join(d, "汇总.xlsx")));
    const rows = g.sheets.find((x) => x.name === LEDGER_SHEET)!.rows.map((row) => (row ?? []).map((c) => (c ? cellText(c) : "")).join("|"));
    // the unit's lines of the 催报 list about its blank rows (its errors and lags have lines of their own)
    const lines = (unit: string): string[] => rows.filter((r) => r.includes(`|${unit}|`) && !r.startsWith("1|") && !r.startsWith("2|") && r.includes("未填报"));
    expect(lines("定海区")).toEqual([`|定海区|已说明|已报送，${all.missing} 项未填报（共 ${all.rows} 项），均已说明原因，不列入补填`]);
    expect(lines("普陀区").some((r) => r.includes("|督促补填|") && r.includes("请督促补填"))).toBe(true);
    expect(lines("普陀区").some((r) => r.includes("均已说明原因"))).toBe(false);
  }, 120000);
});
