import { subRow } from "../../../src/import/rules/subRow";
import { importTable } from "../../../src/import";
import { HEAD, lastLineThrough } from "./harness";

describe("subRow: 其中 with its own values is a part of the indicator above", () => {
  test.each<[string, string[], string, string | null]>([
    ["其中：", ["1\t幼儿教师专科学历比例(%)\t80\t90\t预期性", "其中：本科及以上学历比例(%)\t30\t40\t预期性"], "taken", "本科及以上学历比例(%)"],
    ["其中:", ["1\t甲率(%)\t1\t2\t约束性", "其中:城镇\t1\t2\t约束性"], "taken", "城镇"],
    ["under a failed row", ["1\t甲率(%)\t1\t约束性", "其中：城镇\t1\t2\t约束性"], "pass", null],
    ["without values", ["1\t甲率(%)\t1\t2\t约束性", "其中：城镇"], "pass", null],
    ["not 其中", ["1\t甲率(%)\t1\t2\t约束性", "城镇\t1\t2\t约束性"], "pass", null],
    // an .xlsx whose 属性 cell is merged down over the 其中 row: empty there, the row above's taken
    ["its 属性 merged from the row above", ["1\t甲率(%)\t1\t2\t约束性", "\t其中：城镇\t1\t2"], "taken", "城镇"],
    ["its 属性 merged, a value missing", ["1\t甲率(%)\t1\t2\t约束性", "\t其中：城镇\t1"], "pass", null],
  ])("%s", (_d, lines, outcome, part) => {
    const r = lastLineThrough(subRow, [...HEAD, ...lines]);
    expect(r.outcome).toBe(outcome);
    if (part !== null) {
      expect(r.codes.filter((c) => c !== "attribute-merged")).toEqual(["sub-row"]);
      const row = r.reading.prevRow();
      expect([row?.number, row?.part, row?.state]).toEqual(["1", part, "ok"]);
    } else expect(r.reading.rows).toHaveLength(1);
  });

  test.each<[string, string[], string[][], string[]]>([
    // the .xlsx's 4 | 义务教育标准班额比例（%） | | | 预期性, 序号 and 属性 merged over 其中：小学 and 初中
    ["a row without values over 其中 rows is their parent", ["4\t义务教育标准班额比例（%）\t\t\t预期性", "\t其中：小学\t34.52%\t80%以上"],
      [["4", "小学", "34.52%|80%以上|预期性"]], ["parts-parent", "sub-row", "attribute-merged"]],
    ["a row with values stays an indicator beside its 其中", ["1\t幼儿教师专科及以上学历比例（%）\t97.74%\t100%\t预期性", "\t其中：本科及以上学历比例（%）\t49.85%\t50%"],
      [["1", "", "97.74%|100%|预期性"], ["1", "本科及以上学历比例(%)", "49.85%|50%|预期性"]], ["sub-row", "attribute-merged"]],
  ])("%s", (_d, lines, rows, codes) => {
    const r = lastLineThrough(subRow, [...HEAD, ...lines]);
    expect(r.outcome).toBe("taken");
    // (all the reading's codes: the parent's blank-value lines, withdrawn, came before the last line;
    // the merged 属性 is said once the table is read, naming its rows)
    r.reading.finish();
    expect(r.reading.unread.map((u) => u.code)).toEqual(codes);
    const read = r.reading.rows.filter((x) => x.state === "ok");
    expect(read.map((x) => [x.number, x.part ?? "", x.values.join("|")])).toEqual(rows);
    expect(r.reading.unread.filter((u) => u.code === "value-empty")).toEqual([]);
  });

  // a fresh user's table repeats its 类别 on every row, the 其中 row's too: it was left out (没有序号)
  const BY_CATEGORY = ["某县“十四五”主要指标", "类别\t序号\t指标名称\t2020年\t2025年\t属性"];
  test.each<[string, string[], string, string | null]>([
    ["the category written again before 其中", ["水资源\t8\t新增供水能力（万立方米/日）\t—\t〔12〕\t预期性", "水资源\t\t其中：农村供水能力（万立方米/日）\t—\t〔5〕\t预期性"], "taken", "农村供水能力(万立方米/日)"],
    ["another category before 其中: not a part", ["水资源\t8\t新增供水能力（万立方米/日）\t—\t〔12〕\t预期性", "水生态\t\t其中：农村供水能力（万立方米/日）\t—\t〔5〕\t预期性"], "pass", null],
  ])("%s", (_d, lines, outcome, part) => {
    const r = lastLineThrough(subRow, [...BY_CATEGORY, ...lines]);
    expect(r.outcome).toBe(outcome);
    if (part !== null) expect([r.reading.prevRow()?.number, r.reading.prevRow()?.part]).toEqual(["8", part]);
  });
});

// a trial's pasted 教育 table: `4.义务教育标准班额比例(%)` with no value at all (not even 属性), then
// `其中:小学 …` and `初中 …`: loaded as one indicator “…(%)其中:小学”, 初中 left out; its .html split them
describe("subRow: a pasted parent row with no value at all over 其中 rows", () => {
  const HEAD_TEXT = "某县“十四五”教育主要指标\n指　标\t2020年\t2025年\t属性\n";
  test.each<[string, string, string[][]]>([
    ["tabs, the parent's cells empty", "4.义务教育标准班额比例(%)\t\t\t\n其中:小学\t34.52%\t80%以上\t预期性\n初中\t77.34%\t85%以上\t预期性\n5.乙率(%)\t1\t2\t预期性",
      [["4", "义务教育标准班额比例", "小学", "%", "80%以上"], ["4", "义务教育标准班额比例", "初中", "%", "85%以上"], ["5", "乙率(%)", "", "%", "2"]]],
    ["tabs, no cell after the parent's name", "4.义务教育标准班额比例(%)\n其中：小学\t34.52%\t80%以上\t预期性\n初中\t77.34%\t85%以上\t预期性",
      [["4", "义务教育标准班额比例", "小学", "%", "80%以上"], ["4", "义务教育标准班额比例", "初中", "%", "85%以上"]]],
  ])("%s", (_d, rows, expected) => {
    const r = importTable(HEAD_TEXT + rows);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((d) => [d.number, d.name, d.part ?? "", d.unit, d.target])).toEqual(expected);
    expect(r.stats.rowsNotLoaded).toBe(0);
    expect(r.unread.map((u) => u.code)).toEqual(expect.arrayContaining(["parts-parent", "sub-row"]));
    expect(r.unread.map((u) => u.code)).not.toContain("name-joined");
  });
});
