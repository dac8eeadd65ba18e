/**
 * A trial user's 审核 sheet printed its 17 columns on one A4 page at about 5 pt, and the 工作表
 * column (某县“十四五”教育事业发展规划 in 14 characters) ran into 位置. It prints as a return does:
 * A4 landscape at ≥ 85 %, two pages across with 工作表, 位置 and the name repeated, and 工作表 as
 * wide as its names (within bounds), wrapping beyond.
 */
import JSZip from "jszip";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { columnPoints } from "../../src/sheet/printSetup";
import { reviewSheet } from "../../src/sheet/reviewSheet";
import type { PlannedSheet } from "../../src/sheet/SheetPlan";
import { wrappedLines } from "../../src/sheet/wrappedLines";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { convert } from "../support/libreoffice";
import { requireTool } from "../support/requireTool";

const PRINTABLE = ((297 - 2 * 10.16) / 25.4) * 72;
const dir = mkdtempSync(join(tmpdir(), "review-print-"));

/** A filled return of `id` for 2023, its sheets renamed by `rename` (a county's own long names). */
async function returnFile(id: string, name: string, rename?: string): Promise<string> {
  const t = findTemplate(id) as Template;
  const wb = planToWorkbook(buildWorkbookPlan([t], { year: 2023, reportingUnit: "某县" }));
  expect(fillInputs(wb, sampleReturn(t, 2023))).toEqual([]);
  if (rename) wb.worksheets.filter((w) => w.state === "visible" && w.name !== "填报说明").forEach((w) => { w.name = rename; });
  const sub = join(dir, name);
  mkdirSync(sub, { recursive: true });
  const f = join(sub, "return.xlsx");
  writeFileSync(f, Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer));
  return f;
}

/** The print scale of a fit to the sheet's pages wide, title columns repeated after the first page. */
function scale(s: PlannedSheet): number {
  const widths = s.columns.map((c) => (c.hidden ? 0 : columnPoints(c.width)));
  const total = widths.reduce((a, w) => a + w, 0);
  const titles = widths.slice(0, 3).reduce((a, w) => a + w, 0);
  const pages = s.print?.pagesWide ?? 1;
  return Math.min(1, (PRINTABLE * pages) / (total + titles * (pages - 1)));
}

async function planned(file: string): Promise<PlannedSheet> {
  const r = checkGrid(await readXlsxZip(readFileSync(file)));
  if (!r.ok) throw new Error("check");
  return reviewSheet(r.report);
}

describe("the 审核 sheet's print setup", () => {
  test.each<[string, string | undefined]>([
    ["the template's own sheet name", undefined],
    ["a county's long sheet name", "某县“十四五”教育事业发展规划"],
  ])("%s: A4 landscape at ≥ 85 %, two pages wide, 工作表 位置 指标/项目 repeated", async (why, rename) => {
    const s = await planned(await returnFile("zhoushan-2021-2025", why, rename));
    expect(s.print).toMatchObject({ landscape: true, fitToWidth: true, titleRows: "1:3", pagesWide: 2, titleColumns: "A:C" });
    expect(scale(s)).toBeGreaterThanOrEqual(0.85);
  });

  test.each<[string, string | undefined, number]>([
    ["a short name is one line in a narrow column", "舟山表2", 1],
    ["a long name wraps in the widest column, its rows tall enough", "某县“十四五”教育事业发展规划", 2],
  ])("工作表: %s", async (why, rename, lines) => {
    const s = await planned(await returnFile("zhoushan-2021-2025", `w-${why}`, rename));
    const width = s.columns[0]!.width;
    const name = String(s.cells.find((c) => c.address === "A4")?.value ?? "");
    expect(wrappedLines(name, width)).toBe(lines);
    expect(s.cells.find((c) => c.address === "A4")?.style).toBe("textWrap");
    if (lines > 1) expect(s.rowHeights[4]).toBeGreaterThanOrEqual(15 * lines);
    expect(width).toBeLessThanOrEqual(16);
  });
});

describe("review writes it into the return, and LibreOffice prints it so", () => {
  let xml = "";
  let workbook = "";
  let pages: string[] = [];
  beforeAll(async () => {
    const f = await returnFile("zhoushan-2021-2025", "cli", "某县“十四五”教育事业发展规划");
    // twice: the second run replaces our sheet and its print titles, never adds a second name
    expect((await cli("review", f)).code).toBe(0);
    expect((await cli("review", f)).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(f));
    workbook = await zip.file("xl/workbook.xml")!.async("string");
    const sheets = Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    for (const p of sheets) {
      const x = await zip.file(p)!.async("string");
      if (x.includes("<t xml:space=\"preserve\">审核结论</t>")) xml = x; // our sheet writes its text inline
    }
    const [pdf] = convert([f], "pdf", join(dir, "pdf"));
    const text = execFileSync(join(dirname(requireTool("pdftoppm")), "pdftotext"), ["-layout", pdf ?? "", "-"], { encoding: "utf8" });
    pages = text.split("\f").filter((x) => x.includes("年度审核"));
  }, 120000);

  test("the page setup and the print titles reach the package", () => {
    expect(xml).toMatch(/<pageSetup paperSize="9" pageOrder="overThenDown" orientation="landscape" fitToWidth="2" fitToHeight="0"\/>/);
    expect(workbook).toMatch(/<definedName name="_xlnm\.Print_Titles" localSheetId="\d+">(&apos;|')审核(&apos;|')!\$A:\$C,(&apos;|')审核(&apos;|')!\$1:\$3<\/definedName>/);
    expect(workbook.match(/审核(&apos;|')!\$1:\$3/g)).toHaveLength(1);
  });

  test("pages come in pairs, each with the names; the problems on the left, the reviewer's columns on the right", () => {
    expect(pages.length % 2).toBe(0);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < pages.length; i += 2) {
      const [left, right] = [pages[i] ?? "", pages[i + 1] ?? ""];
      for (const p of [left, right]) for (const h of ["工作表", "位置", "指标/项目"]) expect(p).toContain(h);
      expect(left).toContain("问题");
      expect(right).toContain("审核意见");
      // the sheet's name is printed whole (wrapped), never cut into 位置
      expect(left.replace(/\s+/g, "")).toContain("教育事");
    }
  });
});
