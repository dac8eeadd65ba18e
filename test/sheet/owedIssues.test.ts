import type ExcelJS from "exceljs";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { xlsxBytes } from "../../src/hosts/xlsx/xlsxBytes";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { mergeMeta } from "../../src/sheet/mergeMeta";
import { metaSheet, readMetaChunks, type WorkbookMeta } from "../../src/sheet/metaSheet";
import type { OwedValue } from "../../src/sheet/OwedValue";
import type { PlannedSheet } from "../../src/sheet/SheetPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";

/**
 * Session 46: a value an earlier return left blank with a reason (未填报（已说明）) rolls into the next year's return still
 * blank; the 说明 is the year's own and is not carried, so the return's metadata keeps it (WorkbookMeta.owed) and check
 * names the cell while it is blank (earlier_year_owed, a warning on that cell, params year and note), in zh and en. A
 * cell filled (even with text: another issue's), a year not before the reporting year, or a row the plan does not
 * have, is not named. Before, check of the rolled return said nothing of the earlier year.
 */
const ZS = findTemplate("zhoushan-2021-2025") as Template;
const NOTE = "县统计局尚未发布2023年劳动年龄人口平均受教育年限，发布后补报";
const owe = (id: string, year: number, note = NOTE): OwedValue => ({ template: ZS.id, id, year, note });
const e = (id: string, key: string, value: ExcelJS.CellValue): InputEntry => ({ template: ZS.id, id, key, value });

async function checked(year: number, owed: OwedValue[], entries: InputEntry[]): Promise<Array<[string, string, string, string, string]>> {
  const plan = buildWorkbookPlan([ZS], { year, reportingUnit: "定海区", owed });
  const wb = planToWorkbook(plan);
  expect(fillInputs(wb, entries)).toEqual([]);
  const c = checkGrid(await readXlsxZip(await xlsxBytes(wb, plan)));
  if (!c.ok) throw new Error("not checked");
  return c.report.items.flatMap((i) => i.issues.filter((x) => x.code === "earlier_year_owed").map((x): [string, string, string, string, string] => [i.id, x.severity, x.cell ?? "", x.message, x.messageEn]));
}

const ZH = (cell: string): string => `工作表「舟山市表2」${cell}：2023 年的数值仍未填写（2023 年填报时已说明：县统计局尚未发布2023年劳动年龄人口平均受教育年限，发布后补报）：数据发布后请补填`;
const EN = "the value for 2023 is still not filled in (explained in the 2023 return: 县统计局尚未发布2023年劳动年龄人口平均受教育年限，发布后补报): fill it in once the figure is published";

test.each<[string, number, OwedValue[], InputEntry[], Array<[string, string]>]>([
  ["2023 still blank in the 2024 return: named on K15", 2024, [owe("zs21-10", 2023)], [], [["zs21-10", "K15"]]],
  ["the 2024 value typed, 2023 still blank: still named", 2024, [owe("zs21-10", 2023)], [e("zs21-10", "in:2024", 11.2)], [["zs21-10", "K15"]]],
  ["spaces only in K15: still blank", 2024, [owe("zs21-10", 2023)], [e("zs21-10", "in:2024", 11.2), e("zs21-10", "in:2023", "  ")], [["zs21-10", "K15"]]],
  ["2023 filled once published: the line goes", 2024, [owe("zs21-10", 2023)], [e("zs21-10", "in:2023", 11.1)], []],
  ["text typed in K15: not owed (earlier_year_invalid speaks)", 2024, [owe("zs21-10", 2023)], [e("zs21-10", "in:2023", "暂无")], []],
  ["two years on, still blank: named in the 2025 return", 2025, [owe("zs21-10", 2023)], [], [["zs21-10", "K15"]]],
  ["checked as its own year: the row is 未填报 itself", 2023, [owe("zs21-10", 2023)], [], []],
  ["a row the plan does not have: passed by", 2024, [owe("zs21-99", 2023)], [], []],
  ["none owed (a return never rolled over)", 2024, [], [], []],
])("check: %s", async (_name, year, owed, entries, want) => {
  const got = await checked(year, owed, entries);
  expect(got.map(([id, severity, cell]) => [id, severity, cell])).toEqual(want.map(([id, cell]) => [id, "warning", cell]));
  for (const [, , cell, zh, en] of got) {
    expect(zh).toBe(ZH(cell));
    expect(en).toMatch(new RegExp(`${cell}: ${EN.replace(/[()]/g, "\\$&")}$`));
  }
});

/** Column A of a planned metadata sheet from A1, as the pane reads it from the workbook. */
function columnA(s: PlannedSheet): unknown[] {
  const out: unknown[] = [];
  for (const c of s.cells) if (/^A\d+$/.test(c.address)) out[Number(c.address.slice(1)) - 1] = c.value;
  return out;
}

// the pane's change of year writes the metadata again (mergeMeta): the new plan's owed values when it gives them (a roll,
// none owed included), else the workbook's stay (a template added)
test.each<[string, OwedValue[] | undefined, OwedValue[] | undefined, OwedValue[] | undefined]>([
  ["a roll gives them: the new plan's", [owe("zs21-10", 2022)], [owe("zs21-10", 2023)], [owe("zs21-10", 2023)]],
  ["a roll owing none: none", [owe("zs21-10", 2022)], [], []],
  ["a load that says nothing of them: the workbook's stay", [owe("zs21-10", 2023)], undefined, [owe("zs21-10", 2023)]],
  ["never owed", undefined, undefined, undefined],
])("mergeMeta keeps the owed values: %s", (_name, had, given, want) => {
  const old = metaSheet({ app: "plan-returns", version: 1, createdYear: 2023, templates: [ZS], ...(had ? { owed: had } : {}) });
  const next = metaSheet({ app: "plan-returns", version: 1, createdYear: 2024, templates: [ZS], ...(given ? { owed: given } : {}) });
  const merged = JSON.parse(readMetaChunks(columnA(mergeMeta(columnA(old), next)).slice(2))) as WorkbookMeta;
  expect(merged.owed).toEqual(want);
});
