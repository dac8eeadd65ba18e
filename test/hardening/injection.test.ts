/**
 * Issue #7 (reliability): text from a template or a paste that begins with = + - @ is
 * written as text by both hosts. No formula appears other than the plan's own, and the text
 * reads back unchanged.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellText } from "../../src/domain/CellValue";
import { applyPlan } from "../../src/hosts/office/applyPlan";
import { readWorkbookGrid } from "../../src/hosts/office/readWorkbookGrid";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToXlsx } from "../../src/hosts/xlsx/writeXlsx";
import { importTable } from "../../src/import";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { gridCell } from "../../src/sheet/Grid";
import type { WorkbookPlan } from "../../src/sheet/SheetPlan";
import { parseTemplate } from "../../src/templates/parseTemplate";
import type { Template } from "../../src/templates/TemplateSchema";
import { colLetters, FakeExcel } from "../office/fakeExcel";
import { plannedContent } from "../office/planContent";
import { rowCol, template } from "./support";

const PAYLOADS = ['=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0", "=1/0", "-", "+86 0580", "@", "=A1&\"x\""];
const LEADING = /^[=+\-@]/;

/** Seed templates with every text field the plan writes starting with a payload. */
function injected(): Template[] {
  let k = 0;
  const next = (): string => PAYLOADS[k++ % PAYLOADS.length] as string;
  const out: Template[] = [];
  for (const id of ["zhoushan-2021-2025", "shengsi-2023-2027", "shengsi-2024-projects", "shengsi-2024-reforms"]) {
    const data = JSON.parse(JSON.stringify(template(id))) as Template;
    data.title = `${next()}${data.title}`;
    data.source.document = next();
    if (data.kind === "indicators") {
      for (const d of data.indicators.slice(0, 10)) {
        d.name = next(); d.domain = next(); d.number = next(); d.baseline = next(); d.target = next();
        if (d.yearlyTargets) for (const y of Object.keys(d.yearlyTargets)) d.yearlyTargets[y] = next();
      }
    } else if (data.kind === "projects") {
      for (const p of data.projects.slice(0, 8)) {
        p.name = next(); p.content = next(); p.location = next(); p.unit = next(); p.person = next(); p.remark = next(); p.number = next(); p.investment = next(); p.period = next();
      }
    } else {
      for (const r of data.reforms.slice(0, 8)) {
        r.name = next(); r.goal = next(); r.tasks = next(); r.leadUnit = next(); r.person = next(); r.participants = next(); r.number = next();
      }
    }
    const parsed = parseTemplate(data, `${id}-injected.json`);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    out.push(parsed.template);
  }
  return out;
}

/** A plan table pasted as text, its names and values starting with payloads. */
function pasted(): Template {
  const text = [
    "注入测试指标表",
    "",
    "分类\t指标名称\t\t2020年 基期值\t2025年 目标值",
    `托育\t1\t=HYPERLINK("http://x","y")覆盖率（%）\t50\t≥60`,
    "\t2\t+1+1人数（万人）\t10\t12",
    "\t3\t-2+3床位数（张）\t5\t6",
    "卫生\t4\t@SUM(A1)面积（平方米）\t100\t120",
    "\t5\t=cmd|' /C calc'!A0满意率（%）\t80\t≥85",
  ].join("\n");
  const r = importTable(text, { id: "pasted-injection", title: "=粘贴的表", region: "+测试", document: "@文件" });
  if (!r.ok) throw new Error(r.message);
  return r.template;
}

const SETS: Array<[string, () => Template[]]> = [["seed templates with payloads", injected], ["an imported paste with payloads", () => [pasted()]]];

/** Planned text cells starting with = + - @, and the plan's formulas, by sheet and address. */
function plannedTexts(plan: WorkbookPlan): { texts: Array<{ sheet: string; address: string; text: string }>; formulas: Map<string, Set<string>> } {
  const texts: Array<{ sheet: string; address: string; text: string }> = [];
  const formulas = new Map<string, Set<string>>();
  for (const s of plan.sheets) {
    const f = new Set<string>();
    for (const [address, c] of plannedContent(s)) {
      if ("formula" in c) f.add(address);
      else if (typeof c.value === "string" && LEADING.test(c.value)) texts.push({ sheet: s.name, address, text: c.value });
    }
    formulas.set(s.name, f);
  }
  return { texts, formulas };
}

