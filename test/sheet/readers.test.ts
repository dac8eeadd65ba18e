import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbookGrid } from "../../src/hosts/office/readWorkbookGrid";
import { storedNumber } from "../../src/hosts/storedNumber";
import { FakeExcel, parseAddress } from "../office/fakeExcel";
import { applyPlan } from "../../src/hosts/office";
import { cli } from "../support/cli";
import { REVIEW_MARK } from "../../src/sheet/reviewSheet";
import { STATUS_LABELS, type Status } from "../../src/domain/Status";
import { cellText, type CellValue } from "../../src/domain/CellValue";
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
import { setNumFmt } from "../../src/hosts/xlsx/setNumFmt";

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
  setNumFmt(ws.getCell("F6"), "0%");
  ws.getCell("G7").value = new Date(Date.UTC(2023, 5, 30));
  ws.getCell("H8").value = 2023;
  setNumFmt(ws.getCell("H8"), '0"年"');
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
  expect(s.rows[6]?.[6]).toEqual({ type: "date", iso: "2023-06-30", serial: 45107 });
  expect(s.rows[7]?.[7]).toEqual({ type: "number", value: 2023 });
});

test("the zip reader refuses what is not an xlsx", async () => {
  await expect(readXlsxZip(Buffer.from("not a zip"))).rejects.toThrow();
});

/**
 * Issue 12: one meaning of a cell. The zip reader and the Office host (the fake Excel) are given
 * the same stored cells: percent styles, literal-% formats, dates in both date systems and
 * formulas without a result. They agree, and both give what the cell means.
 */
