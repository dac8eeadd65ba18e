import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { UNUSABLE_ZH } from "../../src/domain/UnusableReason";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { KEY_ROW, parseTemplateMark } from "../../src/sheet/keys";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { insertAndSortVisible } from "../support/sortBlock";

/**
 * A manager's trial: 江山市 sorted only the visible columns of its sheet (after inserting 责任科室),
 * and check, summary, report, review, lock and rollover all read its values against the
 * indicators of the hidden ids that stayed put, without a word. Each now refuses that file as one
 * that cannot be used: check exits 2 with one line, summary and report of a folder pass it over
 * naming the unit, why and what to do, and sum the others.
 */
const dir = mkdtempSync(join(tmpdir(), "rows-out-of-place-"));
const qz = findTemplate("quzhou-2021-2025") as Extract<Template, { kind: "indicators" }>;
const sent = join(dir, "下发");
const got = join(dir, "收到");
const ledger = join(got, "报送台账.xlsx");
const sorted = join(got, "2024-江山市.xlsx");
const fine = join(got, "2024-衢江区.xlsx");

beforeAll(async () => {
  const d = await cli("distribute", qz.id, "--year", "2024", "--units", "江山市,衢江区", "--out-dir", sent);
  expect(d.code).toBe(0);
  mkdirSync(got);
  copyFileSync(join(sent, "报送台账.xlsx"), ledger);
  for (const [unit, file] of [["江山市", sorted], ["衢江区", fine]] as const) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(sent, `2024-${unit}.xlsx`));
    expect(fillInputs(wb, sampleReturn(qz, 2024))).toEqual([]);
    if (file === sorted) insertAndSortVisible(wb.worksheets.find((w) => parseTemplateMark(w.getCell(KEY_ROW, 1).value) === qz.id)!, qz.indicators.length);
    await wb.xlsx.writeFile(file);
  }
}, 60000);

describe("a return whose visible columns were sorted alone", () => {
  test("check: one line naming the sheet and what to do, exit 2; --json error.code rows_out_of_place", async () => {
    const r = await cli("check", sorted);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/2024-江山市\.xlsx：工作表「[^」]+」的行已错位：\d+ 行显示的名称与该行隐藏的指标 id 不符.*请撤销排序，或选中整行（含隐藏列）重新排序，或在下发的原表中重新填写/);
    const j = await cli("check", sorted, "--json", "--lang", "en");
    expect(j.code).toBe(2);
    expect((JSON.parse(j.out) as { error: { code: string } }).error.code).toBe("rows_out_of_place");
    expect(j.err).toMatch(/its rows are out of place/);
  });

  test("summary of the folder: the other return summed, 江山市 named as received but unusable", async () => {
    const r = await cli("summary", got, "--ledger", ledger, "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { units: Array<{ unit: string }>; skipped: Array<{ file: string; reason: string; unit?: string }>; ledger: Array<{ unit: string; unusable?: string }> };
    expect(json.units.map((u) => u.unit)).toEqual(["衢江区"]);
    expect(json.skipped).toContainEqual({ file: sorted, reason: "rows_out_of_place", unit: "江山市" });
    expect(json.ledger.find((x) => x.unit === "江山市")).toMatchObject({ unusable: "rows_out_of_place" });
    const t = await cli("summary", got, "--ledger", ledger, "--out", join(dir, "汇总.xlsx"));
    expect(t.out).toContain(`江山市：${UNUSABLE_ZH.rows_out_of_place}：${sorted}`);
  }, 60000);

  test("report of the folder: 江山市's file cannot be evaluated, said with why", async () => {
    const r = await cli("report", got, "--ledger", ledger, "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { unusable?: Array<{ unit: string; file: string; reason: string }> };
    expect(json.unusable).toEqual([{ unit: "江山市", file: sorted, reason: "rows_out_of_place" }]);
  }, 60000);

  test.each<[string, string[]]>([
    ["summary of files named on their own", ["summary", fine, sorted, "--json"]],
    ["review", ["review", sorted]],
    ["lock", ["lock", sorted]],
    ["rollover", ["rollover", sorted, "--year", "2025", "--out", join(dir, "2025-江山市.xlsx")]],
  ])("%s: refused (exit 2), nothing written", async (_what, args) => {
    const r = await cli(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/的行已错位/);
  }, 60000);
});
