import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import JSZip from "jszip";
import { applyPlan } from "../../src/hosts/office/applyPlan";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook, planToXlsx } from "../../src/hosts/xlsx/writeXlsx";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { COVER_NAME, DEADLINE_CELL, SIGNATORIES, UNIT_CELL, YEAR_CELL } from "../../src/sheet/coverSheet";
import { a1, columnNumber } from "../../src/sheet/a1";
import { columnPoints } from "../../src/sheet/printSetup";
import { STYLES } from "../../src/sheet/styles";
import type { PlannedSheet } from "../../src/sheet/SheetPlan";
import { catalog, findTemplate } from "../../src/templates/catalog";
import { FakeExcel } from "../office/fakeExcel";
import { convert } from "../support/libreoffice";
import { requireTool } from "../support/requireTool";

/**
 * Issue 16: a return prints legibly on A4 landscape (it printed 18 columns at about 6 pt), its
 * pages wide carry the name columns, and both hosts receive the page setup; the cover carries
 * the deadline and the signatory block a paper return needs.
 */
const plan = buildWorkbookPlan(catalog(), { year: 2023, reportingUnit: "普陀区", deadline: "2024-01-31" });
const templateSheets = plan.sheets.filter((s) => s.role === "template");
const PRINTABLE = ((297 - 2 * 10.16) / 25.4) * 72;

/** The print scale a fit to `pagesWide` pages gives, title columns repeated on every page after the first. */
function scale(s: PlannedSheet): number {
  const widths = s.columns.map((c) => (c.hidden ? 0 : columnPoints(c.width)));
  const total = widths.reduce((a, w) => a + w, 0);
  const titleCount = s.print?.titleColumns ? columnNumber(s.print.titleColumns.split(":")[1] ?? "A") : 0;
  const titles = widths.slice(0, titleCount).reduce((a, w) => a + w, 0);
  const pages = s.print?.pagesWide ?? 1;
  return Math.min(1, (PRINTABLE * pages) / (total + titles * (pages - 1)));
}

