import { workbookToGrid } from "../../src/hosts/xlsx/readXlsx";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { importTable } from "../../src/import";
import type { IndicatorTemplate } from "../../src/templates/TemplateSchema";
import { checkGrid } from "../../src/sheet/checkGrid";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { previewRows, directionText } from "../../src/ui/taskpane/importPreview";

/**
 * A trial's two rows with the same numbers, 100 → 100, read ↑越高越好 (入学率, up by its name, §3a rule 3) and 保持 (no
 * name word: rule 4, equal → keep) on the sheet's 方向. Both are met when A ≥ 100 (§3: a point target is ≥ for up and
 * keep alike), so the same numbers now read 保持 whatever decided the direction, as an up row whose point target is below
 * its baseline already did; the import preview names the rule that decided, as before. The engine's direction and the
 * statuses are unchanged (the contract, §3a).
 */
const ROWS: Array<[string, string, string, string]> = [
  // id, name, baseline, target
  ["r1", "小学入学率", "100", "100"],
  ["r2", "小学学位保障", "100", "100"],
  ["r3", "义务教育巩固率", "90", "90"],
  ["r4", "学位保障程度", "90", "90"],
  ["r5", "高中阶段毛入学率", "96.6", "98"],
  ["r6", "城镇新增就业人数", "9100", "8000"],
  ["r7", "学前教育入园率", "100", "≥100"],
];
// the plan's table as pasted (序号 r1… keeps each row's id findable on the sheet)
const imported = importTable(["某县“十四五”教育主要指标", "序号\t指标\t单位\t2020年\t2025年\t属性",
  ...ROWS.map(([id, name, baseline, target]) => `${id}\t${name}\t${name.includes("人数") ? "人" : "%"}\t${baseline}\t${target}\t预期性`)].join("\n"));
if (!imported.ok) throw new Error(imported.message);
const template = imported.template as IndicatorTemplate;

function directionCell(grid: GridWorkbook, id: string): string | undefined {
  const s = grid.sheets.find((x) => x.rows.some((r) => r.some((c) => (c as { text?: string }).text === "方向")));
  const text = (c: unknown): string => (c as { text?: string }).text ?? "";
  const header = s?.rows.find((r) => r.some((c) => text(c) === "方向"));
  const col = header?.findIndex((c) => text(c) === "方向") ?? -1;
  const row = s?.rows.find((r) => r.some((c) => text(c) === id));
  return row ? text(row[col]) : undefined;
}

const plan = buildWorkbookPlan([template], { year: 2023, reportingUnit: "某县" });
const grid = workbookToGrid(planToWorkbook(plan));
const preview = previewRows(template);
/** the id the importer gave the row of `key` (r1…, the table's 序号) */
const idOf = (key: string): string => {
  const name = ROWS.find((r) => r[0] === key)?.[1];
  const d = template.indicators.find((x) => x.name === name);
  if (!d) throw new Error(key);
  return d.id;
};

test.each<[string, string, string, string]>([
  ["100 → 100 with a higher-is-better name (入学率)", "r1", "保持", "保持（按名称：入学率）"],
  ["100 → 100 with no name word", "r2", "保持", "保持（按基期与目标）"],
  ["90 → 90 with a higher-is-better name (巩固率)", "r3", "保持", "保持（按名称：巩固率）"],
  ["90 → 90 with no name word", "r4", "保持", "保持（按基期与目标）"],
  ["a target above the baseline stays up", "r5", "↑越高越好", "↑越高越好（按名称：入学率）"],
  ["a target below the baseline, up by name, was keep already", "r6", "保持", "保持（按名称：人数）"],
  ["a floor at the baseline is the operator's up", "r7", "↑越高越好", "↑越高越好（按运算符）"],
])("%s: the sheet's 方向 and the import preview", (_d, key, sheet, shown) => {
  const id = idOf(key);
  expect(directionCell(grid, id)).toBe(sheet);
  const row = preview.find((r) => r.id === id);
  expect(row && directionText(row.decided, "zh")).toBe(shown);
});

// only the words: the same value gets the same status on both rows, as before (§3: ≥ for up and keep alike)
test.each<[number, string]>([[100, "met"], [99, "lagging"]])("%s on either 100 → 100 row: %s", (value, status) => {
  const wb = planToWorkbook(plan);
  fillInputs(wb, ["r1", "r2"].map(idOf).map((id) => ({ template: template.id, id, key: "in:2023", value })));
  const r = checkGrid(workbookToGrid(wb));
  if (!r.ok) throw new Error(r.message);
  expect(["r1", "r2"].map(idOf).map((id) => r.report.items.find((i) => i.id === id)?.status)).toEqual([status, status]);
});
