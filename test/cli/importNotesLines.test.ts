import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importPlanTable } from "../../src/import/importPlanTable";
import { importNotes } from "../../src/import/importNotes";
import { importNoteText } from "../../src/import/importNoteMessages";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

/**
 * trial34 F5, F6: `import 青川文旅.txt` kept the footnote 注：①〔〕内为五年累计数。②… as the template's planNotes (规划表注 on
 * every return's 填报说明 sheet) and said nothing of it; and it kept the file's name 青川文旅.txt as the 来源, printed on
 * every unit's cover, without a word about --document. Import now says both in one line each (importNoteMessages),
 * the pane's 读取 the first as the CLI does; the covers print the table's title alone where no document is named.
 */
const dir = mkdtempSync(join(tmpdir(), "import-notes-"));
const TITLE = "青川县“十四五”文化和旅游发展主要指标表";
const ROWS = "类别\t序号\t指标\t单位\t2020年\t2025年\t属性\n文化事业\t1\t公共图书馆人均藏书量\t册\t0.85\t≥1.2\t预期性\n旅游发展\t2\t接待游客总人次\t万人次\t420\t〔3000〕\t预期性";
const NOTE = "注：①〔〕内为五年累计数。②旅游总收入按当年价格计算。";
const KEPT_ZH = (n: number): string => `表下的 ${n} 条表注已保存为“规划表注”，印在各填报表「填报说明」表的下方。`;
const KEPT_EN = (n: string): string => `Kept ${n} below the table as 规划表注 (the plan's notes), printed at the foot of every return's 填报说明 sheet (the cover).`;
const NO_DOC_ZH = `表格上方没有写明规划文件名称：各填报表「填报说明」表的“来源”只写表名「${TITLE}」；要写明规划文件名称，请加上 --document "规划名称" 重新导入。`;
const NO_DOC_EN = `The table names no plan document: the 来源 (source) on every return's 填报说明 sheet gives the table's title "${TITLE}" only; to name the plan's document, import again with --document "<the plan's name>".`;
const PLAN = "青川县“十四五”文化和旅游发展规划";

describe("import says the plan's notes it kept and a 来源 without the plan's document", () => {
  test.each<[string, string, string[], string[], string]>([
    // why; the file's text; options; the lines said after the unread lines (in order); the 来源 the covers print (C7)
    ["trial34: a footnote, no document", `${TITLE}\n${ROWS}\n${NOTE}`, [], [KEPT_ZH(1), NO_DOC_ZH], TITLE],
    ["the same in English", `${TITLE}\n${ROWS}\n${NOTE}`, ["--lang", "en"], [KEPT_EN("1 note"), NO_DOC_EN], TITLE],
    ["two note lines, --document given", `${TITLE}\n${ROWS}\n注：①〔〕内为五年累计数。\n②旅游总收入按当年价格计算。`, ["--document", PLAN], [KEPT_ZH(2)], `${PLAN} ${TITLE}`],
    ["two note lines, in English", `${TITLE}\n${ROWS}\n注：①〔〕内为五年累计数。\n②旅游总收入按当年价格计算。`, ["--document", PLAN, "--lang", "en"], [KEPT_EN("2 notes")], `${PLAN} ${TITLE}`],
    ["no footnote, the plan's name above the title", `${PLAN}\n${TITLE}\n${ROWS}`, [], [], `${PLAN} ${TITLE}`],
  ])("%s", async (why, text, options, said, source) => {
    const file = join(dir, `${why}.txt`);
    writeFileSync(file, text);
    const out = join(dir, `${why}.json`);
    const r = await cli("import", file, "--out", out, ...options);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split("\n");
    const known = [KEPT_ZH(1), KEPT_ZH(2), KEPT_EN("1 note"), KEPT_EN("2 notes"), NO_DOC_ZH, NO_DOC_EN];
    expect(lines.filter((l) => known.includes(l))).toEqual(said);
    // said last: after the counts and the region's line, nothing of the run's own follows them
    expect(lines.slice(lines.length - said.length)).toEqual(said);
    // the returns distributed from it print the 来源 so: never the file's name
    const to = join(dir, `${why}-下发`);
    const d = await cli("distribute", "--from", out, "--year", "2023", "--units", "乔庄镇", "--out-dir", to);
    expect(d.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(to, "2023-乔庄镇.xlsx"));
    const cover = wb.getWorksheet("填报说明")!;
    expect([cover.getCell("A7").value, cover.getCell("C7").value]).toEqual(["来源", source]);
    expect(String(cover.getCell("C7").value)).not.toContain(".txt");
  });
});

// trial39b F4: the pane said nothing of the document and had no box for it; it now says so as the CLI does, naming its
// 规划文件名称 box where the CLI names --document, and a document given there (as --document) is not asked for
const PANE_ZH = `表格上方没有写明规划文件名称：各填报表「填报说明」表的“来源”只写表名「${TITLE}」；要写明规划文件名称，请填在上方“规划文件名称”一格，再点“载入”。`;
const PANE_EN = `The table names no plan document: the 来源 (source) on every return's 填报说明 sheet gives the table's title "${TITLE}" only; to name the plan's document, type it in "Plan document" above, then click Load.`;
describe("the pane's 读取 says the plan's notes kept and the document not named as the CLI does, in its own way to name it", () => {
  test.each<[string, string, string, string[], string[]]>([
    ["a footnote", `${TITLE}\n${ROWS}\n${NOTE}`, "", [KEPT_ZH(1), PANE_ZH], [KEPT_EN("1 note"), PANE_EN]],
    ["none", `${TITLE}\n${ROWS}`, "", [PANE_ZH], [PANE_EN]],
    ["the document typed in 规划文件名称", `${TITLE}\n${ROWS}`, PLAN, [], []],
  ])("%s", (_why, text, document, zh, en) => {
    const r = importPlanTable(text, { document });
    if (!r.ok) throw new Error(r.message);
    const notes = importNotes(r, "pane");
    expect(notes.map((n) => importNoteText(n, "zh"))).toEqual(zh);
    expect(notes.map((n) => importNoteText(n, "en"))).toEqual(en);
    // the CLI says the same notes, worded for --document
    expect(importNotes(r, "cli").map((n) => n.code)).toEqual(notes.map((n) => n.code));
  });
});

describe("an old template whose 来源 is the manager's file: the covers print the table's title only", () => {
  test.each<[string, string, string]>([
    ["a text file's name", "青川文旅.txt", TITLE],
    ["a workbook's name", "规划指标.xlsx", TITLE],
    ["a pasted table", "粘贴的表格文本", TITLE],
    ["a plan's name", PLAN, `${PLAN} ${TITLE}`],
  ])("%s", async (why, document, source) => {
    const r = importPlanTable(`${TITLE}\n${ROWS}\n${NOTE}`);
    if (!r.ok) throw new Error(r.message);
    const t: Template = r.template;
    const file = join(dir, `old-${why}.json`);
    writeFileSync(file, JSON.stringify({ ...t, source: { document, table: TITLE } }));
    const to = join(dir, `old-${why}-下发`);
    expect((await cli("distribute", "--from", file, "--year", "2023", "--units", "木鱼镇", "--out-dir", to)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(to, "2023-木鱼镇.xlsx"));
    expect(wb.getWorksheet("填报说明")!.getCell("C7").value).toBe(source);
  });
});
