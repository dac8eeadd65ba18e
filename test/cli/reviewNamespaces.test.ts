import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { REVIEW_MARK } from "../../src/sheet/reviewSheet";
import { cellText } from "../../src/domain/CellValue";
import { cli } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "review-ns-"));
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
let template = "";

beforeAll(async () => {
  template = join(dir, "template.xlsx");
  expect((await cli("template", "zhoushan-2021-2025", "--year", "2023", "--unit", "定海区", "--out", template)).code).toBe(0);
}, 60000);

/** Throws where the XML is not namespace-well-formed (an unbound prefix among them). */
function strictlyParsed(xml: string): void {
  const p = new SaxesParser({ xmlns: true });
  p.on("error", (e) => { throw e; });
  p.write(xml).close();
}

/**
 * Where workbook.xml binds the relationships prefix decides where our new <sheet>'s r:id may
 * take it from: a trial's openpyxl-saved return (openpyxl binds r on each <sheet>, not on the
 * root) came back from `review` with an unbound r:id, and LibreOffice and openpyxl refused to open it.
 */
describe("review adds its sheet to workbook.xml as the file binds its namespaces", () => {
  test.each<[string, (root: string, sheets: string) => [string, string]]>([
    ["bound on the root (Excel, ExcelJS)", (root, sheets) => [root, sheets]],
    ["bound on each <sheet> (openpyxl)", (root, sheets) => [root.replace(/\sxmlns:r="[^"]*"/, ""), sheets.replace(/<sheet /g, `<sheet xmlns:r="${REL}" `)]],
    ["bound on the root under another prefix", (root, sheets) => [root.replace(/\sxmlns:r="/, " xmlns:rel=\""), sheets.replace(/\sr:id=/g, " rel:id=")]],
  ])("%s", async (what, rebind) => {
    const file = join(dir, `${what.replace(/\W+/g, "-")}.xlsx`);
    const zip = await JSZip.loadAsync(readFileSync(template));
    const wb = await zip.file("xl/workbook.xml")!.async("string");
    const root = /<workbook[^>]*>/.exec(wb)![0];
    const sheets = /<sheets>.*<\/sheets>/s.exec(wb)![0];
    const [r2, s2] = rebind(root, sheets);
    const rebound = wb.replace(root, r2).replace(sheets, s2);
    strictlyParsed(rebound);
    zip.file("xl/workbook.xml", rebound);
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));

    expect((await cli("review", file)).code).toBe(0);
    const after = await JSZip.loadAsync(readFileSync(file));
    const xml = await after.file("xl/workbook.xml")!.async("string");
    expect(() => strictlyParsed(xml)).not.toThrow();
    const g = await readXlsxZip(readFileSync(file));
    expect(g.sheets.some((s) => cellText(s.rows[1]?.[0] ?? { type: "empty" }) === REVIEW_MARK)).toBe(true);
  });
});
