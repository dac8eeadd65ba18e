import JSZip from "jszip";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openPackageForEdit } from "../../src/hosts/xlsx/openPackageForEdit";
import { StrictPackageError } from "../../src/hosts/xlsx/StrictPackageError";
import { cli } from "../support/cli";

/**
 * A return saved as Strict Open XML (a trial's 经开区, workbook conformance="strict"): `review` wrote
 * its 审核 sheet in the transitional namespaces into the Strict package, a mix Excel may reject. Reading
 * stays as it is; every command that writes into the workbook (review, lock) now refuses in one line
 * before anything is written.
 */
const dir = mkdtempSync(join(tmpdir(), "strict-package-"));
const transitional = join(dir, "2023-定海区.xlsx");
const strict = join(dir, "2023-定海区-strict.xlsx");

/** The package in Strict's namespaces, as Excel saves “Strict Open XML 电子表格”. */
async function strictOf(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    let xml = await zip.file(name)!.async("string");
    xml = xml.replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, "http://purl.oclc.org/ooxml/spreadsheetml/main")
      .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g, "http://purl.oclc.org/ooxml/officeDocument/relationships");
    if (name === "xl/workbook.xml") xml = xml.replace(/<workbook\b/, '<workbook conformance="strict"');
    zip.file(name, xml);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

beforeAll(async () => {
  const d = await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区", "--out-dir", join(dir, "下发"));
  expect(d.code).toBe(0);
  copyFileSync(join(dir, "下发", "2023-定海区.xlsx"), transitional);
  writeFileSync(strict, await strictOf(readFileSync(transitional)));
}, 60000);

test("a Strict package is read as before (check)", async () => {
  const [a, b] = [await cli("check", transitional, "--json"), await cli("check", strict, "--json")];
  expect([a.code, b.code]).toEqual([0, 0]);
  expect(JSON.parse(b.out)).toEqual(JSON.parse(a.out));
});

test.each<[string, (f: string, out: string) => string[], string]>([
  ["review --out", (f, out) => ["review", f, "--out", out], "zh"],
  ["review in place", (f) => ["review", f], "zh"],
  ["lock in place", (f) => ["lock", f, "--reviewer", "王某", "--accept-unassessed"], "zh"],
  ["lock --out, --lang en", (f, out) => ["lock", f, "--reviewer", "王某", "--accept-unassessed", "--out", out, "--lang", "en"], "en"],
])("%s on a Strict package: one line, nothing written", async (_name, args, lang) => {
  const out = join(dir, `out-${_name.length}.xlsx`);
  const before = readFileSync(strict);
  const r = await cli(...args(strict, out));
  expect([r.code, r.out]).toEqual([2, ""]);
  expect(r.err).toBe(lang === "en"
    ? `${strict}: the file is saved as Strict Open XML, which this tool does not write into; in Excel, save it as "Excel Workbook (.xlsx)" and try again\n`
    : `${strict}：该文件为 Strict Open XML 格式，本工具不向其中写入；请在 Excel 中另存为“Excel 工作簿(.xlsx)”后再试\n`);
  expect(readFileSync(strict).equals(before)).toBe(true);
  expect(existsSync(out)).toBe(false);
}, 60000);

test("the transitional return is still reviewed", async () => {
  const r = await cli("review", transitional, "--out", join(dir, "reviewed.xlsx"));
  expect(r.code).toBe(0);
});

test.each<[string, (xml: string) => string]>([
  ["conformance=\"strict\" alone", (x) => x.replace(/<workbook\b/, '<workbook conformance="strict"')],
  ["Strict's spreadsheet namespace alone", (x) => x.replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, "http://purl.oclc.org/ooxml/spreadsheetml/main")],
])("openPackageForEdit refuses a workbook part with %s", async (_name, edit) => {
  const zip = await JSZip.loadAsync(readFileSync(transitional));
  zip.file("xl/workbook.xml", edit(await zip.file("xl/workbook.xml")!.async("string")));
  const bytes = await zip.generateAsync({ type: "uint8array" });
  await expect(openPackageForEdit(bytes)).rejects.toBeInstanceOf(StrictPackageError);
  await expect(openPackageForEdit(readFileSync(transitional))).resolves.toBeInstanceOf(JSZip);
});
