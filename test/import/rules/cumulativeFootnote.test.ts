import { importTable } from "../../../src/import/importTable";

const HEAD = "指标\t单位\t2020年\t2025年\t属性";

/** A row the table's footnote calls a five-year total (trial33 T2: `②减排量为五年累计值` on points 0.52 …). */
describe("cumulativeFootnote: a footnote calling the row a five-year total makes a bare target cumulative, said", () => {
  test.each<[string, string, string, string, string | null]>([
    ["a bare number", "主要污染物减排量②\t万吨\t—\t0.52\t约束性", "注：①按常住人口；②减排量为五年累计值。", "〔0.52〕", "〔0.52〕"],
    ["a floor", "新增城镇就业人数*\t万人\t—\t≥50\t预期性", "注：*为规划期累计数。", "〔≥50〕", "〔≥50〕"],
    ["a floor in words", "新增造林面积①\t万亩\t—\t1200以上\t约束性", "注：①五年累计完成。", "〔1200以上〕", "〔1200以上〕"],
    ["a cap: kept, said", "新增建设用地①\t公顷\t—\t≤500\t约束性", "注：①为五年累计数。", "≤500", null],
    ["words: kept, said", "减排量①\t万吨\t—\t完成省下达任务\t约束性", "注：①减排量为五年累计值。", "完成省下达任务", null],
  ])("%s", (_d, row, note, target, written) => {
    const r = importTable([HEAD, row, note].join("\n"));
    if (!r.ok) throw new Error(r.message);
    if (r.template.kind !== "indicators") throw new Error(r.template.kind);
    expect(r.template.indicators[0]?.target).toBe(target);
    expect(r.unread.filter((u) => u.code === "target-cumulative-note").map((u) => (u.params as { written: string | null }).written)).toEqual([written]);
  });

  test.each<[string, string, string, string]>([
    ["a note explaining the brackets", "主要污染物减排量②\t万吨\t—\t0.52\t约束性", "注：②〔〕内为五年累计数。", "0.52"],
    ["a note saying no total", "常住人口①\t万人\t100\t105\t预期性", "注：①按常住人口计算。", "105"],
    ["a total already bracketed", "单位GDP能耗降低①\t%\t—\t〔13.5〕\t约束性", "注：①为五年累计值。", "〔13.5〕"],
    ["累计 in another sense (a running figure's name)", "累计完成投资①\t亿元\t—\t100\t预期性", "注：①累计完成投资按统计口径。", "100"],
  ])("left alone: %s", (_d, row, note, target) => {
    const r = importTable([HEAD, row, note].join("\n"));
    if (!r.ok) throw new Error(r.message);
    if (r.template.kind !== "indicators") throw new Error(r.template.kind);
    expect(r.template.indicators[0]?.target).toBe(target);
    expect(r.unread.filter((u) => u.code === "target-cumulative-note")).toEqual([]);
  });
});
