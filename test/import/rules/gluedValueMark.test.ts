import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importTable, type ImportResult } from "../../../src/import";
import { readTableFile } from "../../../src/cli/readTableFile";
import { unreadMessage, type UnreadParams } from "../../../src/import/unreadMessages";

const glued = (u: { params: unknown }): UnreadParams["value-glued-mark"] => u.params as UnreadParams["value-glued-mark"];

/**
 * gluedValueMark (trial45a F2): a copy that lost a superscript glues a footnote's number to the number before it (`15.74`
 * for 15.7⁴). Where the table's notes number a note nothing points to and a number cell ends in that number, the reading
 * without it is taken when it is the plausible one (the note gives another year's figure, the number has more decimals
 * than its row's and column's), and said either way with the other reading; a note something points to, a note on the
 * table's notation, a whole number whose tenth stands far from its row's numbers are left alone and not said.
 */
const HEAD = "某县“十三五”生态环境保护主要指标\n序号\t指标\t2015年\t2020年\t属性";
const ROWS = [
  "1\t地级及以上城市2空气质量优良天数比率（%）\t76.7\t>80\t约束性",
  "2\t地表水质量劣Ⅴ类水体比例（%）\t9.7\t<5\t约束性",
  "3\t地下水质量极差比例（%）\t15.74\t15左右\t预期性",
  "4\t近岸海域水质优良比例（%）\t70.5\t70左右\t预期性",
];
const NOTE2 = "2.空气质量评价覆盖全国338个城市";

