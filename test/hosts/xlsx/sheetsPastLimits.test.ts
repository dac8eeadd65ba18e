import JSZip from "jszip";
import { readXlsxZip, XlsxLimitError, ZIP_LIMITS } from "../../../src/hosts/xlsx/readXlsxZip";
import type { GridSheet } from "../../../src/sheet/Grid";
import { isReturnSheet } from "../../../src/sheet/isReturnSheet";
import { describeXlsxProblem } from "../../../src/hosts/xlsx/describeXlsxProblem";
import type { XlsxProblem } from "../../../src/hosts/xlsx/XlsxReadError";
import { describeWorkbookProblem } from "../../../src/sheet/describeWorkbookProblem";
import { workbookProblem } from "../../../src/sheet/WorkbookProblem";
import { rowCountText } from "../../../src/domain/rowCountText";

/**
 * A sheet past a reader's limit (its inflated size, its rows) that the command does not need is
 * passed over, named, and the rest read: a trial's return with a 企业名录 of 200,000 rows appended
 * was refused whole as 「xl/worksheets/sheet4.xml … 可能是压缩炸弹」. A sheet that is needed is refused
 * by its tab, never by its part. The limits are lowered here so the files stay small.
 */
const SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MARK = "plan-returns:template:zs";

const cell = (ref: string, v: string | number): string => (typeof v === "number" ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`);
/** A sheet of `rows` rows (A1 a title, A2 `a2` when given, else B2 a header, then numbers), with its dimension when `dim`, then `styled` rows formatted but empty. */
function sheetXml(rows: number, a2: string | null, dim = true, styled = 0): string {
  const out = [`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${SML}">${dim ? `<dimension ref="A1:B${rows}"/>` : ""}<sheetData>`];
  out.push(`<row r="1">${cell("A1", "标题")}</row>`);
  out.push(`<row r="2">${a2 === null ? cell("B2", "企业名称") : cell("A2", a2)}</row>`);
  for (let r = 3; r <= rows; r++) out.push(`<row r="${r}">${cell(`A${r}`, r)}${cell(`B${r}`, "某某企业有限公司")}</row>`);
  for (let r = rows + 1; r <= rows + styled; r++) out.push(`<row r="${r}" s="1" customFormat="1"/>`);
  out.push("</sheetData></worksheet>");
  return out.join("");
}

