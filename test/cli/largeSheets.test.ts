import JSZip from "jszip";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { countyReturn } from "../support/countyReturn";

/**
 * A trial's clerk: a return with a 企业名录 of 200,000 rows appended was refused by check, review and
 * rollover as 「xl/worksheets/sheet4.xml 解压后超过 64 MB 上限（可能是压缩炸弹）」, and in a folder its
 * unit was told 「文件已损坏或不完整，请该单位重新发送」 (reason damaged): sending it again gives the same.
 * Now a sheet that is none of the return's is passed over and named once; one of the return's own
 * sheets past a limit is named by its tab with what to do, and in a folder the reason is too_large.
 */
const dir = mkdtempSync(join(tmpdir(), "large-sheets-"));
const zs = findTemplate("zhoushan-2021-2025") as Template;
const folder = join(dir, "收到");
const ROWS = 110_000;

/** `rows` rows of a name list, as openpyxl writes one (inline strings, a dimension). */
function listXml(rows: number): string {
  const out = [`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B${rows}"/><sheetData>`];
  for (let r = 1; r <= rows; r++) out.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>舟山某某企业有限公司</t></is></c></row>`);
  out.push("</sheetData></worksheet>");
  return out.join("");
}

/** The return with a sheet `name` added after its own, holding `xml`. */
async function withSheet(file: string, out: string, name: string, xml: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const wb = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  zip.file("xl/workbook.xml", wb.replace("</sheets>", `<sheet name="${name}" sheetId="99" r:id="rIdBig"/></sheets>`));
  zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `<Relationship Id="rIdBig" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/big.xml"/></Relationships>`));
  zip.file("xl/worksheets/big.xml", xml);
  writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return out;
}

/** The return with a value typed in row 110,000 of its template sheet (the sheet's own rows past the limit); its sheet's name. */
async function withFarRow(file: string, out: string): Promise<string> {
  const grid = await readXlsxZip(readFileSync(file));
  const at = grid.sheets.findIndex((s) => s.rows[1]?.[0]?.type === "string" && s.rows[1][0].text.startsWith("plan-returns:template:"));
  const zip = await JSZip.loadAsync(readFileSync(file));
  const part = `xl/worksheets/sheet${at + 1}.xml`;
  const xml = (await zip.file(part)?.async("string")) ?? "";
  zip.file(part, xml.replace("</sheetData>", `<row r="${ROWS}"><c r="A${ROWS}"><v>1</v></c></row></sheetData>`));
  writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return grid.sheets[at]?.name ?? "";
}

let listed = "";
let far = "";
let farSheet = "";
beforeAll(async () => {
  mkdirSync(folder);
  const plain = await countyReturn(dir, "2023-定海区.xlsx", "定海区", 0, [zs]);
  listed = await withSheet(plain, join(dir, "2023-定海区-附企业名录.xlsx"), "企业名录（附）", listXml(ROWS));
  far = join(folder, "2023-普陀区.xlsx");
  farSheet = await withFarRow(await countyReturn(dir, "2023-普陀区.xlsx", "普陀区", 0.1, [zs]), far);
  copyFileSync(listed, join(folder, "2023-定海区.xlsx"));
}, 120_000);

describe("check of a return past a limit", () => {
  test.each<[string, () => string, number, "out" | "err", () => RegExp]>([
    ["an appended 企业名录 is passed over and named once; the return is checked", () => listed, 0, "out",
      () => /工作表「企业名录（附）」较大（110,000 行），不是填报表的一部分，本工具不读取该表（不核对、不汇总）/],
    ["the return's own sheet past the rows: by its tab, what to do, not a zip bomb", () => far, 2, "err",
      // its dimension is stale (the template's rows); the row is counted from the last filled row (trial42d F3), said without 约
      () => new RegExp(`工作表「${farSheet}」110,000 行，超过 100,000 行，本工具读不了；这是填报表本身的一张表，请删去表格下方多余的行后保存`)],
  ])("%s", async (_, file, code, stream, line) => {
    const r = await cli("check", file());
    expect(r.code).toBe(code);
    expect(r[stream]).toMatch(line());
    expect(r.out + r.err).not.toMatch(/压缩炸弹|xl\/worksheets/);
  }, 60_000);
});

describe("summary of a folder: the file past a limit is too_large, not damaged", () => {
  // session 41: the unit was told to delete 附带的大表 or the rows below the table whatever the reader found; now the sheet
  // the reader named and what to delete from it, as its own line says (sheetCut)
  test.each<[string, string[], (() => RegExp) | { file: string; reason: string; unit: string }]>([
    ["--json names its reason", ["--json"], { file: "", reason: "too_large", unit: "普陀区" }],
    ["the terminal says what the unit is to do", [], () => new RegExp(`普陀区：收到的文件无法汇总（文件过大，超过本工具能读的上限，文件本身未损坏），请该单位删去工作表「${farSheet}」表格下方多余的行，保存后重新发送`)],
    ["the same in English", ["--lang", "en"], () => new RegExp(`普陀区: the file received cannot be summed \\(too large for this tool to read; the file is not damaged\\); ask the unit to delete the extra rows below the table on sheet "${farSheet}", save and send it again`)],
  ])("%s", async (_, extra, expected) => {
    const r = await cli("summary", folder, "--units", "定海区,普陀区", "--deadline", "2024-01-31", ...extra);
    expect(r.code).toBe(0);
    if (typeof expected === "function") {
      expect(r.out).toMatch(expected());
      expect(r.out).not.toMatch(/企业名录|list of enterprises/);
    }
    else expect((JSON.parse(r.out) as { skipped: unknown[] }).skipped).toContainEqual({ ...expected, file: far });
  }, 60_000);
});
