import { importTable } from "../../../src/import";
import { indicatorLabel } from "../../../src/templates/indicatorLabel";

const HEAD = ["某市“十三五”生态环境保护主要指标", "指标\t2015年\t2020年\t〔累计〕\t属性"];

/** trial37 F4: a part's label said its parent's unit mid-name (`主要污染物排放总量减少(%)：化学需氧量`). */
describe("partName: a part's name without the unit its parent's name ends in", () => {
  test.each<[string, string[], Array<[string, string]>]>([
    ["a numbered parent with a unit, its parts below (the trial's table)", [...HEAD, "5。主要污染物排放总量减少(%)\t化学需氧量\t-\t-\t〔10〕\t约束性", "氨氮\t-\t-\t〔10〕\t约束性"],
      [["主要污染物排放总量减少：化学需氧量", "%"], ["主要污染物排放总量减少：氨氮", "%"]]],
    ["其中 rows under a parent with a unit", ["某县“十四五”教育主要指标", "序号\t指标\t2020年\t2025年\t属性", "4\t义务教育标准班额比例（%）\t\t\t约束性", "\t其中：小学\t90\t100\t约束性", "\t其中：初中\t85\t100\t约束性"],
      [["义务教育标准班额比例：小学", "%"], ["义务教育标准班额比例：初中", "%"]]],
    ["a row with no part keeps its name's unit", [...HEAD, "森林覆盖率(%)\t21.66\t23.04\t-\t约束性"], [["森林覆盖率(%)", "%"]]],
  ])("%s", (_, lines, labels) => {
    const r = importTable(lines.join("\n"));
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((d) => [indicatorLabel(d), d.unit])).toEqual(labels);
  });
});
