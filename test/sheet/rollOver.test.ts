import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { STATUS_LABELS } from "../../src/domain/Status";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxBuffer } from "../../src/hosts/xlsx/readXlsx";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { CheckReport } from "../../src/sheet/CheckReport";
import { checkGrid } from "../../src/sheet/checkGrid";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { gridCell, type GridSheet, type GridWorkbook } from "../../src/sheet/Grid";
import { cellText } from "../../src/domain/CellValue";
import { columnNumber } from "../../src/sheet/a1";

function parseA1(a: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a);
  if (!m) throw new Error(a);
  return { row: Number(m[2]), col: columnNumber(m[1] as string) };
}
import { convert } from "../support/libreoffice";

/**
 * A roll-over changes the year the formulas read (报告年份 on the cover), the titles and the
 * prompts; the status formulas themselves stay as they are. Here a protected 2023 return with
 * 2023 values is rolled to 2024 the way the Office host does it (the cover's year and the
 * titles), 2024 values are typed into the unlocked cells, and LibreOffice recalculates: every
 * status cell must say what the engine says for 2024, and every 2023 value must still be there.
 */
const ids = ["zhoushan-2021-2025", "shengsi-2023-2027"];
const templates = ids.map((id) => findTemplate(id) as Template);
const dir = mkdtempSync(join(tmpdir(), "roll-"));
let before: CheckReport;
let after: CheckReport;
let afterGrid: GridWorkbook;

beforeAll(async () => {
  const plan2023 = buildWorkbookPlan(templates, { year: 2023, reportingUnit: "定海区" });
  const wb = planToWorkbook(plan2023);
  expect(fillInputs(wb, templates.flatMap((t) => sampleReturn(t, 2023)))).toEqual([]);
  const f2023 = join(dir, "return-2023.xlsx");
  await wb.xlsx.writeFile(f2023);
  const first = checkGrid(await readXlsxBuffer(readFileSync(f2023)));
  if (!first.ok) throw new Error(first.message);
  before = first.report;

  // the roll-over: what refreshPlan writes when the plan is for 2024
  const plan2024 = buildWorkbookPlan(templates, { year: 2024, reportingUnit: "定海区" });
  (wb.getWorksheet("填报说明") as ExcelJS.Worksheet).getCell("C5").value = 2024;
  for (const s of plan2024.sheets.filter((x) => x.role === "template")) {
    (wb.getWorksheet(s.name) as ExcelJS.Worksheet).getCell("A1").value = s.cells.find((c) => c.address === "A1")?.value ?? null;
  }
  // 2024 values typed into the 2024 cells only
  expect(fillInputs(wb, templates.flatMap((t) => sampleReturn(t, 2024)).filter((e) => e.key.endsWith(":2024")))).toEqual([]);
  const f2024 = join(dir, "return-rolled-2024.xlsx");
  await wb.xlsx.writeFile(f2024);
  const [recalculated] = convert([f2024], "xlsx", join(dir, "recalculated"));
  afterGrid = await readXlsxBuffer(readFileSync(recalculated as string));
  const second = checkGrid(afterGrid);
  if (!second.ok) throw new Error(second.message);
  after = second.report;
  if (process.env["ROLL_PDF"]) convert([f2024], "pdf", process.env["ROLL_PDF"]);
}, 300000);

describe("a 2023 return rolled over to 2024, recalculated by LibreOffice", () => {
  test("is checked as 2024, and LibreOffice's status cells agree with the engine (100%)", () => {
    expect(before.year).toBe(2023);
    expect(after.year).toBe(2024);
    const disagree = after.items.filter((i) => i.sheetStatus !== STATUS_LABELS[i.status]).map((i) => `${i.sheet}!${i.statusCell} ${i.name}: engine ${STATUS_LABELS[i.status]}, LibreOffice ${i.sheetStatus ?? "(empty)"}`);
    expect(disagree).toEqual([]);
    expect(after.items.length).toBeGreaterThan(40);
    expect(after.items.flatMap((i) => i.issues).filter((x) => x.code === "status_overwritten")).toEqual([]);
  });

  test("keeps every 2023 value in its cell", () => {
    const typed = before.items.filter((i) => i.kind === "indicator" && i.cells["2023"] && i.value !== "");
    expect(typed.length).toBeGreaterThan(20);
    for (const i of typed) {
      const sheet = afterGrid.sheets.find((s) => s.name === i.sheet) as GridSheet;
      const { row, col } = parseA1(i.cells["2023"] as string);
      expect([i.id, cellText(gridCell(sheet, row, col))]).toEqual([i.id, i.value]);
      expect(after.items.find((x) => x.id === i.id)?.cells["2023"]).toBe(i.cells["2023"]);
    }
  });
});
