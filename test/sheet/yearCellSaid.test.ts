import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { COVER_NAME, YEAR_CELL } from "../../src/sheet/coverSheet";
import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import { catalog } from "../../src/templates/catalog";

/**
 * A return whose 报告年份 is not a year number is not checked, and the line says what the cell
 * holds (a trial's 「2023年」 typed as text was told only "empty or not a whole number").
 */
const t = catalog().find((x) => x.id === "zhoushan-2021-2025");
if (!t) throw new Error("zhoushan-2021-2025");
const plan = buildWorkbookPlan([t], { year: 2023, reportingUnit: "定海区" });

test.each<[string, string | number | null, string]>([
  ["text with 年", "2023年", "工作表「填报说明」C5：报告年份应为年份数字（如 2023），实际为文本「2023年」：请将该格设为“常规”格式后重新输入数字"],
  ["a number stored as text", "2023", "工作表「填报说明」C5：报告年份应为年份数字（如 2023），实际为文本「2023」：请将该格设为“常规”格式后重新输入数字"],
  ["a fraction", 2023.5, "工作表「填报说明」C5：报告年份应为年份数字（如 2023），实际为「2023.5」"],
  ["emptied", null, "工作表「填报说明」C5：报告年份应为年份数字（如 2023），实际为空"],
])("a year cell holding %s", async (_label, value, line) => {
  const wb = planToWorkbook(plan);
  wb.getWorksheet(COVER_NAME)!.getCell(YEAR_CELL.row, YEAR_CELL.col).value = value;
  const grid = await readXlsxZip(new Uint8Array(await wb.xlsx.writeBuffer()));
  const r = checkGrid(grid, undefined);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect([r.reason, r.message, describeWorkbookProblem(r.problem, "zh")]).toEqual(["no_year", line, line]);
});
