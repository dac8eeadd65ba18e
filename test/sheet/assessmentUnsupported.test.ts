import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellText } from "../../src/domain/CellValue";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { inKey } from "../../src/sheet/keys";
import { REVIEW_MARK } from "../../src/sheet/reviewSheet";
import { catalog } from "../../src/templates/catalog";
import { cli } from "../support/cli";

/**
 * trial35 X1: the filer typed 已达标 in 人工评估 (the reviewer's column, open in the distributed sheet) on a words row
 * with nothing for the year and no 说明: check said nothing, review listed 0 rows and the report said 提前实现. Now a
 * conclusion with nothing under it is a warning on the 人工评估 cell (check, --json, the pane and 问题清单 alike), and
 * review lists every row graded by its 人工评估 (需审核 = 是) for the reviewer to confirm; the status stays the
 * conclusion, as the sheet's formula shows it. On main no row below had a warning and none was 需审核.
 */
const found = catalog().find((x) => x.id === "quzhou-2021-2025");
if (!found || found.kind !== "indicators") throw new Error("quzhou-2021-2025");
const t = found;
const row = t.indicators.find((d) => d.name.startsWith("居民人均可支配收入增长")); // 保持全省领先
if (!row) throw new Error("row");
const dir = mkdtempSync(join(tmpdir(), "assess-unsupported-"));
const UNSUPPORTED = "人工评估为「已达标」，但 2023 年完成情况和说明都未填写：人工评估应由审核人员依据填报内容给出，表中看不出是谁所填；请填报单位填写完成情况（或在说明中写明原因），审核人员在审核表中确认这一结论";
const CONFIRM = "人工评估为「已达标」：请审核人员确认（人工评估列填报单位也能填写）";

test.each<[string, string, string, string, string, boolean, string]>([
  // why, year cell, 说明, 人工评估 → status, warned, review's 问题 (需审核 = 是 when not "")
  ["nothing filled, no 说明: warned, to confirm", "", "", "已达标", "met", true, UNSUPPORTED],
  ["a 说明 that says nothing (无) is no basis", "", "无", "已达标", "met", true, UNSUPPORTED],
  ["a reason in 说明: no warning, still to confirm", "", "统计局尚未发布", "已达标", "met", false, CONFIRM],
  ["what was done is written: no warning, still to confirm", "继续保持全省前列", "", "已达标", "met", false, CONFIRM],
  // trial43c F2: a 未填报 row says what to fill toward, its words target for the reviewer to judge
  ["no 人工评估: 未填报, with its target", "", "", "", "missing", false, "未填报（目标 保持全省领先，审核人员也未评估）"],
])("%s", async (name, value, note, assess, status, warned, problem) => {
  const wb = planToWorkbook(buildWorkbookPlan([t], { year: 2023, reportingUnit: "柯城区" }));
  const entries = [
    ...(value ? [{ template: t.id, id: row.id, key: inKey(2023), value }] : []),
    ...(note ? [{ template: t.id, id: row.id, key: "note", value: note }] : []),
    ...(assess ? [{ template: t.id, id: row.id, key: "assess", value: assess }] : []),
  ];
  expect(fillInputs(wb, entries)).toEqual([]);
  const file = join(dir, `${name.replace(/[^\w]+/g, "-")}.xlsx`);
  writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));

  const json = JSON.parse((await cli("check", file, "--json")).out) as { items: Array<{ id: string; status: string; issues: Array<{ code: string; message: string; severity: string }> }> };
  const item = json.items.find((i) => i.id === row.id);
  const issue = item?.issues.find((i) => i.code === "assessment_unsupported");
  expect([item?.status, issue?.severity ?? null, issue?.message ?? null]).toEqual([status, warned ? "warning" : null, warned ? expect.stringMatching(new RegExp(`^工作表「.+」Q\\d+：${UNSUPPORTED}$`)) : null]);

  expect((await cli("review", file)).code).toBe(0);
  const g = await readXlsxZip(readFileSync(file));
  const s = g.sheets.find((x) => cellText(x.rows[1]?.[0] ?? { type: "empty" }) === REVIEW_MARK);
  const keys = (s?.rows[1] ?? []).map(cellText);
  const r = (s?.rows ?? []).slice(3).map((x) => (x ?? []).map(cellText)).find((x) => x[keys.indexOf("key")]?.startsWith(`${t.id}|${row.id}`));
  const said = r?.[keys.indexOf("issue")] ?? "";
  expect([r?.[keys.indexOf("flag")], said.replace(/^Q\d+：/, "")]).toEqual(["是", problem]);
}, 60000);