function imported(rows: readonly string[], notes: string): Extract<ImportResult, { ok: true }> {
  const r = importTable(`${HEAD}\n${rows.join("\n")}\n${notes}`);
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe("gluedValueMark: a footnote's number glued to a number cell", () => {
  // [what, rows, notes, the cells read (baseline|target of each row), what is said: [value, taken]]
  test.each<[string, string[], string, string[], [string, boolean][]]>([
    ["trial45a: note 4 says 2013's figure, on no name: 15.74 is 15.7⁴", ROWS, `注：${NOTE2}；4.为2013年数据。`,
      ["76.7|>80", "9.7|<5", "15.7|15左右", "70.5|70左右"], [["15.74", true]]],
    ["the note says nothing of a year: more decimals than its row's and column's is reason enough", ROWS, `注：${NOTE2}；4.按国控点位计算。`,
      ["76.7|>80", "9.7|<5", "15.7|15左右", "70.5|70左右"], [["15.74", true]]],
    ["a space before the digit (`15.7 4`)", ROWS.map((r) => r.replace("15.74", "15.7 4")), `注：${NOTE2}；4.为2013年数据。`,
      ["76.7|>80", "9.7|<5", "15.7|15左右", "70.5|70左右"], [["15.7 4", true]]],
    ["two cells end in 4 with the same reasons: neither changed, both said", [...ROWS.slice(0, 3), "4\t近岸海域水质优良比例（%）\t70.54\t70左右\t预期性"], `注：${NOTE2}；4.为2013年数据。`,
      ["76.7|>80", "9.7|<5", "15.74|15左右", "70.54|70左右"], [["15.74", false], ["70.54", false]]],
    ["no reason for the reading without it (a target is no year's figure, decimals as its row's): said, not changed", ["1\t森林覆盖率（%）\t21.66\t23.04\t约束性", "2\t湿地保护率（%）\t50.12\t55.0\t预期性"], "注：4.为2013年数据。",
      ["21.66|23.04", "50.12|55.0"], [["23.04", false]]],
    // beside a cell read so (9.73 over note 3), what is left alone and not said:
    ["a note whose mark is on a name (`⁴`)", ROWS.map((r) => r.replace("极差比例", "极差比例⁴").replace("9.7\t", "9.73\t")), `注：${NOTE2}；3.为2014年数据；4.为2013年数据。`,
      ["76.7|>80", "9.7|<5", "15.74|15左右", "70.5|70左右"], [["9.73", true]]],
    ["a note whose number is glued before a name's unit: the name may carry it", ROWS.map((r) => r.replace("极差比例（%）", "极差比例4（%）").replace("9.7\t", "9.73\t")), `注：${NOTE2}；3.为2014年数据；4.为2013年数据。`,
      ["76.7|>80", "9.7|<5", "15.74|15左右", "70.5|70左右"], [["9.73", true]]],
    ["a note on the notation (〔〕内为累计数) points to no cell: 151 stays", [...ROWS, "5\t森林蓄积量（亿立方米）\t151\t165\t约束性"], `注：1.〔〕内为五年累计数；${NOTE2}；4.为2013年数据。`,
      ["76.7|>80", "9.7|<5", "15.7|15左右", "70.5|70左右", "151|165"], [["15.74", true]]],
    // quzhou-2021-2025's notes carry no mark at all: `3.居民人均可支配收入增长按可比价格计算` names its row, `1.部分指标…` no one figure
    ["a note that names a row is that row's name's", [...ROWS, "5\t居民人均可支配收入增长（%）\t5.13\t6\t预期性"], `注：${NOTE2}；3.居民人均可支配收入增长按可比价格计算；4.为2013年数据。`,
      ["76.7|>80", "9.7|<5", "15.7|15左右", "70.5|70左右", "5.13|6"], [["15.74", true]]],
    ["a note on no one figure (部分指标…)", [...ROWS, "5\t优质园覆盖面（%）\t69.91\t80\t预期性"], `注：1.部分指标2015年基期值为预计数；${NOTE2}；4.为2013年数据。`,
      ["76.7|>80", "9.7|<5", "15.7|15左右", "70.5|70左右", "69.91|80"], [["15.74", true]]],
    ["a whole number's tenth far from its row's: 54 beside 56 is not 5", [...ROWS, "5\t草原综合植被盖度（%）\t54\t56\t预期性"], `注：${NOTE2}；4.为2013年数据。`,
      ["76.7|>80", "9.7|<5", "15.7|15左右", "70.5|70左右", "54|56"], [["15.74", true]]],
  ])("%s", (_d, rows, notes, cells, said) => {
    const r = imported(rows, notes);
    expect(r.template.indicators.map((d) => `${d.baseline}|${d.target}`)).toEqual(cells);
    const saidLines = r.unread.filter((u) => u.code === "value-glued-mark");
    expect(saidLines.map((u) => [glued(u).value, glued(u).taken])).toEqual(said);
    for (const u of saidLines) {
      expect(u.effect).toBe("to-check");
      // the cell, what was read and the other reading, in both languages
      const { value, kept } = glued(u);
      for (const text of [unreadMessage(u), unreadMessage(u, "en")]) {
        expect(text).toContain(`“${value}”`);
        expect(text).toContain(`“${kept}”`);
      }
    }
  });

  test.each<[string, string | undefined]>([
    ["taken: the note kept in the indicator's note", "15.74：4.为2013年数据。"],
  ])("%s", (_d, note) => {
    const r = imported(ROWS, `注：${NOTE2}；4.为2013年数据。`);
    expect(r.template.indicators[2]?.note).toBe(note);
  });

  // a spreadsheet cell holds the number 15.74 (a web table pasted into a sheet): read as the CLI reads an .xlsx
  test.each<[string, number | string, string, boolean]>([
    ["a number cell", 15.74, "15.7", true],
    ["a text cell", "15.74", "15.7", true],
  ])(".xlsx, %s", async (_d, cell, baseline, taken) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("主要指标");
    ws.addRows([["“十三五”生态环境保护主要指标"], ["序号", "指标", "2015年", "2020年", "属性"],
      [1, "地级及以上城市2空气质量优良天数比率（%）", 76.7, ">80", "约束性"], [2, "地下水质量极差比例（%）", cell, "15左右", "预期性"], [3, "近岸海域水质优良比例（%）", 70.5, "70左右", "预期性"],
      [], ["注：2.空气质量评价覆盖全国338个城市；4.为2013年数据。"]]);
    const file = join(mkdtempSync(join(tmpdir(), "glued-mark-")), "table.xlsx");
    await wb.xlsx.writeFile(file);
    const t = await readTableFile(file);
    if (!t.ok) throw new Error(t.message);
    const r = importTable(t.text, { source: t.source });
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators[1]?.baseline).toBe(baseline);
    expect(r.unread.filter((u) => u.code === "value-glued-mark").map((u) => glued(u).taken)).toEqual([taken]);
  });
});

describe("value-glued-mark's text: taken, or said only", () => {
  const column = { label: "2015年", kind: "baseline" as const, year: 2015 };
  test.each<[boolean, number | null, boolean, RegExp, RegExp]>([
    [true, 2013, true, /已去掉，读作“15\.7”.*2013年的数据，且“15\.74”的小数位数多于同行、同列的数值.*如原文就是“15\.74”，请在生成的模板文件中（该指标的 baseline）改回，已载入，请核对$/u,
      /taken off: read as “15\.7”.*gives 2013's figure, and “15\.74” has more decimals.*write it back in the template file written \(the indicator's baseline\); loaded, to check$/u],
    [false, null, false, /未去掉，仍读作“15\.74”；如是脚注，应读作“15\.7”，请在生成的模板文件中（该指标的 baseline）改正，已载入，请核对$/u,
      /kept, read as “15\.74”; if it is a footnote's number, the value is “15\.7”: correct it in the template file written \(the indicator's baseline\); loaded, to check$/u],
  ])("taken %s", (taken, year, decimals, zh, en) => {
    const u = { code: "value-glued-mark" as const, params: { value: "15.74", kept: "15.7", mark: "4", column, footnote: "4.为2013年数据。", taken, year, decimals } };
    expect(unreadMessage(u)).toMatch(zh);
    expect(unreadMessage(u, "en")).toMatch(en);
  });
});
