/**
 * §6a (our reading): a blank row whose 说明 gives no reason (`/`, `—`, `无`, `暂无`, punctuation: isReasonWritten)
 * is plain 未填报: check does not say 已说明, and the summary chases it to be filled in. On the old code any text
 * counted, so a dash in 说明 made the row 未填报（已说明：/） and took it off the 补填 list.
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

const zs = findTemplate("zhoushan-2021-2025") as Template;
const dir = mkdtempSync(join(tmpdir(), "missing-note-nothing-"));
const first = sampleReturn(zs, 2023).find((e) => typeof e.value === "number" && e.key === "in:2023")!;

interface Checked { items: Array<{ id: string; status: string; issues: Array<{ code: string }> }> }
interface Ledger { unit: string; missing: number; explainedMissing?: number; incomplete?: string; chase: string[] }

test.each<[string, string, boolean]>([
  ["a slash", "/", false],
  ["a dash", "—", false],
  ["无", "无", false],
  ["暂无 and a full stop", "暂无。", false],
  ["spaces only", "   ", false],
  ["a reason", "统计局尚未发布", true],
])("a blank row whose 说明 is %s", async (name, note, explained) => {
  const d = join(dir, name);
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区", "--deadline", "2024-01-31", "--out-dir", d)).code).toBe(0);
  const f = join(d, "2023-定海区.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  const entries = sampleReturn(zs, 2023).filter((e) => !(e.key === "in:2023" && e.id === first.id));
  expect(fillInputs(wb, [...entries, { template: zs.id, id: first.id, key: "note", value: note }])).toEqual([]);
  await wb.xlsx.writeFile(f);

  const checked = JSON.parse((await cli("check", f, "--json")).out) as Checked;
  const row = checked.items.find((i) => i.id === first.id)!;
  expect(row.status).toBe("missing");
  expect(row.issues.some((x) => x.code === "missing_explained")).toBe(explained);
  expect((await cli("check", f)).out.includes("未填报（已说明：")).toBe(explained);

  const ledger = (JSON.parse((await cli("summary", f, "--ledger", join(d, "报送台账.xlsx"), "--as-of", "2024-02-05", "--json")).out) as { ledger: Ledger[] }).ledger[0]!;
  expect(ledger.explainedMissing).toBe(explained ? 1 : undefined);
  // the sample leaves other rows blank: the unit is chased to complete either way, the row counted as chased or not
  expect(ledger.chase).toContain("complete");
  const text = (await cli("summary", f, "--ledger", join(d, "报送台账.xlsx"), "--as-of", "2024-02-05")).out;
  expect(text.includes("未填报但已说明原因")).toBe(explained);
}, 90000);
