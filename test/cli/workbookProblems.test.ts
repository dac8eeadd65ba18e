import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { sampleWorkbook } from "../support/sampleWorkbook";
import { COVER_NAME } from "../../src/sheet/coverSheet";
import { FIRST_DATA_ROW, KEY_ROW } from "../../src/sheet/keys";

/** Workbook problems through the CLI: coded in the report, written in the --lang asked for. */
const YEAR = 2023;
const ID = "zhoushan-2021-2025";
const dir = mkdtempSync(join(tmpdir(), "workbook-problems-"));
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
let n = 0;

function filled(): { wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet } {
  return sampleWorkbook(ID, YEAR, "定海区");
}

function idColumn(ws: ExcelJS.Worksheet): number {
  let col = 0;
  ws.getRow(KEY_ROW).eachCell((c, i) => { if (c.value === "id") col = i; });
  return col;
}

async function save(wb: ExcelJS.Workbook): Promise<string> {
  const f = join(dir, `w${++n}.xlsx`);
  await wb.xlsx.writeFile(f);
  return f;
}

/** The report's problem lines (`! …`). */
const bangLines = (out: string): string[] => out.split("\n").filter((l) => l.startsWith("! "));
const unquoted = (s: string): string => s.replace(/"[^"]*"/g, '""');

type Made = { file: string; sheet: string; code: string; params: Record<string, string | number>; zh: string; en: string };

/** Each tampered workbook with the problem it must report. */
const MAKERS: Array<[string, () => Promise<Made>]> = [
  ["the hidden key row deleted", async () => {
    const { wb, ws } = filled();
    ws.spliceRows(KEY_ROW, 1);
    return { file: await save(wb), sheet: ws.name, code: "key_row_deleted", params: { sheet: ws.name },
      zh: `工作表「${ws.name}」看起来是填报表，但插件标记（隐藏的第 2 行）已被删除，无法核对，未做任何修改`,
      en: `Sheet "${ws.name}" looks like a return, but the add-in's marks (hidden row 2) were deleted` };
  }],
  ["a row copied (a duplicated id)", async () => {
    const { wb, ws } = filled();
    const col = idColumn(ws);
    let r0 = 0;
    for (let r = FIRST_DATA_ROW; r <= ws.rowCount && !r0; r++) if (ws.getCell(r, col).value === "zs21-12") r0 = r;
    const last = ws.rowCount + 1;
    ws.getRow(last).values = ws.getRow(r0).values as ExcelJS.CellValue[];
    return { file: await save(wb), sheet: ws.name, code: "row_id_duplicated", params: { sheet: ws.name, row: last, id: "zs21-12", first: r0 },
      zh: `工作表「${ws.name}」第 ${last} 行：id「zs21-12」与第 ${r0} 行重复，仅核对第一行`,
      en: `Sheet "${ws.name}" row ${last}: id "zs21-12" repeats row ${r0}; only the first is checked` };
  }],
  ["an indicator's row deleted", async () => {
    const { wb, ws } = filled();
    const col = idColumn(ws);
    let r0 = 0;
    for (let r = FIRST_DATA_ROW; r <= ws.rowCount && !r0; r++) if (ws.getCell(r, col).value === "zs21-12") r0 = r;
    ws.spliceRows(r0, 1);
    return { file: await save(wb), sheet: ws.name, code: "row_missing", params: { sheet: ws.name, id: "zs21-12", name: "城镇登记失业率(%)" },
      zh: `工作表「${ws.name}」：未找到「城镇登记失业率(%)」(zs21-12) 所在行，可能已被删除`,
      en: `Sheet "${ws.name}": the row of "城镇登记失业率(%)" (id "zs21-12") was not found` };
  }],
];

