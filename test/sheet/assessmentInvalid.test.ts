import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { inKey } from "../../src/sheet/keys";
import { catalog } from "../../src/templates/catalog";

/**
 * A words-target row's 人工评估 cell holding no conclusion of its list (a second trial's reviewer
 * typed 达标 for 已达标): the row stays 待人工评估, as the sheet's own formula shows it, and the
 * check now says why on that cell, where it listed nothing and lock then refused without naming it.
 */
const found = catalog().find((x) => x.id === "quzhou-2021-2025");
if (!found || found.kind !== "indicators") throw new Error("quzhou-2021-2025");
const t = found;
const row = t.indicators.find((d) => d.name.startsWith("居民人均可支配收入增长")); // 保持全省领先
if (!row) throw new Error("row");
const plan = buildWorkbookPlan([t], { year: 2023, reportingUnit: "柯城区" });

test.each<[string, string, string, string | null]>([
  ["a conclusion of the list", "已达标", "met", null],
  ["left blank", "", "manual", null],
  ["达标 for 已达标", "达标", "manual", "人工评估应从下拉列表选择 已达标、符合序时进度、滞后、严重滞后、不适用 之一，实际为「达标」，不能作为评估结论"],
  ["待人工评估 copied down", "待人工评估", "manual", "人工评估应从下拉列表选择 已达标、符合序时进度、滞后、严重滞后、不适用 之一，实际为「待人工评估」，不能作为评估结论"],
])("人工评估 %s", async (_label, assess, status, message) => {
  const wb = planToWorkbook(plan);
  const entries = [{ template: t.id, id: row.id, key: inKey(2023), value: "继续保持全省前列" }];
  if (assess) entries.push({ template: t.id, id: row.id, key: "assess", value: assess });
  expect(fillInputs(wb, entries)).toEqual([]);
  const r = checkGrid(await readXlsxZip(new Uint8Array(await wb.xlsx.writeBuffer())), undefined);
  if (!r.ok) throw new Error(r.message);
  const item = r.report.items.find((i) => i.id === row.id);
  const issue = item?.issues.find((i) => i.code === "assessment_invalid");
  // the line names the sheet and the 人工评估 cell, then what is wrong
  expect([item?.status, issue?.message ?? null]).toEqual([status, message === null ? null : expect.stringMatching(new RegExp(`^工作表「.+」Q\\d+：${message}$`))]);
  if (issue) expect([issue.severity, issue.cell?.replace(/\d+$/, "")]).toEqual(["warning", "Q"]);
});
