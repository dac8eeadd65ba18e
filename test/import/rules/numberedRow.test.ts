import { numberedRow } from "../../../src/import/rules/numberedRow";
import { HEAD, lastLineThrough } from "./harness";

const ROW1 = "1\t甲率(%)\t1\t2\t约束性";

describe("numberedRow: a row that starts with its 序号", () => {
  test.each<[string, string[], string, { number: string; name: string; state: string; domain: string; part?: string } | null, string[]]>([
    ["序号 cell", [ROW1, "2\t乙率(%)\t3\t4\t预期性"], "taken", { number: "2", name: "乙率(%)", state: "ok", domain: "", }, []],
    ["domain cell before it", [ROW1, "民生福祉\t2\t乙率(%)\t3\t4\t预期性"], "taken", { number: "2", name: "乙率(%)", state: "ok", domain: "民生福祉" }, []],
    ["a domain cell with a digit", [ROW1, "第2类\t2\t乙率(%)\t3\t4\t预期性"], "taken", { number: "2", name: "乙率(%)", state: "ok", domain: "第2类" }, []],
    ["glued 序号, said once", ["1.甲率(%)\t1\t2\t约束性", "2.乙率(%)\t3\t4\t预期性"], "taken", { number: "2", name: "乙率(%)", state: "ok", domain: "" }, []],
    ["first glued 序号 is said", ["（1）甲率(%)\t1\t2\t约束性"], "taken", { number: "1", name: "甲率(%)", state: "ok", domain: "" }, ["number-glued"]],
    ["a gap in the 序号", [ROW1, "4\t丁率(%)\t3\t4\t预期性"], "taken", { number: "4", name: "丁率(%)", state: "ok", domain: "" }, ["number-gap"]],
    ["a name waiting for its values", [ROW1, "2\t乙率(%)"], "taken", { number: "2", name: "乙率(%)", state: "open", domain: "" }, []],
    ["a part label before the values", [ROW1, "2\t乙率(%)\t城镇\t3\t4\t预期性"], "taken", { number: "2", name: "乙率(%)", state: "ok", domain: "", part: "城镇" }, []],
    // (tab text: a cell's column is known, so 预期性 under 2025年 is a shifted row, not a count short)
    ["too few values", [ROW1, "2\t乙率(%)\t3\t预期性"], "taken", { number: "2", name: "乙率(%)", state: "failed", domain: "" }, ["row-shifted"]],
    ["attribute in a value column", [ROW1, "2\t乙率(%)\t3\t约束性\t"], "taken", { number: "2", name: "乙率(%)", state: "failed", domain: "" }, ["row-shifted"]],
    // the blank 属性 is said by rules/attributeColumn, which knows the notes below the table
    ["a blank 属性 at the end", [ROW1, "2\t乙率(%)\t3\t4\t"], "taken", { number: "2", name: "乙率(%)", state: "ok", domain: "" }, []],
    ["a blank 属性 left out", [ROW1, "2\t乙率(%)\t3\t4"], "taken", { number: "2", name: "乙率(%)", state: "ok", domain: "" }, []],
    ["no 序号", [ROW1, "乙率(%)\t3\t4\t预期性"], "pass", null, []],
    ["a number that is a value", [ROW1, "78.3%\t80%以上"], "pass", null, []],
  ])("%s", (_d, lines, outcome, row, codes) => {
    const r = lastLineThrough(numberedRow, [...HEAD, ...lines]);
    expect(r.outcome).toBe(outcome);
    expect(r.codes).toEqual(codes);
    if (row) {
      const got = r.reading.prevRow();
      expect({ number: got?.number, name: got?.name, state: got?.state, domain: got?.group.name, ...(got?.part !== undefined ? { part: got.part } : {}) }).toEqual(row);
    }
  });

  test.each<[string, string[], Array<[string, string, string]>, string[]]>([
    ["a category column between 序号 and name", ["序号\t类别\t指标\t2020年\t2025年\t属性", "1\t养老服务\t甲床位数（张）\t35\t40\t预期性", "2\t\t乙比例（%）\t50\t55\t约束性"],
      [["1", "甲床位数（张）", "养老服务"], ["2", "乙比例（%）", "养老服务"]], []],
    ["second-level 序号 under a numbered heading", ["序号\t指标名称\t2020年\t2025年\t属性", "1\t健康水平", "1.1\t人均预期寿命（岁）\t80.1\t81\t预期性", "1.2\t婴儿死亡率（‰）\t2.5\t≤3\t预期性"],
      [["1.1", "人均预期寿命（岁）", "健康水平"], ["1.2", "婴儿死亡率（‰）", "健康水平"]], ["number-heading"]],
    ["a gap in second-level 序号", ["序号\t指标名称\t2020年\t2025年\t属性", "1.1\t甲（岁）\t80.1\t81\t预期性", "1.3\t乙（‰）\t2.5\t≤3\t预期性"],
      [["1.1", "甲（岁）", ""], ["1.3", "乙（‰）", ""]], ["number-gap"]],
    // 指标 spanning 领域 | sub-group | name (十三五 生态环境保护 专栏1): the sub-group read by its unit
    ["a sub-group without a unit: a category, its rows numbered from it", ["指标\t\t\t2015年\t2020年\t属性", "生态环境质量\t4.生态状况\t森林覆盖率（%）\t21.66\t23.04\t约束性", "\t\t森林蓄积量（亿立方米）\t151\t165\t约束性"],
      [["4.1", "森林覆盖率（%）", "生态环境质量·生态状况"], ["4.2", "森林蓄积量（亿立方米）", "生态环境质量·生态状况"]], ["group-category"]],
    ["a sub-group with a unit: one indicator, the rows its parts", ["指标\t\t\t2015年\t2020年\t属性", "污染物排放总量\t5.主要污染物排放总量减少（%）\t化学需氧量\t-\t〔10〕\t约束性", "\t\t氨氮\t-\t〔10〕\t约束性"],
      [["5", "主要污染物排放总量减少（%）", "污染物排放总量"], ["5", "主要污染物排放总量减少（%）", "污染物排放总量"]], ["group-parts"]],
    ["a 领域 with an empty sub-group cell: its own indicator", ["指标\t\t\t2015年\t2020年\t属性", "污染物排放总量\t5.主要污染物排放总量减少（%）\t化学需氧量\t-\t〔10〕\t约束性", "生态保护修复\t\t新增水土流失治理面积（万平方公里）\t-\t〔27〕\t预期性"],
      [["5", "主要污染物排放总量减少（%）", "污染物排放总量"], ["", "新增水土流失治理面积（万平方公里）", "生态保护修复"]], ["group-parts"]],
    ["a gap between sub-groups' numbers is said", ["指标\t\t\t2015年\t2020年\t属性", "甲\t1.空气\t乙率（%）\t1\t2\t约束性", "\t3.水\t丙率（%）\t1\t2\t约束性"],
      [["1.1", "乙率（%）", "甲·空气"], ["3.1", "丙率（%）", "甲·水"]], ["group-category", "number-gap"]],
  ])("%s", (_d, lines, rows, codes) => {
    const r = lastLineThrough(numberedRow, ["某市“十四五”主要指标", ...lines]);
    expect(r.outcome).toBe("taken");
    expect(r.reading.rows.filter((x) => x.state === "ok").map((x) => [x.number, x.name, x.group.name])).toEqual(rows);
    expect(r.reading.unread.map((u) => u.code)).toEqual(codes);
  });

  test("a row left open before it is said (name-only)", () => {
    const r = lastLineThrough(numberedRow, [...HEAD, "1\t甲率(%)", "2\t乙率(%)\t3\t4\t预期性"]);
    expect(r.codes).toEqual(["name-only"]);
    expect(r.reading.rows.map((x) => x.state)).toEqual(["failed", "ok"]);
  });
});
