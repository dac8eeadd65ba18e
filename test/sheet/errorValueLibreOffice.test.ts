import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { describeIssue } from "../../src/domain/describeIssue";
import { readWorkbookGrid } from "../../src/hosts/office/readWorkbookGrid";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { openFileInFake } from "../office/openFileInFake";
import { cli } from "../support/cli";
import { convert } from "../support/libreoffice";

/*
 * An error value typed into a value cell (#DIV/0!), saved by LibreOffice, is stored as a formula that is only that
 * error (<f aca="false">#DIV/0!</f><v>#DIV/0!</v>), and Excel keeps it so. check said 「单元格中的公式「=#DIV/0!」计算结果
 * 为错误值」, as if someone had written a formula. Such a cell reads as the error value it is, in the .xlsx reader and
 * in the task pane alike; a formula that gives an error (=1/0) is still one.
 */
const dir = mkdtempSync(join(tmpdir(), "error-value-lo-"));
const SHEET = "舟山市表2";
/** What is typed into each 2023 value cell, as the sheet XML Excel writes it (its style kept). */
const TYPED: Record<string, (style: string) => string> = {
  K5: (s) => `<c r="K5"${s} t="e"><v>#DIV/0!</v></c>`,
  K6: (s) => `<c r="K6"${s} t="e"><v>#N/A</v></c>`,
  K7: (s) => `<c r="K7"${s} t="e"><f>1/0</f><v>#DIV/0!</v></c>`,
  K8: (s) => `<c r="K8"${s} t="e"><f>#REF!</f><v>#REF!</v></c>`,
};
let typed = "";
let saved = "";
let savedXml = "";

/** The template sheet's part of an .xlsx. */
async function sheetPart(zip: JSZip): Promise<string> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const id = new RegExp(`<sheet [^>]*name="${SHEET}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  if (!target) throw new Error(`no part for ${SHEET}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

beforeAll(async () => {
  const blank = join(dir, "blank.xlsx");
  const r = await cli("template", "zhoushan-2021-2025", "--year", "2023", "--out", blank);
  if (r.code !== 0) throw new Error(r.err);
  const zip = await JSZip.loadAsync(readFileSync(blank));
  const part = await sheetPart(zip);
  let xml = (await zip.file(part)?.async("string")) ?? "";
  for (const [ref, cell] of Object.entries(TYPED)) {
    const empty = new RegExp(`<c r="${ref}"( s="\\d+")?/>`);
    if (!empty.test(xml)) throw new Error(`${ref} is not a blank cell`);
    xml = xml.replace(empty, (_, s: string | undefined) => cell(s ?? ""));
  }
  zip.file(part, xml);
  typed = join(dir, "typed.xlsx");
  writeFileSync(typed, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  const [out] = convert([typed], "xlsx", join(dir, "libreoffice"));
  if (!out) throw new Error("LibreOffice wrote nothing");
  saved = out;
  const lo = await JSZip.loadAsync(readFileSync(saved));
  savedXml = (await lo.file(await sheetPart(lo))?.async("string")) ?? "";
}, 300000);

/** What check says of each cell of TYPED, in Chinese. */
function said(g: GridWorkbook): Record<string, string> {
  const r = checkGrid(g);
  if (!r.ok) throw new Error(r.message);
  const out: Record<string, string> = {};
  for (const i of r.report.items) for (const x of i.issues) if (x.cell && x.cell in TYPED) out[x.cell] = describeIssue(x, "zh");
  return out;
}

test("LibreOffice saves a typed error value as a formula of that error alone", () => {
  expect(savedXml).toMatch(/<c r="K5"[^>]*t="e"[^>]*><f[^>]*>#DIV\/0!<\/f><v>#DIV\/0!<\/v><\/c>/);
  expect(savedXml).toMatch(/<c r="K6"[^>]*t="e"[^>]*><f[^>]*>#N\/A<\/f><v>#N\/A<\/v><\/c>/);
});

describe("a cell showing an error, saved by LibreOffice: read as before it was saved, by check and by the task pane", () => {
  test.each<[string, string]>([
    ["K5", "单元格为错误值 #DIV/0!，应填数值（个 ≥ 0）"],
    ["K6", "单元格为错误值 #N/A，应填数值（% 0–100）"],
    // a formula that gives an error is still one, quoted
    ["K7", "单元格中的公式「=1/0」计算结果为错误值 #DIV/0!：应填数值（年 0–30），请直接填写数值，或改正公式"],
    // =#REF! written as a formula is the error value all the same
    ["K8", "单元格为错误值 #REF!，应填数值（% 0–100）"],
  ])("%s", async (cell, message) => {
    const before = said(await readXlsxZip(readFileSync(typed)));
    const after = said(await readXlsxZip(readFileSync(saved)));
    // the task pane from ExcelApi 1.9, where Excel says which cells hold formulas
    const fx = await openFileInFake(readFileSync(saved));
    fx.maxMinor = 9;
    const pane = said(await readWorkbookGrid(fx.context, { isSetSupported: fx.isSetSupported }));
    const place = `工作表「${SHEET}」${cell}：${message}`;
    expect([before[cell], after[cell], pane[cell]]).toEqual([place, place, place]);
    const json = await cli("check", saved, "--json");
    const issue = (JSON.parse(json.out) as { items: Array<{ issues: Array<{ cell?: string; message: string }> }> }).items.flatMap((i) => i.issues).find((i) => i.cell === cell);
    expect(issue?.message).toBe(place);
  });
});
