import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";

/**
 * A distributed file sent back untouched is not a return (issue 18.2): the ledger counts it
 * 未报, names the file, and keeps the unit on the 催报 list; a filled one is 已报.
 */
const dir = mkdtempSync(join(tmpdir(), "blank-return-"));
const out = join(dir, "下发");

test.each([
  ["both untouched", [] as string[], { 定海区: "未报", 普陀区: "未报" }],
  ["定海区 typed one value", ["定海区"], { 定海区: "已报", 普陀区: "未报" }],
])("%s", async (_why, filled, states) => {
  const d = join(out, String(filled.length));
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区", "--deadline", "2024-01-31", "--out-dir", d)).code).toBe(0);
  for (const unit of filled) {
    // typed the way a filer's program saves it: a value in one year cell
    const ExcelJS = (await import("exceljs")).default;
    const { fillInputs } = await import("../../src/hosts/xlsx/fillInputs");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(d, `2023-${unit}.xlsx`));
    expect(fillInputs(wb, [{ template: "zhoushan-2021-2025", id: "zs21-24", key: "in:2023", value: 6.8 }])).toEqual([]);
    await wb.xlsx.writeFile(join(d, `2023-${unit}.xlsx`));
  }
  const s = await cli("summary", join(d, "2023-定海区.xlsx"), join(d, "2023-普陀区.xlsx"), "--ledger", join(d, "报送台账.xlsx"), "--as-of", "2024-02-01", "--out", join(d, "汇总.xlsx"), "--json");
  expect(s.err).toBe("");
  const ledger = (JSON.parse(s.out) as { ledger: Array<{ unit: string; state: string; blank?: boolean; file?: string }> }).ledger;
  expect(Object.fromEntries(ledger.map((x) => [x.unit, x.state]))).toEqual(states);
  for (const x of ledger) {
    expect(x.file).toMatch(/2023-.+\.xlsx$/); // the file it was given is named either way
    expect(Boolean(x.blank)).toBe(x.state === "未报");
  }
}, 60000);
