import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { csvQuoteFault } from "../../src/cli/csvQuoteFault";
import { cli } from "../support/cli";

/**
 * trial34 C4: `import` of a broken .docx printed JSZip's English message with a link to its docs
 * ("Can't find end of central directory : is this a zip file ? If it is, see https://stuk.github.io/…"),
 * and a .csv with a quote left open the parser's own words with an escaped \n ("Parse Error: missing
 * closing: '\"' in line: at '\"GDP,100,200\n'"). Each is now one line in the chosen language naming the
 * file, what was expected and what was found (or the line of the quote), with no library text.
 */
const FIX = join(__dirname, "../fixtures/tables/trial34");
/** files no table reader reads, kept out of tables/ (test/import/directionLineAgreement imports every table there) */
const BAD = join(__dirname, "../fixtures/bad/trial34");
const dir = mkdtempSync(join(tmpdir(), "import-bad-files-"));
const docx = readFileSync(join(FIX, "教育十四五指标.docx"));
const at = (name: string, bytes: Uint8Array | string): string => { const f = join(dir, name); writeFileSync(f, bytes); return f; };
const FILES: Record<string, () => string> = {
  garbled: () => join(BAD, "乱码.docx"),
  truncated: () => at("截断.docx", docx.subarray(0, Math.floor(docx.length / 2))),
  text: () => at("文本.docx", "指标名称\t2020年\t2025年\n"),
  workbook: () => at("表格.docx", readFileSync(join(__dirname, "../fixtures/tables/edu-2021-2025-merged.xlsx"))),
  empty: () => at("空.docx", ""),
  report: () => join(dir, "定海报告.docx"),
  renamed: () => join(dir, "报告改名.xlsx"),
  quote: () => join(BAD, "引号.csv"),
  after: () => at("引号后.csv", "指标,2020年,2025年\n\"GDP\"亿元,100,200\n"),
};

/**
 * trial42d F2: this tool's own 评估报告.docx (a plan's table with indicator rows, creator plan-returns) was read as a
 * plan: "no baseline or target year in the header: give --baseline-year…", and with those a 48-indicator template.
 * Named .xlsx it was told to be our report; now both refuse with the same words.
 */
beforeAll(async () => {
  const zip = await JSZip.loadAsync(docx);
  const core = await zip.file("docProps/core.xml")!.async("string");
  const report = await zip.file("docProps/core.xml", core.replace("<dc:creator></dc:creator>", "<dc:creator>plan-returns</dc:creator>")).generateAsync({ type: "nodebuffer" });
  writeFileSync(join(dir, "定海报告.docx"), report);
  writeFileSync(join(dir, "报告改名.xlsx"), report);
});

describe("import of a broken file: one line naming the file, what was expected and what was found", () => {
  test.each<[string, "zh" | "en", string]>([
    ["garbled", "zh", "乱码.docx：文件已损坏或不是 Word 文档（.docx），读不出文档内容，没有导入"],
    ["garbled", "en", "乱码.docx: the file is damaged or not a Word document (.docx): its text cannot be read; nothing imported"],
    ["truncated", "zh", "截断.docx：文件已损坏或不是 Word 文档（.docx），读不出文档内容"],
    ["text", "zh", "文本.docx：应为 Word 文档（.docx），实际是文本文件，没有导入"],
    ["text", "en", "文本.docx: a Word document (.docx) was expected, but it is a text file; nothing imported"],
    ["workbook", "zh", "表格.docx：应为 Word 文档（.docx），实际是 Excel 工作簿（.xlsx），没有导入"],
    ["empty", "zh", "空.docx：应为 Word 文档（.docx），实际是空文件（0 字节），没有导入"],
    ["report", "zh", "定海报告.docx：是本工具写出的评估报告（Word 文档，.docx），不是规划的指标表，没有导入；请导入规划原文中的指标表"],
    ["report", "en", "定海报告.docx: an evaluation report this tool wrote (a Word document, .docx), not a plan's indicator table; nothing imported: import the indicator table of the plan's own text"],
    ["renamed", "zh", "报告改名.xlsx：是本工具写出的评估报告（Word 文档，.docx），不是规划的指标表，没有导入"],
    ["quote", "zh", "引号.csv：第 2 行的引号（\"）没有配对，从这里到文件末尾会读成一个格子，没有导入；请在该行补上或删去这个引号"],
    ["quote", "en", "引号.csv: the quote (\") on line 2 is never closed, so the rest of the file would read as one cell; nothing imported: add or delete that quote"],
    ["after", "zh", "引号后.csv：第 2 行有一格在引号（\"）结束后还有文字，读不成表格，没有导入"],
  ])("%s (%s)", async (kind, lang, expected) => {
    const out = join(dir, `${kind}-${lang}.json`);
    const r = await cli("--lang", lang, "import", FILES[kind]!(), "--out", out);
    expect(r.code).toBe(2);
    const lines = r.err.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(expected);
    // no reader's own words, links or escaped line breaks
    expect(r.err).not.toMatch(/https?:|jszip|zip file|Parse Error|central directory|\\n/i);
    expect(() => readFileSync(out)).toThrow();
  }, 30000);

  test.each<[string, string, ReturnType<typeof csvQuoteFault>]>([
    ["quotes pair, a doubled quote inside", "a,\"b \"\"c\"\", d\"\n1,2\n", null],
    ["a quoted line break", "a,\"b\nc\"\n1,2\n", null],
    ["left open on line 3", "a,b\n1,2\n\"3,4\n5,6\n", { kind: "unclosed", line: 3 }],
    ["text after the closing quote", "a,b\n\"1\"x,2\n", { kind: "after_quote", line: 2 }],
    ["a quote inside an unquoted cell is text", "a,b\n1\"2,3\n", null],
  ])("csvQuoteFault: %s", (_why, text, fault) => {
    expect(csvQuoteFault(text)).toEqual(fault);
  });
});