async function workbook(sheets: Array<[string, string]>): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`);
  zip.file("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file("xl/workbook.xml", `<?xml version="1.0"?><workbook xmlns="${SML}" xmlns:r="${REL}"><sheets>${sheets.map(([name], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`);
  zip.file("xl/_rels/workbook.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`);
  sheets.forEach(([, xml], i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, xml));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const saved = { ...ZIP_LIMITS };
/** a row limit of 1,000 with parts up to 1 MB; parts of 64 KB with rows up to 100,000 */
const ROWS = { maxRows: 1_000, maxEntryBytes: 1024 * 1024 };
const BYTES = { maxRows: 100_000, maxEntryBytes: 64 * 1024 };
afterEach(() => Object.assign(ZIP_LIMITS, saved));

const RETURN: [string, string] = ["指标表", sheetXml(20, MARK)];
const shape = (s: GridSheet): unknown => ({ name: s.name, rows: s.rows.length, ...(s.notRead ? { notRead: s.notRead } : {}) });

describe("a sheet past a limit that the command does not need is passed over, the rest read", () => {
  test.each<[string, typeof ROWS, Array<[string, string]>, unknown[]]>([
    ["rows: an appended 企业名录 past the row limit, told by its dimension", ROWS, [RETURN, ["企业名录（附）", sheetXml(1_500, null)]],
      [{ name: "指标表", rows: 20 }, { name: "企业名录（附）", rows: 0, notRead: { over: "rows", rows: 1_500, exact: true } }]],
    ["rows: without a dimension, its rows counted", ROWS, [RETURN, ["附表", sheetXml(1_500, null, false)]],
      [{ name: "指标表", rows: 20 }, { name: "附表", rows: 0, notRead: { over: "rows", rows: 1_500, exact: true } }]],
    ["bytes: one whose part inflates past the part limit, told by its dimension", BYTES, [RETURN, ["附表", sheetXml(1_500, null)]],
      [{ name: "指标表", rows: 20 }, { name: "附表", rows: 0, notRead: { over: "bytes", rows: 1_500 } }]],
    // trial42d F3: openpyxl's write_only writes no dimension; a sheet of 150,000 rows was said 约 160,000 from its head
    ["rows: without a dimension, a part longer than the head: its last filled row, exactly", { maxRows: 1_000, maxEntryBytes: 64 * 1024 * 1024 }, [RETURN, ["数据", sheetXml(150_000, null, false)]],
      [{ name: "指标表", rows: 20 }, { name: "数据", rows: 0, notRead: { over: "rows", rows: 150_000, exact: true } }]],
    ["rows: rows formatted past the last value are not counted", { maxRows: 1_000, maxEntryBytes: 64 * 1024 * 1024 }, [RETURN, ["数据", sheetXml(20_000, null, false, 30_000)]],
      [{ name: "指标表", rows: 20 }, { name: "数据", rows: 0, notRead: { over: "rows", rows: 20_000, exact: true } }]],
    ["a small unmarked sheet is read as before", ROWS, [RETURN, ["说明", sheetXml(30, null)]],
      [{ name: "指标表", rows: 20 }, { name: "说明", rows: 30 }]],
  ])("%s", async (_, limits, sheets, expected) => {
    Object.assign(ZIP_LIMITS, limits);
    const g = await readXlsxZip(await workbook(sheets), { needs: isReturnSheet });
    expect(g.sheets.map(shape)).toEqual(expected);
  });

  // a part not inflated (past the size): estimated from its head, rounded down, never above the truth (trial42d F3)
  test.each<[number, number]>([[20_000, 1], [150_000, 8]])("a part of %d rows longer than the head, past %d MB, without a dimension: estimated, near the truth and not above it", async (n, mb) => {
    Object.assign(ZIP_LIMITS, { maxRows: 1_000_000, maxEntryBytes: mb * 1024 * 1024 });
    const g = await readXlsxZip(await workbook([RETURN, ["附表", sheetXml(n, null, false)]]), { needs: isReturnSheet });
    expect(g.sheets[1]?.notRead?.over).toBe("bytes");
    const rows = g.sheets[1]?.notRead?.rows ?? 0;
    expect(rows).toBeGreaterThan(n * 0.9);
    expect(rows).toBeLessThanOrEqual(n);
  }, 30000);
});

describe("a sheet past a limit that is needed is refused by its tab, with what to do", () => {
  test.each<[string, Array<[string, string]>, boolean, RegExp]>([
    ["the return's own sheet (its A2 mark) past the rows", [["指标表", sheetXml(1_500, MARK)]], true, /^工作表「指标表」1,500 行，超过 1,000 行，本工具读不了；这是填报表本身的一张表，请删去表格下方多余的行/],
    ["a sheet the 当年状态 header shows is a template sheet whose key row went", [["表2", sheetXml(1_500, "当年状态")]], true, /^工作表「表2」1,500 行，/],
    ["no `needs` (every sheet needed): the part's limit, by the tab", [RETURN, ["企业名录", sheetXml(1_500, null, false)]], false, /^工作表「企业名录」解压后超过 0\.0625 MB（约 [\d,]+ 行），本工具读不了；请删去该表，或用“移动或复制”/],
  ])("%s", async (_, sheets, needs, message) => {
    Object.assign(ZIP_LIMITS, needs ? ROWS : BYTES);
    const e = await readXlsxZip(await workbook(sheets), needs ? { needs: isReturnSheet } : {}).then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(XlsxLimitError);
    expect((e as XlsxLimitError).problem.code).toBe("sheet_too_big");
    expect((e as Error).message).toMatch(message);
  });
});

/**
 * A count read from the sheet's last filled row (its part inflated whole: past the rows or the cells) is said as it is; one
 * told by the <dimension> or estimated from the head (its part past the size, not inflated) with 约 / about (trial42d:
 * 150,000 rows counted exactly were still said 约 150,000).
 */
/** A small sheet (A1 a title, A2 `a2`) with one cell far below (`last`): a return where someone typed in row 120,099 (trial43c F4). */
function sparseSheetXml(last: number, a2: string | null): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${SML}"><dimension ref="A1:C${last}"/><sheetData><row r="1">${cell("A1", "标题")}</row>` +
    `<row r="2">${a2 === null ? cell("B2", "企业名称") : cell("A2", a2)}</row><row r="${last}">${cell(`C${last}`, 1)}</row></sheetData></worksheet>`;
}

describe("a sheet's rows are said exactly where counted, 约 where not", () => {
  // trial43c F4: a small sheet (read through its cached template) past the rows was said 约 from its dimension
  test.each<[string, boolean, string, string]>([
    ["the return's own sheet, small, one cell far below", true, "工作表「附表」1,500 行，超过 1,000 行，", "sheet \"附表\" has 1,500 rows, more than 1,000,"],
    ["a sheet passed over, small, one cell far below", false, "工作表「附表」较大（1,500 行），不是填报表的一部分", "Sheet \"附表\" is large (1,500 rows) and no part of the return"],
  ])("past the rows, a small part: %s, counted exactly", async (_, needed, zh, en) => {
    Object.assign(ZIP_LIMITS, ROWS);
    const e = await readXlsxZip(await workbook([RETURN, ["附表", sparseSheetXml(1_500, needed ? MARK : null)]]), { needs: isReturnSheet }).then((g) => g, (x: unknown) => x);
    const said = (lang: "zh" | "en"): string => {
      if (needed) return describeXlsxProblem((e as XlsxLimitError).problem, lang);
      const s = (e as { sheets: GridSheet[] }).sheets[1];
      return describeWorkbookProblem(workbookProblem("sheet_not_read", { sheet: "附表", rows: s?.notRead?.rows ?? 0, ...(s?.notRead?.exact ? { exact: true as const } : {}) }), lang);
    };
    expect([said("zh"), said("en")]).toEqual([expect.stringContaining(zh), expect.stringContaining(en)]);
  });

  test.each<[string, typeof ROWS, boolean, string, string]>([
    ["past the rows: its last filled row, counted", ROWS, true, "工作表「附表」1,500 行，超过 1,000 行，", "sheet \"附表\" has 1,500 rows, more than 1,000,"],
    ["past the size: told by its dimension", BYTES, true, "工作表「附表」解压后超过 0.0625 MB（约 1,500 行）", "sheet \"附表\" inflates to more than 0.0625 MB (about 1,500 rows)"],
    ["passed over past the rows: counted", ROWS, false, "工作表「附表」较大（1,500 行），不是填报表的一部分", "Sheet \"附表\" is large (1,500 rows) and no part of the return"],
    ["passed over past the size: by its dimension", BYTES, false, "工作表「附表」较大（约 1,500 行），不是填报表的一部分", "Sheet \"附表\" is large (about 1,500 rows) and no part of the return"],
  ])("%s", async (_, limits, needed, zh, en) => {
    Object.assign(ZIP_LIMITS, limits);
    const book = await workbook([RETURN, ["附表", sheetXml(1_500, needed ? MARK : null)]]);
    const e = await readXlsxZip(book, { needs: isReturnSheet }).then((g) => g, (x: unknown) => x);
    if (needed) {
      const p = (e as XlsxLimitError).problem;
      expect([describeXlsxProblem(p, "zh"), describeXlsxProblem(p, "en")]).toEqual([expect.stringContaining(zh), expect.stringContaining(en)]);
      return;
    }
    const s = (e as { sheets: GridSheet[] }).sheets[1];
    const said = (lang: "zh" | "en"): string => describeWorkbookProblem(workbookProblem("sheet_not_read", { sheet: "附表", rows: s?.notRead?.rows ?? 0, ...(s?.notRead?.exact ? { exact: true as const } : {}) }), lang);
    expect([said("zh"), said("en")]).toEqual([expect.stringContaining(zh), expect.stringContaining(en)]);
  });

  test.each<[number, boolean | undefined, string, string]>([
    [120_099, true, "120,099 行", "120,099 rows"],
    [165_000, undefined, "约 165,000 行", "about 165,000 rows"],
    [51, false, "约 51 行", "about 51 rows"],
  ])("rowCountText(%i, %s)", (rows, exact, zh, en) => {
    expect([rowCountText(rows, exact, "zh"), rowCountText(rows, exact, "en")]).toEqual([zh, en]);
  });

  test.each<[boolean, string, string]>([
    [true, "该表只有 51 行，大的是各行的内容", "it has only 51 rows, so its size"],
    [false, "该表只有约 51 行，大的是各行的内容", "it has only about 51 rows, so its size"],
  ])("a sheet of few rows, exact %s", (exact, zh, en) => {
    const p: XlsxProblem = { code: "sheet_too_big", params: { sheet: "表1", over: "cells", limit: 2_000_000, rows: 51, ours: true, ...(exact ? { exact } : {}) } };
    expect([describeXlsxProblem(p, "zh"), describeXlsxProblem(p, "en")]).toEqual([expect.stringContaining(zh), expect.stringContaining(en)]);
  });
});

/**
 * trial39c F8: a needed sheet of about 51 rows past the size limit was told 「约 51 行…请删去表格下方多余的行」: 51 rows are
 * not what makes it large. The advice follows the numbers: few rows (each within a wide row's size, they would fit) are told
 * to lose their extra columns or over-long contents; a sheet past the row limit, or of many rows, its extra rows.
 */
describe("a needed sheet past a limit is told what to delete by its numbers", () => {
  const MB64 = 64 * 1024 * 1024;
  test.each<[string, NonNullable<XlsxProblem["params"]>, "zh" | "en", RegExp, RegExp]>([
    ["51 rows past the size: its columns or contents", { sheet: "表1", over: "bytes", limit: MB64, rows: 51, ours: true }, "zh",
      /^工作表「表1」解压后超过 64 MB（约 51 行），本工具读不了；这是填报表本身的一张表，该表只有约 51 行，大的是各行的内容（列数过多或单元格中的内容过长），请删去表格右侧多余的列或过长的内容后保存/, /多余的行/],
    ["51 rows past the size, en", { sheet: "表1", over: "bytes", limit: MB64, rows: 51, ours: true }, "en",
      /it has only about 51 rows, so its size is in what they hold \(too many columns, or over-long cell contents\); delete the extra columns to the right of its table, or the over-long contents and save/, /extra rows/],
    ["51 rows past the cells, an import's table", { sheet: "表1", over: "cells", limit: 2_000_000, rows: 51, copy: true }, "zh",
      /该表只有约 51 行，大的是各行的内容（列数过多或单元格中的内容过长），请删去表格右侧多余的列或过长的内容，或把指标表复制到新工作簿后再导入/, /多余的行/],
    ["300,000 rows past the size: its rows", { sheet: "表1", over: "bytes", limit: MB64, rows: 300_000, ours: true }, "zh", /这是填报表本身的一张表，请删去表格下方多余的行后保存/, /多余的列/],
    ["past the row limit: its rows", { sheet: "表1", over: "rows", limit: 100_000, rows: 120_000, ours: true }, "en", /delete the extra rows below its table and save/, /columns/],
    ["rows not known: its rows, as before", { sheet: "表1", over: "bytes", limit: MB64, ours: true }, "zh", /请删去表格下方多余的行后保存/, /多余的列/],
  ])("%s", (_why, params, lang, says, never) => {
    const line = describeXlsxProblem({ code: "sheet_too_big", params }, lang);
    expect(line).toMatch(says);
    expect(line).not.toMatch(never);
  });
});