describe("a return's print setup", () => {
  test.each(templateSheets.map((s) => [s.name, s] as const))("%s: A4 landscape, at ≥ 85 %, header rows repeated", (_n, s) => {
    expect(s.print).toMatchObject({ landscape: true, fitToWidth: true, titleRows: "1:3" });
    expect(scale(s)).toBeGreaterThanOrEqual(0.85);
  });
  test.each(templateSheets.map((s) => [s.name, s] as const))("%s: pages wide repeat the columns up to the name", (_n, s) => {
    if ((s.print?.pagesWide ?? 1) === 1) return;
    const name = s.cells.find((c) => c.address.endsWith("3") && /名称$/.test(String(c.value ?? "")));
    expect(s.print?.titleColumns).toBe(`A:${name?.address.replace(/\d+$/, "")}`);
  });
  // a trial: the title merged across the sheet printed "…（2024年度填" on the second page across, where row 1 repeats
  // over the name columns only: a sheet printed pages wide has its title merged over those columns and wrapped there
  test.each(templateSheets.map((s) => [s.name, s] as const))("%s: the title is never cut on a page across", (_n, s) => {
    const merge = s.merges.find((m) => m.startsWith("A1:"));
    const title = s.cells.find((c) => c.address === "A1");
    if ((s.print?.pagesWide ?? 1) === 1) {
      expect([merge?.endsWith("1"), title?.style]).toEqual([true, "title"]);
      return;
    }
    expect(merge).toBe(`A1:${s.print?.titleColumns?.split(":")[1]}1`);
    expect(title?.style).toBe("titleWrap");
    expect(STYLES.titleWrap.wrap).toBe(true);
    // high enough for its lines at 14 pt over the merged columns' width
    const chars = [...String(title?.formula ?? "").replace(/"&报告年份&"/g, "2023").replace(/"/g, "")].length;
    const width = s.columns.slice(0, columnNumber(s.print?.titleColumns?.split(":")[1] ?? "A")).reduce((a, c) => a + columnPoints(c.width), 0);
    expect(s.rowHeights[1]).toBeGreaterThanOrEqual(20 * Math.ceil((chars * 14 * 0.6) / width));
  });

  // a trial: a date typed into a year's cell printed ###; input cells shrink to fit (validation and rules unchanged)
  test.each([["input", true], ["inputText", undefined], ["title", undefined]] as const)("the %s style shrinks to fit: %s", (key, shrink) => {
    expect(STYLES[key].shrink).toBe(shrink);
    if (shrink) expect(STYLES[key].wrap).toBeUndefined();
  });

  test("a wide indicator table (18 visible columns) prints two pages wide, not squeezed", () => {
    const wide = templateSheets.find((s) => s.columns.filter((c) => !c.hidden).length >= 18);
    expect(wide?.print?.pagesWide).toBe(2);
  });
});

describe("the .xlsx host writes the page setup and the black-and-white marks", () => {
  let files: Record<string, string> = {};
  beforeAll(async () => {
    const zip = await JSZip.loadAsync(await planToXlsx(plan));
    files = Object.fromEntries(await Promise.all(Object.keys(zip.files).filter((f) => f.endsWith(".xml")).map(async (f) => [f, await zip.file(f)?.async("string") ?? ""] as const)));
  });
  test("fit to two pages wide, across then down, titles A:C and 1:3", () => {
    const i = plan.sheets.findIndex((s) => s.print?.pagesWide === 2);
    const xml = files[`xl/worksheets/sheet${i + 1}.xml`] ?? "";
    expect(xml).toMatch(/<pageSetup[^>]*fitToWidth="2"/);
    expect(xml).toMatch(/<pageSetup[^>]*fitToHeight="0"/);
    expect(xml).toMatch(/<pageSetup[^>]*pageOrder="overThenDown"/);
    expect(xml).toMatch(/<pageSetup[^>]*orientation="landscape"/);
    const q = `&apos;${plan.sheets[i]?.name ?? ""}&apos;`;
    expect(files["xl/workbook.xml"]).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${q}!$A:$C,${q}!$1:$3</definedName>`);
  });
  test("input cells are written shrink to fit, the title of a sheet printed pages wide wrapped", () => {
    const i = plan.sheets.findIndex((s) => s.print?.pagesWide === 2);
    const sheetXml = files[`xl/worksheets/sheet${i + 1}.xml`] ?? "";
    const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(files["xl/styles.xml"] ?? "")?.[1] ?? "";
    const list = [...cellXfs.matchAll(/<xf [^>]*\/>|<xf [^>]*>[\s\S]*?<\/xf>/g)].map((m) => m[0]);
    expect(list.length).toBeGreaterThan(0);
    const styleOf = (ref: string): string => list[Number(new RegExp(`<c r="${ref}"[^>]*s="(\\d+)"`).exec(sheetXml)?.[1] ?? -1)] ?? "";
    const input = plan.sheets[i]?.cells.find((c) => c.style === "input")?.address ?? "";
    expect(styleOf(input)).toContain('shrinkToFit="1"');
    expect(styleOf("A1")).toContain('wrapText="1"');
  });
  test("each rule's format (dxf) carries its weight, slant and border", () => {
    const dxfs = [...(files["xl/styles.xml"] ?? "").matchAll(/<dxf>([\s\S]*?)<\/dxf>/g)].map((m) => m[1] ?? "");
    const i = plan.sheets.findIndex((s) => s.role === "template");
    const sheetXml = files[`xl/worksheets/sheet${i + 1}.xml`] ?? "";
    const ids = [...sheetXml.matchAll(/<cfRule[^>]*dxfId="(\d+)"/g)].map((m) => Number(m[1]));
    const planned = plan.sheets[i]?.conditionalFormats ?? [];
    expect(ids).toHaveLength(planned.length);
    planned.forEach((cf, k) => {
      const dxf = dxfs[ids[k] ?? -1] ?? "";
      expect([k, /<b\/>|<b val="1"\/>/.test(dxf)]).toEqual([k, cf.bold ?? false]);
      expect([k, /<i\/>|<i val="1"\/>/.test(dxf)]).toEqual([k, cf.italic ?? false]);
      const style = cf.border ? (cf.border.style === "dashed" ? "dashed" : "thin") : null;
      expect([k, /<left style="(\w+)"/.exec(dxf)?.[1] ?? null]).toEqual([k, style]);
    });
  });
});

describe("the Office host applies the same (page layout behind ExcelApi 1.9)", () => {
  test("rules keep their italic and borders; the print titles and pages wide reach the page layout", async () => {
    const fx = new FakeExcel();
    fx.maxMinor = 9;
    await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    for (const s of plan.sheets) {
      const got = fx.sheet(s.name).conditionalFormats.map((cf) => ({ italic: cf.italic ?? false, border: cf.borders?.EdgeLeft?.style ?? null, edges: Object.keys(cf.borders ?? {}).length }));
      expect(got).toEqual(s.conditionalFormats.map((cf) => ({ italic: cf.italic ?? false, border: cf.border ? (cf.border.style === "dashed" ? "Dash" : "Continuous") : null, edges: cf.border ? 4 : 0 })));
    }
    const wide = plan.sheets.find((s) => s.print?.pagesWide === 2);
    expect(fx.sheet(wide?.name ?? "").pageLayout).toMatchObject({ zoom: { horizontalFitToPages: 2, verticalFitToPages: 0 }, printTitleColumns: "$A:$C", printTitleRows: "$1:$3", printOrder: "OverThenDown" });
  });
});

describe("the cover", () => {
  const cover = plan.sheets.find((s) => s.name === COVER_NAME);
  const at = (row: number, col: number): PlannedSheet["cells"][number] | undefined => cover?.cells.find((c) => c.address === a1(row, col));
  test("the year and the unit stay where every reader looks (C5, C4)", () => {
    expect([a1(YEAR_CELL.row, YEAR_CELL.col), a1(UNIT_CELL.row, UNIT_CELL.col)]).toEqual(["C5", "C4"]);
    expect(at(YEAR_CELL.row, YEAR_CELL.col)?.value).toBe(2023);
    expect(at(UNIT_CELL.row, UNIT_CELL.col)?.value).toBe("普陀区");
  });
  test.each<[string | undefined, string]>([
    ["2024-01-31", "2024年1月31日"],
    ["2025-12-05", "2025年12月5日"],
    ["2024-02-30", "2024-02-30"], // not a date: shown as written
    ["下月底", "下月底"],
    [undefined, ""],
  ])("报送截止日期 %s shows %s", (deadline, shown) => {
    const p = buildWorkbookPlan([findTemplate("zhoushan-2021-2025") ?? catalog()[0]!], deadline === undefined ? { year: 2023 } : { year: 2023, deadline });
    const c = p.sheets[0]?.cells;
    expect(c?.find((x) => x.address === a1(DEADLINE_CELL.row, 1))?.value).toBe("报送截止日期");
    expect(c?.find((x) => x.address === a1(DEADLINE_CELL.row, DEADLINE_CELL.col))?.value).toBe(shown);
  });
  test.each(SIGNATORIES.map((s) => [s.label, s] as const))("%s: a labelled input cell", (label, s) => {
    expect(at(s.row, 1)?.value).toBe(label);
    const input = at(s.row, 3);
    expect(input?.style && STYLES[input.style].unlocked).toBe(true);
    expect(STYLES[input?.style ?? "text"].border).toBe(true);
  });
  test("prints on one A4 page, portrait, nothing hidden in the signatory block", () => {
    expect(cover?.print).toMatchObject({ landscape: false, fitToWidth: true });
    expect(cover?.hiddenRows.filter((r) => SIGNATORIES.some((s) => s.row === r))).toEqual([]);
  });
});

describe("LibreOffice prints it so", () => {
  const dir = mkdtempSync(join(tmpdir(), "printouts-"));
  let pages: string[] = [];
  beforeAll(async () => {
    const t = findTemplate("zhoushan-2021-2025");
    if (!t) throw new Error("template");
    const p = buildWorkbookPlan([t], { year: 2023, reportingUnit: "普陀区", deadline: "2024-01-31" });
    const wb = planToWorkbook(p);
    // a trial user's 10500000 in a 万人次 row gave a progress of 2999757.1%, printed as ###: one such row here
    const huge = { template: t.id, id: "zs21-02", key: "in:2023", value: 50000 };
    expect(fillInputs(wb, [...sampleReturn(t, 2023).filter((e) => e.id !== huge.id), huge])).toEqual([]);
    writeFileSync(join(dir, "return.xlsx"), Buffer.from(await wb.xlsx.writeBuffer()));
    const [pdf] = convert([join(dir, "return.xlsx")], "pdf", join(dir, "pdf"));
    // pdftotext ships with pdftoppm (poppler-utils), in the same folder
    const text = execFileSync(join(dirname(requireTool("pdftoppm")), "pdftotext"), ["-layout", pdf ?? "", "-"], { encoding: "utf8" });
    pages = text.split("\f").filter((x) => x.trim() !== "");
  }, 120000);
  test("the cover is one page with the deadline and every signatory", () => {
    expect(pages[0]).toContain("2024年1月31日");
    for (const s of SIGNATORIES) expect(pages[0]).toContain(s.label);
  });
  test("a progress above 999% prints >999% (the cell keeps its value), never ### in the narrow 进度 column", () => {
    const sheet = pages.slice(1).join("\n");
    expect(sheet).toContain(">999%");
    expect(sheet).not.toContain("###");
  });
  test("the return prints across then down: each pair of pages is one set of rows, the name on both", () => {
    const sheet = pages.slice(1);
    expect(sheet.length % 2).toBe(0);
    expect(sheet.length).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < sheet.length; i += 2) {
      const [left, right] = [sheet[i] ?? "", sheet[i + 1] ?? ""];
      expect(left).toContain("基期值");
      expect(right).toContain("说明");
      expect(right).toContain("指标名称");
      // the same rows: the first indicator name on the left page is on the right page too
      const first = /托育|每千人|[\u4e00-\u9fff]{6,}率/.exec(left.split("\n").slice(3).join("\n"))?.[0] ?? "";
      expect(first).not.toBe("");
      expect(right).toContain(first);
    }
  });
});
