import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { checkGrid } from "../../src/sheet/checkGrid";
import { describeIssue } from "../../src/domain/describeIssue";
import { mergedInto } from "../../src/sheet/mergedInto";
import { at, returnFile, years } from "../support/trialReturn";

/**
 * trial28b F7: a person merged the 说明 cells of two rows (P10:P11) and wrote one note; check said
 * "P11：滞后指标须填写说明" with no word of the merge, while the sheet shows the note across row 11.
 * The covered cell is still empty (the note is P10's alone) and check names the merge.
 */
const lagging = [...years("r01", 93, 93.8, 94.6, 95.5), ...years("r06", 0.582, 0.583, 0.585, 0.586), at("r13", "assess", "已达标")];

async function checkedWith(merge: boolean, noteAbove: string): Promise<{ cell: string; above: string; merges: readonly string[] | undefined; issue: ReturnType<typeof issueOf> }> {
  const f = await returnFile(lagging);
  const first = checkGrid(await readXlsxZip(readFileSync(f)));
  const item = first.ok ? first.report.items.find((i) => i.id === "r06") : undefined;
  if (!item?.noteCell || item.status !== "lagging" && item.status !== "severe") throw new Error("r06 is not a lagging row with a 说明 cell");
  const row = Number(item.noteCell.replace(/^[A-Z]+/, ""));
  const above = `${item.noteCell.replace(/\d+$/, "")}${row - 1}`;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  const ws = wb.getWorksheet(item.sheet)!;
  ws.getCell(above).value = noteAbove;
  if (merge) ws.mergeCells(`${above}:${item.noteCell}`);
  await wb.xlsx.writeFile(f);
  const grid = await readXlsxZip(readFileSync(f));
  const checked = checkGrid(grid);
  const again = checked.ok ? checked.report.items.find((i) => i.id === "r06") : undefined;
  return { cell: item.noteCell, above, merges: grid.sheets.find((s) => s.name === item.sheet)?.merges, issue: issueOf(again) };
}
const issueOf = (item: { issues: Array<{ code: string; cell?: string; params?: Record<string, string | number> }> } | undefined) => item?.issues.find((i) => i.code === "lagging_no_note");

test.each<[string, boolean, string, boolean]>([
  ["a note merged down over the row names the merge", true, "快报数，正式数据待年报公布后更新", true],
  ["an empty merged cell asks for a note as usual", true, "", false],
  ["a note in the row above, not merged, asks for a note as usual", false, "快报数，正式数据待年报公布后更新", false],
])("%s", async (_label, merge, note, named) => {
  const { cell, above, merges, issue } = await checkedWith(merge, note);
  expect(merges?.includes(`${above}:${cell}`) ?? false).toBe(merge);
  expect(issue?.cell).toBe(cell);
  expect(issue?.params?.["mergedWith"]).toBe(named ? above : undefined);
  const zh = describeIssue({ code: "lagging_no_note", severity: "warning", ...(issue?.params ? { params: issue.params } : {}) }, "zh");
  const en = describeIssue({ code: "lagging_no_note", severity: "warning", ...(issue?.params ? { params: issue.params } : {}) }, "en");
  expect([zh.includes(`与 ${above} 合并`), en.includes(`merged with ${above}`)]).toEqual([named, named]);
}, 60000);

test.each<[string, string[] | undefined, string, string | undefined]>([
  ["a covered cell names its top-left", ["P10:P11"], "P11", "P10"],
  ["the top-left is not covered", ["P10:P11"], "P10", undefined],
  ["a cell inside a block, not in its first row or column", ["B2:D4"], "C3", "B2"],
  ["a cell outside every range", ["B2:D4", "P10:P11"], "P12", undefined],
  ["no merges known (the task pane)", undefined, "P11", undefined],
])("mergedInto: %s", (_label, merges, cell, topLeft) => {
  expect(mergedInto(merges, cell)).toBe(topLeft);
});
