import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxBuffer } from "../../src/hosts/xlsx/readXlsx";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { catalog } from "../../src/templates/catalog";
import { convert } from "../support/libreoffice";

/** The two .xlsx readers (ExcelJS, and the JSZip reader the CLI and the task pane use) must agree. */
const dir = mkdtempSync(join(tmpdir(), "readers-"));
const files: string[] = [];

beforeAll(async () => {
  for (const t of catalog()) {
    const year = t.kind === "indicators" && t.yearlyTargetYears.length ? 2024 : t.id === "zhoushan-2016-2020" ? 2020 : 2023;
    const wb = planToWorkbook(buildWorkbookPlan([t], { year, reportingUnit: "测试单位" }));
    fillInputs(wb, sampleReturn(t, year));
    const f = join(dir, `${t.id}.xlsx`);
    await wb.xlsx.writeFile(f);
    files.push(f);
  }
  // LibreOffice-saved copies carry cached formula results and LibreOffice's own XML
  files.push(...convert(files.slice(0, 3), "xlsx", join(dir, "lo")));
}, 300000);

function summary(g: GridWorkbook): unknown {
  const r = checkGrid(g);
  if (!r.ok) throw new Error(r.message);
  return { year: r.report.year, unit: r.report.reportingUnit, problems: r.report.problems, items: r.report.items.map((i) => [i.id, i.status, i.sheetStatus ?? null, i.value ?? null, i.cells]) };
}

test("both readers give the same check for every file", async () => {
  expect(files.length).toBe(catalog().length + 3);
  for (const f of files) {
    const full = summary(await readXlsxBuffer(readFileSync(f)));
    expect({ f, r: summary(await readXlsxZip(readFileSync(f))) }).toEqual({ f, r: full });
  }
});

test("the zip reader reads rich text, booleans, errors, dates and typed percentages", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S & <T>");
  ws.getCell("A1").value = { richText: [{ text: "甲" }, { text: "乙&" }] };
  ws.getCell("B2").value = true;
  ws.getCell("C3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("D4").value = 1.5;
  ws.getCell("E5").value = "=not a formula";
  ws.getCell("F6").value = 0.4;
  ws.getCell("F6").numFmt = "0%";
  ws.getCell("G7").value = new Date(Date.UTC(2023, 5, 30));
  ws.getCell("H8").value = 2023;
  ws.getCell("H8").numFmt = '0"年"';
  const g = await readXlsxZip(Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer));
  const s = g.sheets[0]!;
  expect(s.name).toBe("S & <T>");
  expect(s.rows[0]?.[0]).toEqual({ type: "string", text: "甲乙&" });
  expect(s.rows[1]?.[1]).toEqual({ type: "boolean", value: true });
  expect(s.rows[2]?.[2]).toEqual({ type: "error", code: "#N/A" });
  expect(s.rows[3]?.[3]).toEqual({ type: "number", value: 1.5 });
  expect(s.rows[4]?.[4]).toEqual({ type: "string", text: "=not a formula" });
  // what was typed: 40% (kept by Excel as 0.4 in a % style), a date (a serial in a date style)
  // (§2a: the number, marked as percent-styled; the engine decides what it means in the row)
  expect(s.rows[5]?.[5]).toEqual({ type: "number", value: 0.4, percentStyle: true });
  expect(s.rows[6]?.[6]).toEqual({ type: "date", iso: "2023-06-30" });
  expect(s.rows[7]?.[7]).toEqual({ type: "number", value: 2023 });
});

test("the zip reader refuses what is not an xlsx", async () => {
  await expect(readXlsxZip(Buffer.from("not a zip"))).rejects.toThrow();
});
