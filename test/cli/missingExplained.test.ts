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

/**
 * trial31: check tells a filer with no value to leave the cell blank (按未填报) and write the reason in
 * 说明. A filer who did so (K11 blank, 说明 统计局尚未发布2023年调查失业率) saw plain 未填报 from check, and the
 * summary still asked the manager to chase the row (请督促补填：青田县 3 项). A blank row with a 说明 stays
 * 未填报 (counts unchanged) but is 已说明 (evaluation-rules §6a): check says it (zh, en, --json), the
 * 问题清单 and the 审核 sheet show the 说明, the summary chases only the blank rows without one and names the rest apart.
 * On the old code check gave such a row no issue, ledger[] had no explainedMissing and the text had no
 * 未填报但已说明原因 line.
 */
const zs = findTemplate("zhoushan-2021-2025") as Template;
const REASON = "统计局尚未发布2023年调查失业率";
const dir = mkdtempSync(join(tmpdir(), "missing-explained-"));

/** The sample's numbers for 2023 (rows the sample leaves blank stay blank in every case). */
const year = sampleReturn(zs, 2023).filter((e) => typeof e.value === "number" && e.key === "in:2023");

interface Ledger { unit: string; missing: number; rows: number; explainedMissing?: number; incomplete?: string }
interface Checked { counts: { missing: number }; items: Array<{ id: string; status: string; sheet: string; issues: Array<{ code: string; severity: string; cell?: string; noted?: boolean; note?: string; message: string }> }> }

describe("a row left blank with its reason in 说明 is 未填报, explained", () => {
  // blank: the sample's values left out; noted: of those, how many get a 说明
  test.each<[string, number, number]>([
    ["two rows blank, both explained: not chased to complete", 2, 2],
    ["two rows blank, one explained: the other still chased", 2, 1],
    ["one row blank, not explained: chased as before", 1, 0],
  ])("%s", async (name, blank, noted) => {
    const d = join(dir, name);
    expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区", "--deadline", "2024-01-31", "--out-dir", d)).code).toBe(0);
    const f = join(d, "2023-定海区.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
    const left = year.slice(0, blank).map((e) => e.id);
    const notes: InputEntry[] = left.slice(0, noted).map((id) => ({ template: zs.id, id, key: "note", value: REASON }));
    expect(fillInputs(wb, [...sampleReturn(zs, 2023).filter((e) => !(e.key === "in:2023" && left.includes(e.id))), ...notes])).toEqual([]);
    await wb.xlsx.writeFile(f);

    // check: each explained row stays 未填报 and says its 说明 on the 说明 cell, in both languages
    const checked = JSON.parse((await cli("check", f, "--json")).out) as Checked;
    const explained = checked.items.filter((i) => i.issues.some((x) => x.code === "missing_explained"));
    expect(explained.map((i) => i.id)).toEqual(left.slice(0, noted));
    const checkedEn = JSON.parse((await cli("check", f, "--json", "--lang", "en")).out) as Checked;
    for (const i of explained) {
      expect(i.status).toBe("missing");
      const issue = i.issues.find((x) => x.code === "missing_explained")!;
      // on the row's 说明 cell (the 说明 column, the value's row)
      expect(issue).toMatchObject({ severity: "info", noted: true, note: REASON });
      expect(issue.cell?.replace(/^[A-Z]+/, "")).toBe(checked.items.find((x) => x.id === i.id)!.issues[0]!.cell?.replace(/^[A-Z]+/, ""));
      expect(issue.message).toBe(`工作表「${i.sheet}」${issue.cell}：未填报（已说明：${REASON}）`);
      expect(checkedEn.items.find((x) => x.id === i.id)!.issues.find((x) => x.code === "missing_explained")!.message).toContain(`not filled in (explained: ${REASON})`);
    }
    const text = await cli("check", f);
    const en = await cli("check", f, "--lang", "en");
    expect(text.out.split("\n").filter((l) => l.includes(`未填报（已说明：${REASON}）`))).toHaveLength(noted);
    expect(en.out.split("\n").filter((l) => l.includes(`not filled in (explained: ${REASON})`))).toHaveLength(noted);

    // summary: counts unchanged, only the rows without a 说明 chased, the rest on their own line
    const args = [f, "--ledger", join(d, "报送台账.xlsx"), "--as-of", "2024-02-05", "--out", join(d, "汇总.xlsx")];
    const ledger = (JSON.parse((await cli("summary", ...args, "--json")).out) as { ledger: Ledger[] }).ledger[0]!;
    const n = checked.counts.missing;
    const toChase = n - noted;
    expect(ledger).toMatchObject({ unit: "定海区", missing: n, rows: checked.items.length });
    expect(ledger.explainedMissing).toBe(noted || undefined);
    expect(ledger.incomplete).toBe(toChase > 0 ? "to_complete" : undefined);
    const zh = (await cli("summary", ...args, "--force")).out;
    const enSummary = (await cli("summary", ...args.slice(0, -2), "--lang", "en")).out;
    if (toChase > 0) expect(zh).toContain(`已报但有未填报的指标，请督促补填：定海区 ${toChase} 项（共 ${checked.items.length} 项）`);
    else expect(zh).not.toContain("请督促补填");
    if (noted) {
      expect(zh).toContain(`未填报但已说明原因（不列入补填）：定海区 ${noted} 项`);
      expect(enSummary).toContain(`Rows not filled (未填报) but explained in their 说明 (not on the list to complete): 定海区 ${noted}`);
    } else {
      expect(zh).not.toContain("未填报但已说明原因");
      expect(enSummary).not.toContain("but explained in their 说明");
    }
    // the workbook: the ledger's 未填报 column counts every blank row; 补填 asks for the rest; 问题清单 shows the 说明
    const g = await readXlsxZip(readFileSync(join(d, "汇总.xlsx")));
    const rowsOf = (sheet: string): string[] => g.sheets.find((x) => x.name === sheet)!.rows.map((row) => (row ?? []).map((c) => (c ? cellText(c) : "")).join("|"));
    expect(rowsOf(LEDGER_SHEET).join("\n")).toContain(`|定海区|已报|${n}|`);
    // the 催报 list's line asking for the rows (its mark beside the unit may be worded 补填 or 督促补填)
    const chase = rowsOf(LEDGER_SHEET).filter((r) => r.includes("|定海区|") && r.includes("请督促补填"));
    expect(chase).toHaveLength(toChase > 0 ? 1 : 0);
    if (toChase > 0) expect(chase[0]).toContain(`已报送，${toChase} 项未填报（共 ${checked.items.length} 项${noted ? `；另 ${noted} 项已说明原因，不列入补填` : ""}），请督促补填`);
    expect(rowsOf("问题清单").filter((r) => r.includes(`已说明：${REASON}`))).toHaveLength(noted);
    // the 审核 sheet's 问题 says it too, beside the 说明 column
    expect((await cli("review", f)).code).toBe(0);
    const review = await readXlsxZip(readFileSync(f));
    const reviewRows = review.sheets.find((x) => x.name === "审核")!.rows.map((row) => (row ?? []).map((c) => (c ? cellText(c) : "")));
    expect(reviewRows.filter((r) => r.some((c) => c.endsWith(`未填报（已说明：${REASON}）`)) && r.includes(REASON))).toHaveLength(noted);
  }, 90000);
});