describe.each(SETS)("injection: %s", (_what, make) => {
  const templates = make();
  const plan = buildWorkbookPlan(templates, { year: 2024, reportingUnit: "=HYPERLINK(\"http://x\",\"单位\")" });
  const { texts, formulas } = plannedTexts(plan);

  test("the plan carries the payloads as text", () => {
    expect(texts.length).toBeGreaterThanOrEqual(templates.length === 1 ? 5 : 100);
    for (const p of ["=HYPERLINK(", "+1+1", "-2+3", "@SUM(A1)", "=cmd|"]) expect(texts.some((x) => x.text.startsWith(p))).toBe(true);
  });

  test(".xlsx host: no formula but the plan's (ExcelJS cell types and <f> elements), the text reads back unchanged", async () => {
    const buf = await planToXlsx(plan);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    let cells = 0;
    for (const ws of wb.worksheets) {
      const want = formulas.get(ws.name) ?? new Set<string>();
      const got = new Set<string>();
      ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (c) => {
        if (c.type === ExcelJS.ValueType.Formula) got.add(c.address);
      }));
      expect([ws.name, [...got].filter((a) => !want.has(a))]).toEqual([ws.name, []]);
      expect(got.size).toBe(want.size);
    }
    for (const x of texts) {
      const c = wb.getWorksheet(x.sheet)?.getCell(x.address);
      expect([x.sheet, x.address, c?.type, c?.value]).toEqual([x.sheet, x.address, ExcelJS.ValueType.String, x.text]);
      cells++;
    }
    expect(cells).toBe(texts.length);

    // the package itself: <f> elements per sheet equal the plan's formula count
    const zip = await JSZip.loadAsync(buf);
    const workbook = await zip.file("xl/workbook.xml")?.async("string") ?? "";
    const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string") ?? "";
    let total = 0;
    for (const m of workbook.matchAll(/<sheet\b[^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
      const name = (m[1] ?? "").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">");
      const target = new RegExp(`<Relationship [^>]*Id="${m[2] ?? ""}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${m[2] ?? ""}"`).exec(rels)?.[1];
      const xml = await zip.file(`xl/${(target ?? "").replace(/^\/?xl\//, "")}`)?.async("string") ?? "";
      const fCount = [...xml.matchAll(/<f[\s>]/g)].length;
      expect([name, fCount]).toEqual([name, formulas.get(name)?.size ?? 0]);
      total += fCount;
    }
    expect(total).toBe([...formulas.values()].reduce((n, s) => n + s.size, 0));

    // and the reader the CLI uses gives the same text
    const grid = await readXlsxZip(buf);
    for (const x of texts) {
      const s = grid.sheets.find((g) => g.name === x.sheet);
      const { row, col } = rowCol(x.address);
      expect(s ? gridCell(s, row, col) : null).toEqual({ type: "string", text: x.text });
    }
    const r = checkGrid(grid);
    expect(r.ok).toBe(true);
  });

  test("Office host (fake): no formula but the plan's, the text reads back unchanged", async () => {
    const fx = new FakeExcel(["Sheet1"]);
    const res = await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    expect(res.refused).toEqual([]);
    for (const f of fx.formulaLog) expect([f.sheet, f.address, formulas.get(f.sheet)?.has(f.address)]).toEqual([f.sheet, f.address, true]);
    let finalFormulas = 0;
    for (const s of fx.sheets) {
      for (const [k, c] of s.cells) {
        if (c.formula === undefined) continue;
        finalFormulas++;
        const address = `${colLetters(k % 16384)}${Math.floor(k / 16384)}`;
        expect([s.name, address, formulas.get(s.name)?.has(address)]).toEqual([s.name, address, true]);
      }
    }
    expect(finalFormulas).toBe([...formulas.values()].reduce((n, s) => n + s.size, 0));
    for (const x of texts) {
      const c = fx.content(x.sheet, x.address);
      expect([x.sheet, x.address, c.value, c.formula]).toEqual([x.sheet, x.address, x.text, undefined]);
    }
    const grid = await readWorkbookGrid(fx.context, { sheetNames: ["Sheet1", ...res.written] });
    for (const x of texts) {
      const s = grid.sheets.find((g) => g.name === x.sheet);
      const { row, col } = rowCol(x.address);
      expect(s ? cellText(gridCell(s, row, col)) : null).toBe(x.text);
    }
  });
});
