import JSZip from "jszip";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";

/**
 * `import` of a sheet whose text is far past any indicator table. A corpus sweep found Apache
 * POI's test-data/spreadsheet/poc-shared-strings.xlsx (Apache-2.0): a 110 KB file whose 12,000
 * cells each show one 1 MB shared string, 12 GB of text. `check` refused it in a second; `import`
 * searched that text for a header and ran for hours. The workbooks here are made in the test in
 * the same shape (one long shared string shown by many cells), small on disk.
 */
const dir = mkdtempSync(join(tmpdir(), "import-size-"));

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const TABLE = [
  ["某某县“十四五”卫生健康主要指标"],
  ["序号", "指标名称", "单位", "2020年", "2025年", "属性"],
  ["1", "人均预期寿命", "岁", "79.2", "80以上", "预期性"],
];
/** 200 million characters on the sheet (2,000 cells × 100,000): past the test's time limit, searched for a header before the bound */
const LONG = "ffffIIIIddddrrrr".repeat(6250);
const CELLS = 2000;

/** A workbook of the named sheets, in order: 大表 shows LONG in CELLS cells, 指标 holds TABLE. */
async function workbookOf(sheets: Array<"大表" | "指标">): Promise<Uint8Array> {
  const z = new JSZip();
  z.file("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  z.file("xl/workbook.xml", `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="s${i + 1}"/>`).join("")}</sheets></workbook>`);
  z.file("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_n, i) => `<Relationship Id="s${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}<Relationship Id="ss" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`);
  z.file("xl/sharedStrings.xml", `<sst xmlns="${MAIN}" count="${CELLS}" uniqueCount="1"><si><t>${LONG}</t></si></sst>`);
  sheets.forEach((n, i) => {
    const rows = n === "大表"
      ? Array.from({ length: CELLS / 4 }, (_x, r) => `<row r="${r + 1}">${["A", "B", "C", "D"].map((c) => `<c r="${c}${r + 1}" t="s"><v>0</v></c>`).join("")}</row>`)
      : TABLE.map((row, r) => `<row r="${r + 1}">${row.map((v) => `<c t="inlineStr"><is><t>${v}</t></is></c>`).join("")}</row>`);
    z.file(`xl/worksheets/sheet${i + 1}.xml`, `<worksheet xmlns="${MAIN}"><sheetData>${rows.join("")}</sheetData></worksheet>`);
  });
  return z.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

interface Case {
  name: string;
  sheets: Array<"大表" | "指标">;
  args?: string[];
  /** imported: the indicators read; else the one stderr line (exit 2) */
  indicators?: string[];
  line?: string;
}

const BIG_ZH = "#大表：工作表的文字有 200,000,000 个字符，超过一张指标表的上限 1,000,000（最长的是 A1，100,000 个字符），不是规划的指标表，没有导入；请把指标表复制到新工作簿后导入，或用 --sheet 指定指标表所在的工作表";

const CASES: Case[] = [
  { name: "the table on the sheet after a huge one is found, the huge sheet passed over at once", sheets: ["大表", "指标"], indicators: ["人均预期寿命"] },
  { name: "a workbook of one huge sheet: one line naming the sheet, its size and its longest cell", sheets: ["大表"], line: BIG_ZH },
  { name: "the huge sheet named by --sheet: the same line", sheets: ["指标", "大表"], args: ["--sheet", "大表"], line: BIG_ZH },
  {
    name: "--lang en: the line in English", sheets: ["大表"], args: ["--lang", "en"],
    line: "#大表: the sheet holds 200,000,000 characters, more than an indicator table's limit of 1,000,000 (the longest cell is A1, 100,000 characters); it is not a plan's indicator table, nothing imported: copy the indicator table into a new workbook and import that, or name its sheet with --sheet",
  },
];

test.each(CASES)("$name", async (c) => {
  const f = join(dir, `${c.sheets.join("-")}${(c.args ?? []).join("")}.xlsx`);
  writeFileSync(f, await workbookOf(c.sheets));
  const out = `${f}.json`;
  const r = await cli("import", f, "--out", out, ...(c.args ?? []));
  if (c.indicators) {
    expect([r.code, r.err]).toEqual([0, ""]);
    const t = JSON.parse(readFileSync(out, "utf8")) as { indicators: Array<{ name: string }> };
    expect(t.indicators.map((i) => i.name)).toEqual(c.indicators);
  } else {
    expect([r.code, r.err]).toEqual([2, `${f}${c.line ?? ""}\n`]);
    expect(existsSync(out)).toBe(false);
  }
}, 5000); // the old code searched the huge sheet for 8 s and more

test("a pasted text past the bound: one line, nothing imported", async () => {
  const f = join(dir, "整本规划.txt");
  const row = "1\t人均预期寿命\t岁\t79.2\t80以上\t预期性";
  writeFileSync(f, [TABLE[1]?.join("\t"), ...Array.from({ length: 42000 }, () => row)].join("\n"));
  const r = await cli("import", f, "--out", `${f}.json`);
  expect([r.code, r.err]).toEqual([2, `${f}：表格的文字有 1,050,025 个字符，超过一张指标表的上限 1,000,000，没有导入；请只复制规划中的指标表后导入\n`]);
});