describe("the zip reader and the Office host read the same stored cells alike", () => {
  const ISO = "2024-06-30";
  const serial = (date1904: boolean): number => (Date.parse(ISO) - (date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30))) / 86_400_000;
  interface Stored { value?: number; format?: string; formula?: string; v?: "empty" | "none" | "self-closing" }
  const cases = (date1904: boolean): Array<{ stored: Stored; means: CellValue }> => [
    { stored: { value: 0.88, format: "0%" }, means: storedNumber(0.88, "percent") },
    { stored: { value: 0.955, format: "0.0%" }, means: storedNumber(0.955, "percent") },
    // a fixed-decimals style's text where it is not the number's own (trial40b F13: what the importer reads)
    { stored: { value: 0.5, format: "[Red]0.00%;[Blue]-0.00%" }, means: { type: "number", value: 0.5, percentStyle: true, shown: "50.00%" } },
    { stored: { value: 235.456789, format: "0.00" }, means: { type: "number", value: 235.456789, shown: "235.46" } },
    { stored: { value: 235.456789, format: "General" }, means: { type: "number", value: 235.456789 } },
    { stored: { value: 86, format: "0.0\\%" }, means: { type: "number", value: 86 } },
    { stored: { value: 86, format: '0.00"%"' }, means: { type: "number", value: 86 } },
    { stored: { value: 2023, format: '0"年"' }, means: { type: "number", value: 2023 } },
    { stored: { value: serial(date1904), format: "yyyy-mm-dd" }, means: { type: "date", iso: ISO, serial: serial(date1904) } },
    { stored: { value: serial(date1904), format: 'yyyy"年"m"月"d"日"' }, means: { type: "date", iso: ISO, serial: serial(date1904) } },
    // trial 28a: a time style shows no date, so the time it shows is what is said (0.5 in h:mm shows 12:00)
    { stored: { value: 0.5, format: "h:mm" }, means: { type: "date", iso: date1904 ? "1904-01-01" : "1899-12-31", serial: 0.5, time: "12:00" } },
    { stored: { value: 1.5, format: "[h]:mm:ss" }, means: { type: "date", iso: date1904 ? "1904-01-02" : "1900-01-01", serial: 1.5, time: "36:00:00" } },
    // the .xlsx reader keeps a short formula's text (quoted by check, carried by rollover); the Office
    // host reads none (Excel calculates as it opens a file, so it rarely meets one): compared without it
    { stored: { formula: "1290/1500*100", v: "empty" }, means: { type: "uncalculated", formula: "1290/1500*100" } },
    { stored: { formula: "4.6+0.2", v: "self-closing" }, means: { type: "uncalculated", formula: "4.6+0.2" } },
    { stored: { formula: "SUM(1,2)", v: "none" }, means: { type: "uncalculated", formula: "SUM(1,2)" } },
  ];

  const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

  async function asXlsx(stored: Stored[], date1904: boolean): Promise<Buffer> {
    const formats = [...new Set(stored.map((s) => s.format).filter((f): f is string => f !== undefined))];
    const numFmts = formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${esc(f)}"/>`).join("");
    const xfs = ['<xf numFmtId="0"/>', ...formats.map((_f, i) => `<xf numFmtId="${164 + i}" applyNumberFormat="1"/>`)].join("");
    const rows = stored.map((s, i) => {
      const r = `A${i + 1}`;
      const style = s.format ? ` s="${formats.indexOf(s.format) + 1}"` : "";
      if (s.formula) return `<row r="${i + 1}"><c r="${r}"><f>${esc(s.formula)}</f>${s.v === "empty" ? "<v></v>" : s.v === "self-closing" ? "<v/>" : ""}</c></row>`;
      return `<row r="${i + 1}"><c r="${r}"${style}><v>${s.value}</v></c></row>`;
    }).join("");
    const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const zip = new JSZip();
    zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>');
    zip.file("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
    zip.file("xl/workbook.xml", `<?xml version="1.0"?><workbook ${ns}><workbookPr date1904="${date1904 ? 1 : 0}"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`);
    zip.file("xl/_rels/workbook.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/></Relationships>`);
    zip.file("xl/styles.xml", `<?xml version="1.0"?><styleSheet ${ns}><numFmts count="${formats.length}">${numFmts}</numFmts><cellXfs count="${formats.length + 1}">${xfs}</cellXfs></styleSheet>`);
    zip.file("xl/worksheets/sheet1.xml", `<?xml version="1.0"?><worksheet ${ns}><sheetData>${rows}</sheetData></worksheet>`);
    return zip.generateAsync({ type: "nodebuffer" });
  }

  async function inOffice(stored: Stored[], date1904: boolean): Promise<{ rows: CellValue[][]; syncs: number }> {
    const fx = new FakeExcel(["S"]);
    fx.maxMinor = 9; // getSpecialCells tells the formulas
    fx.date1904 = date1904;
    const sheet = fx.sheet("S");
    stored.forEach((s, i) => {
      const c = sheet.cell(i + 1, 1);
      if (s.formula) c.formula = `=${s.formula}`;
      else if (s.value !== undefined) c.value = s.value;
      if (s.format) c.numberFormat = s.format;
    });
    const before = fx.syncs;
    const grid = await readWorkbookGrid(fx.context, { sheetNames: ["S"], isSetSupported: fx.isSetSupported });
    return { rows: grid.sheets[0]?.rows ?? [], syncs: fx.syncs - before };
  }

  test.each([false, true])("date1904 %s", async (date1904) => {
    const cs = cases(date1904);
    const zipRows = (await readXlsxZip(await asXlsx(cs.map((c) => c.stored), date1904))).sheets[0]?.rows ?? [];
    const office = await inOffice(cs.map((c) => c.stored), date1904);
    const means = cs.map((c) => [c.means]);
    expect(zipRows).toEqual(means);
    expect(office.rows).toEqual(means.map(([m]) => [m?.type === "uncalculated" ? { type: "uncalculated" } : m]));
    // one sync for the cells, one more only because a date was read (the date system)
    expect(office.syncs).toBe(2);
  });

  test("should Excel refuse to find the formulas, the Office host still reads the values", async () => {
    const fx = new FakeExcel(["S"]);
    fx.maxMinor = 9;
    fx.refuseSpecialCells = true;
    fx.sheet("S").cell(1, 1).value = 12;
    fx.sheet("S").cell(2, 1).formula = "=1+1";
    for (const sheetNames of [["S"], undefined]) {
      const grid = await readWorkbookGrid(fx.context, { ...(sheetNames ? { sheetNames } : {}), isSetSupported: fx.isSetSupported });
      expect(grid.sheets[0]?.rows).toEqual([[{ type: "number", value: 12 }]]);
    }
  });

  test("without a date the Office host reads in one sync", async () => {
    const office = await inOffice([{ value: 0.5, format: "0%" }, { formula: "1+1" }], false);
    expect(office.syncs).toBe(1);
    expect(office.rows).toEqual([[storedNumber(0.5, "percent")], [{ type: "uncalculated" }]]);
  });
});

/**
 * Issue 12: `review` reads with the same reader as `check`, so the 审核 sheet's 状态 and 当年值
 * equal check's and the Office host's for the same stored cells: percent styles, literal-%
 * formats, dates in both date systems and formulas without a result, put into a return's
 * input cells.
 */
describe("review, check and the Office host agree on a return's stored cells", () => {
  const YEAR = 2023;
  const zs = catalog().find((t) => t.id === "zhoushan-2021-2025")!;
  const plan = buildWorkbookPlan([zs], { year: YEAR, reportingUnit: "测试单位" });
  const ISO = "2023-06-30";
  const serial = (date1904: boolean): number => (Date.parse(ISO) - (date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30))) / 86_400_000;
  type Stored = { value: number; format: string } | { formula: string; v: "empty" | "self-closing" | "none" };
  const kinds = (date1904: boolean): Stored[] => [
    { value: 0.88, format: "0%" },
    { value: 0.955, format: "0.0%" },
    { value: 0.5, format: "0%" },
    { value: 86, format: "0.0\\%" },
    { value: 86, format: '0.00"%"' },
    { value: serial(date1904), format: "yyyy-mm-dd" },
    { value: serial(date1904), format: 'yyyy"年"m"月"d"日"' },
    { formula: "1290/1500*100", v: "empty" },
    { formula: "4.6+0.2", v: "self-closing" },
    { formula: "SUM(1,2)", v: "none" },
  ];

  /** The year's input cells of numeric indicators, %-unit ones first: where the stored cells go. */
  async function targets(): Promise<Array<{ key: string; sheet: string; address: string }>> {
    const blank = checkGrid(await readXlsxZip(Buffer.from(await planToWorkbook(plan).xlsx.writeBuffer() as ArrayBuffer)));
    if (!blank.ok) throw new Error(blank.message);
    const items = blank.report.items.filter((i) => i.kind === "indicator" && i.cells[String(YEAR)] && /^[≥≤>]?[\d.]+$/.test(i.target.replace(/\s/g, "")));
    const pct = items.filter((i) => i.unit.includes("%"));
    return [...pct.slice(0, 3), ...items.filter((i) => !pct.slice(0, 3).includes(i))]
      .map((i) => ({ key: `${i.template}|${i.id}|${YEAR}`, sheet: i.sheet, address: i.cells[String(YEAR)]! }));
  }

  /** The return as a file: ExcelJS writes it; the formulas' cached values are then set as the kind says. */
  async function asFile(at: Array<{ sheet: string; address: string }>, stored: Stored[], date1904: boolean): Promise<string> {
    const wb = planToWorkbook(plan);
    wb.properties.date1904 = date1904;
    stored.forEach((s, i) => {
      const c = wb.getWorksheet(at[i]!.sheet)!.getCell(at[i]!.address);
      if ("formula" in s) c.value = { formula: s.formula } as ExcelJS.CellFormulaValue;
      else { c.value = s.value; setNumFmt(c, s.format); }
    });
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer() as ArrayBuffer);
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
      let xml = await zip.file(name)!.async("string");
      for (const s of stored) {
        if (!("formula" in s)) continue;
        // whatever ExcelJS cached, the kind's own: <v></v>, <v/> or no <v> at all
        xml = xml.replace(new RegExp(`(<f>${s.formula.replace(/[()*+.]/g, "\\$&")}</f>)(<v>[^<]*</v>|<v/>)?`), `$1${s.v === "empty" ? "<v></v>" : s.v === "self-closing" ? "<v/>" : ""}`);
      }
      zip.file(name, xml);
    }
    const f = join(dir, `stored-${date1904 ? 1904 : 1900}.xlsx`);
    writeFileSync(f, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    return f;
  }

  /** The same return in the Office host: the plan applied, then the same stored cells. */
  async function inOffice(at: Array<{ sheet: string; address: string }>, stored: Stored[], date1904: boolean): Promise<GridWorkbook> {
    const fx = new FakeExcel(["Sheet1"]);
    fx.maxMinor = 9;
    await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    fx.date1904 = date1904;
    stored.forEach((s, i) => {
      const { r0, c0 } = parseAddress(at[i]!.address);
      const c = fx.sheet(at[i]!.sheet).cell(r0, c0);
      if ("formula" in s) { c.formula = `=${s.formula}`; delete c.value; } else { c.value = s.value; c.numberFormat = s.format; }
    });
    return readWorkbookGrid(fx.context, { isSetSupported: fx.isSetSupported });
  }

  test.each([false, true])("date1904 %s", async (date1904) => {
    const at = await targets();
    const stored = kinds(date1904);
    expect(at.length).toBeGreaterThanOrEqual(stored.length);
    const file = await asFile(at, stored, date1904);
    const zipReport = checkGrid(await readXlsxZip(readFileSync(file)));
    const officeReport = checkGrid(await inOffice(at, stored, date1904));
    if (!zipReport.ok || !officeReport.ok) throw new Error("unreadable");
    const json = JSON.parse((await cli("check", file, "--json")).out) as { items: Array<{ template: string; id: string; status: Status }> };
    expect((await cli("review", file)).code).toBe(0);
    const g = await readXlsxZip(readFileSync(file));
    const s = g.sheets.find((x) => cellText(x.rows[1]?.[0] ?? { type: "empty" }) === REVIEW_MARK)!;
    const keys = (s.rows[1] ?? []).map(cellText);
    const review = new Map(s.rows.slice(3).map((r) => (r ?? []).map(cellText)).map((r) => [r[keys.indexOf("key")], r]));
    const k = (i: { template: string; id: string }): string => `${i.template}|${i.id}|${YEAR}`;
    const seen = at.slice(0, stored.length).map(({ key }, n) => {
      const row = review.get(key)!;
      const z = zipReport.report.items.find((i) => k(i) === key)!;
      const o = officeReport.report.items.find((i) => k(i) === key)!;
      const c = json.items.find((i) => k(i) === key)!;
      return { n, review: [row[keys.indexOf("status")], row[keys.indexOf("value")]], check: [STATUS_LABELS[c.status], z.value ?? ""], office: [STATUS_LABELS[o.status], o.value ?? ""] };
    });
    for (const x of seen) {
      expect({ n: x.n, r: x.review }).toEqual({ n: x.n, r: x.check });
      // a formula never calculated: the same status; the zip reader quotes its text, the Office host has none
      expect({ n: x.n, r: x.office }).toEqual({ n: x.n, r: x.check[1]?.startsWith("=") ? [x.check[0], ""] : x.check });
    }
    // and what they agree on is the cell's meaning: 86 in a literal-% format is 86, never 8600;
    // a formula without a result is not 0
    expect(seen[3]!.review[1]).toBe("86");
    expect(seen[4]!.review[1]).toBe("86");
    for (const n of [7, 8, 9]) expect(seen[n]!.review[1]).not.toBe("0");
  }, 60_000);
});