describe("check: workbook problems in the language asked for", () => {
  test.each(MAKERS)("%s: Chinese by default, English with --lang en", async (_why, make) => {
    const m = await make();
    const zh = await cli("check", m.file);
    expect(zh.code).toBe(0);
    expect(bangLines(zh.out)).toContain(`! ${m.zh}`);
    const en = await cli("check", m.file, "--lang", "en");
    expect(en.code).toBe(0);
    const lines = bangLines(en.out);
    expect(lines.some((l) => l.startsWith(`! ${m.en}`))).toBe(true);
    expect(lines.length).toBe(bangLines(zh.out).length);
    for (const l of lines) expect(unquoted(l)).not.toMatch(CJK);
  });

  // `problems` were Chinese whatever --lang until check --json followed --lang (checkJsonLang.test.ts)
  test.each(MAKERS)("%s: check --json gives `problems` in --lang and `problemCodes` the same in both", async (_why, make) => {
    const m = await make();
    const codes: unknown[] = [];
    for (const lang of ["zh", "en"] as const) {
      const r = await cli("check", m.file, "--json", "--lang", lang);
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.out) as { problems: string[]; problemCodes: Array<{ code: string; params: Record<string, unknown> }> };
      expect(doc.problemCodes).toContainEqual({ code: m.code, params: m.params });
      expect(doc.problemCodes).toHaveLength(doc.problems.length);
      const line = doc.problems[doc.problemCodes.findIndex((p) => p.code === m.code && JSON.stringify(p.params) === JSON.stringify(m.params))] ?? "";
      if (lang === "zh") expect(line).toBe(m.zh);
      else expect([line.startsWith(m.en), CJK.test(unquoted(line))]).toEqual([true, false]);
      codes.push(doc.problemCodes);
    }
    expect(codes[1]).toEqual(codes[0]);
  });

  test.each<[string, () => Promise<string>, RegExp, RegExp]>([
    ["a workbook that is not a return", async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("表一").getCell("A1").value = "你好";
      return save(wb);
    }, /不是本工具下发的填报表（缺少填报表自带的隐藏工作表）；如这是规划的指标表，请先导入为模板（命令行 import，或任务窗格的“导入”），再生成填报表$/m, /Not a return distributed by this tool \(it lacks the hidden sheet every return carries\); if it is a plan's indicator table, import it as a template first \(the command line's import, or the task pane's Import\), then make the returns from it$/m],
    ["a return copied into a new workbook (its cover's 填报单位 kept, our hidden sheet not)", async () => {
      const wb = new ExcelJS.Workbook();
      const cover = wb.addWorksheet("填报说明");
      cover.getCell("B4").value = "填报单位：";
      cover.getCell("C4").value = "建湖县";
      wb.addWorksheet("指标").getCell("A1").value = "序号";
      return save(wb);
    }, /不是本工具下发的填报表（缺少填报表自带的隐藏工作表）；「填报说明」表写着填报单位「建湖县」，可能是把填报表复制到了新工作簿.*请在下发的原表中填写后再报送/, /its "填报说明" sheet \(the cover\) names the reporting unit "建湖县": the return may have been copied into a new workbook.*fill in the distributed workbook/],
    // trial43b F3: a return's sheet copied alone into a new workbook (its header row and A2 mark kept, no cover) was told to
    // import it as a plan's table, while summary and report said to refill the distributed return: now check says so too
    ["a return's sheet copied alone into a new workbook (its mark kept, no cover)", async () => {
      const { ws } = filled();
      const wb = new ExcelJS.Workbook();
      const copy = wb.addWorksheet("定海区2023年指标");
      ws.eachRow((row, r) => row.eachCell((c, col) => { copy.getCell(r, col).value = c.value; }));
      return save(wb);
    }, /^[^\n]*不是本工具的填报：可能复制到了新工作簿（工作表「定海区2023年指标」带有填报表的表头和标记，但缺少填报表自带的隐藏工作表），请用下发的原表重填$/m, /Not a plan-returns return: perhaps copied into a new workbook \(sheet "定海区2023年指标" carries a return's header row and marks, but not the hidden sheet every return carries\); ask for it again in the distributed file$/m],
    ["a return whose reporting year was cleared", async () => {
      const { wb } = filled();
      const cover = wb.getWorksheet(COVER_NAME);
      if (!cover) throw new Error("no cover");
      cover.getCell("C5").value = null;
      return save(wb);
    }, /工作表「填报说明」C5：报告年份应为年份数字/, /Sheet "填报说明" C5: the reporting year should be a year number/],
  ])("%s: exit 2, one line in the language asked for", async (_why, make, zhText, enText) => {
    const f = await make();
    const zh = await cli("check", f);
    expect(zh.code).toBe(2);
    expect(zh.err).toMatch(zhText);
    const en = await cli("check", f, "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.err).toMatch(enText);
    expect(en.err.trim().split("\n")).toHaveLength(1);
    expect(unquoted(en.err.replace(f, ""))).not.toMatch(CJK);
    // several files: the JSON line's error in the language asked for too, its code unchanged
    const many = await cli("check", f, f + ".missing.xlsx", "--json", "--lang", "en");
    const first = JSON.parse(many.out.split("\n")[0] ?? "") as { file: string; error: { code: string; message: string } };
    expect(first.error.message).toMatch(enText);
  });
});
