import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { UNUSABLE_ZH } from "../../src/domain/UnusableReason";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { FIRST_DATA_ROW, KEY_ROW, parseTemplateMark } from "../../src/sheet/keys";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

/**
 * Trial 39c F1: a return whose hidden columns were unhidden and deleted (all its values still there) was checked as
 * 收到空表 (exit 0, 共 0 项), summed as 未报（收到空表）, and review and lock accepted it (0 个填报单元格，审核通过). A sheet
 * without its id column, or whose ids were cleared, cannot be checked: check exits 2 with one line, summary and report
 * pass it over as a file that cannot be summed, review and lock refuse it.
 */
const dir = mkdtempSync(join(tmpdir(), "id-column-deleted-"));
const zs = findTemplate("zhoushan-2021-2025") as Template;
const sent = join(dir, "下发");

type Damage = (ws: ExcelJS.Worksheet, idCol: number) => void;
const DAMAGES: ReadonlyArray<[string, Damage, string]> = [
  ["the hidden columns deleted", (ws, idCol) => ws.spliceColumns(idCol, ws.columnCount - idCol + 1), "删除"],
  ["some of the hidden key columns deleted (id among them)", (ws, idCol) => ws.spliceColumns(idCol, 3), "删除"],
  ["the id column's ids cleared", (ws, idCol) => { for (let r = FIRST_DATA_ROW; r <= ws.rowCount; r++) ws.getCell(r, idCol).value = null; }, "清空"],
];

const folderOf = (i: number): string => join(dir, `收到${i}`);
const damagedOf = (i: number): string => join(folderOf(i), "2024-定海区.xlsx");

beforeAll(async () => {
  const d = await cli("distribute", zs.id, "--year", "2024", "--units", "定海区,普陀区", "--out-dir", sent);
  expect(d.code).toBe(0);
  for (const [i, [, damage]] of DAMAGES.entries()) {
    mkdirSync(folderOf(i));
    copyFileSync(join(sent, "报送台账.xlsx"), join(folderOf(i), "报送台账.xlsx"));
    for (const unit of ["定海区", "普陀区"]) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(sent, `2024-${unit}.xlsx`));
      expect(fillInputs(wb, sampleReturn(zs, 2024))).toEqual([]);
      if (unit === "定海区") {
        const ws = wb.worksheets.find((w) => parseTemplateMark(w.getCell(KEY_ROW, 1).value) === zs.id);
        if (!ws) throw new Error("no sheet");
        let idCol = 0;
        ws.getRow(KEY_ROW).eachCell((c, col) => { if (c.value === "id") idCol = col; });
        expect(idCol).toBeGreaterThan(0);
        damage(ws, idCol);
      }
      await wb.xlsx.writeFile(join(folderOf(i), `2024-${unit}.xlsx`));
    }
  }
}, 120000);

const CASES = DAMAGES.flatMap(([what, , verb], i) => [
  ["check", what, i, verb],
  ["review", what, i, verb],
  ["lock", what, i, verb],
] as const);

describe("a return whose hidden id column is gone cannot be checked, reviewed or locked", () => {
  test.each(CASES)("%s, %s: exit 2, one line naming the sheet, nothing written", async (command, _what, i, verb) => {
    const out = join(dir, `${command}-${i}.xlsx`);
    const args = command === "check" ? ["check", damagedOf(i)] : command === "review" ? ["review", damagedOf(i), "--out", out] : ["lock", damagedOf(i), "--reviewer", "王某", "--out", out];
    const r = await cli(...args);
    expect({ code: r.code, out: r.out }).toEqual({ code: 2, out: "" });
    const lines = r.err.trim().split("\n").filter((l) => !l.startsWith("错误："));
    expect(lines).toEqual([`${damagedOf(i)}：工作表「舟山市表2」的隐藏指标 id 列已被${verb}，各行数值无法对应到指标，因此未核对（不是空表）：请在下发的原表中重新填写，或把数值复制回下发的原表`]);
    expect(existsSync(out)).toBe(false);
  }, 60000);

  test.each(DAMAGES.map(([what], i) => [what, i] as const))("%s: check --json error.code id_column_deleted; --lang en in English", async (_what, i) => {
    const j = await cli("check", damagedOf(i), "--json");
    expect([j.code, (JSON.parse(j.out) as { error: { code: string } }).error.code]).toEqual([2, "id_column_deleted"]);
    const en = await cli("check", damagedOf(i), "--lang", "en");
    expect(en.err).toMatch(/hidden indicator id column was (deleted|cleared), so no row's values can be told to their indicator; nothing was checked/);
  }, 60000);

  test.each(DAMAGES.map(([what], i) => [what, i] as const))("%s: summary and report pass it over as a file that cannot be summed, never 收到空表", async (_what, i) => {
    const r = await cli("summary", folderOf(i), "--ledger", join(folderOf(i), "报送台账.xlsx"), "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { units: Array<{ unit: string }>; skipped: Array<{ file: string; reason: string; unit?: string }>; ledger: Array<{ unit: string; unusable?: string; blank?: unknown }> };
    expect(json.units.map((u) => u.unit)).toEqual(["普陀区"]);
    expect(json.skipped).toContainEqual({ file: damagedOf(i), reason: "id_column_deleted", unit: "定海区" });
    expect(json.ledger.find((x) => x.unit === "定海区")).toMatchObject({ unusable: "id_column_deleted" });
    const t = await cli("summary", folderOf(i), "--ledger", join(folderOf(i), "报送台账.xlsx"), "--out", join(dir, `汇总${i}.xlsx`));
    expect(t.out).not.toContain("收到空表");
    expect(t.out).toContain(UNUSABLE_ZH.id_column_deleted.split("：")[0] ?? "");
    const rep = await cli("report", folderOf(i), "--out", join(dir, `评估${i}.docx`));
    expect(rep.code).toBe(0);
    expect(`${rep.out}${rep.err}`).not.toContain("收到空表");
    expect(rep.out).toContain(`未评估：${damagedOf(i)}：工作表「舟山市表2」的隐藏指标 id 列已被`);
    expect(rep.out).toContain("（1 份，2024 年度）");
  }, 90000);
});
