import JSZip from "jszip";
import { gridOfBytes } from "../../src/cli/loadWorkbookFile";
import { formatReport } from "../../src/cli/formatReport";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { lockErrors } from "../../src/cycle/lockErrors";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { CheckReport } from "../../src/sheet/CheckReport";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";

/**
 * trial s35 X6: a row hidden in a return (城关镇's row 9, 95.0000001 typed in it) was checked, summed and graded
 * without a word, so the reviewer who opened the file could not see the cell check's warning pointed at. The
 * .xlsx reader now tells hidden rows (GridSheet.hiddenRows) and check says once a sheet which rows of the plan are
 * hidden, their values still used; the sheet's own hidden key row (row 2) is never one of them.
 */
const t = findTemplate("zhoushan-2021-2025") as Template;

/** A filled 2023 return with `rows` of its 表2 sheet marked hidden (as Excel writes it), checked as the CLI checks it. */
async function checked(rows: number[]): Promise<CheckReport> {
  const wb = planToWorkbook(buildWorkbookPlan([t], { year: 2023 }));
  fillInputs(wb, sampleReturn(t, 2023));
  const ws = wb.worksheets.find((w) => w.name.includes("表2"));
  if (!ws) throw new Error("sheet");
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer() as ArrayBuffer);
  const part = `xl/worksheets/sheet${ws.id}.xml`;
  const xml = await zip.file(part)?.async("string") ?? "";
  zip.file(part, xml.replace(/<row r="(\d+)"/g, (m, n: string) => (rows.includes(Number(n)) ? `${m} hidden="1"` : m)));
  const r = await gridOfBytes("r.xlsx", await zip.generateAsync({ type: "nodebuffer" }));
  if (!r.ok) throw new Error(r.message);
  const c = checkGrid(r.grid);
  if (!c.ok) throw new Error(c.message);
  return c.report;
}

describe("rows of the plan hidden in a return", () => {
  test.each<[string, number[], string | null, number]>([
    ["none hidden: nothing said (the key row, hidden by us, is not one)", [], null, 0],
    ["row 9 hidden (城关镇)", [9], "9", 1],
    ["two rows hidden: said once, both listed", [9, 12], "9\n12", 2],
    ["seven rows hidden: the first five listed, all counted", [5, 6, 7, 8, 9, 10, 11], "5\n6\n7\n8\n9", 7],
  ])("%s", async (_why, rows, listed, count) => {
    const [plain, report] = [await checked([]), await checked(rows)];
    const said = report.problems.filter((p) => p.code === "rows_hidden");
    if (listed === null) { expect(said).toEqual([]); return; }
    expect(said).toEqual([{ code: "rows_hidden", params: expect.objectContaining({ rows: listed, count }) }]);
    // the values are used as any row's: the same statuses as with nothing hidden, and lock not refused for it
    expect(report.items.map((i) => i.status)).toEqual(plain.items.map((i) => i.status));
    expect(lockErrors({ ...report, items: [] })).toEqual(lockErrors({ ...plain, items: [] }));
    expect(formatReport("r.xlsx", report, "zh")).toContain(`第 ${listed.split("\n").join("、")} 行${count > 5 ? ` 等 ${count} 行` : ""}被隐藏`);
    expect(formatReport("r.xlsx", report, "en")).toMatch(new RegExp(`rows? ${listed.split("\n")[0]}\\b.* (is|are) hidden`));
  });
});
