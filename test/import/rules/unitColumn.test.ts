import { unitColumn } from "../../../src/import/rules/unitColumn";
import { draftThrough } from "./harness";

describe("unitColumn: the unit from a 单位 column or the name's last bracket, any unit", () => {
  test.each<[string, string[], string]>([
    ["(亿亩)", ["指标\t2020年\t2025年", "1\t耕地保有量(亿亩)\t10.2\t10.75"], "亿亩"],
    ["（万张）", ["指标\t2020年\t2025年", "1\t养老床位总数（万张）\t1\t2"], "万张"],
    ["(千克/人)", ["指标\t2020年\t2025年", "1\t人均粮食占有量(千克/人)\t400\t420"], "千克/人"],
    ["(公顷)", ["指标\t2020年\t2025年", "1\t湿地保有量(公顷)\t500\t520"], "公顷"],
    ["earlier brackets are the name's", ["指标\t2020年\t2025年", "1\t每千人口拥有执业(助理)医师数(人)\t3\t3.5"], "人"],
    ["a unit column wins", ["指标\t单位\t2020年\t2025年", "1\t耕地保有量\t万亩\t10.2\t10.75"], "万亩"],
    ["an empty unit cell: the name's bracket", ["指标\t单位\t2020年\t2025年", "1\t森林覆盖率(%)\t\t40\t42"], "%"],
    // a trial's 居民收入增长 | — | 与经济增长基本同步 stored the unit “—”: a dash is no unit, as an empty cell
    ["a dash in the unit cell: no unit", ["指标\t单位\t2020年\t2025年", "1\t居民收入增长\t—\t1\t2"], ""],
    ["a dash in the unit cell: the name's bracket", ["指标\t单位\t2020年\t2025年", "1\t森林覆盖率(%)\t-\t40\t42"], "%"],
    ["无 in the unit cell", ["指标\t单位\t2020年\t2025年", "1\t城乡居民收入比\t无\t2.5\t2.4"], ""],
    // a bare scale (亿户, 亿人 shortened), a trial's 在线政务服务实名用户规模（亿）: lost before
    ["（亿）", ["指标\t2020年\t2025年", "1\t在线政务服务实名用户规模（亿）\t4\t8"], "亿"],
    ["（万）", ["指标\t2020年\t2025年", "1\t新增市场主体（万）\t4\t8"], "万"],
    ["no unit (inferred later, said by the engine)", ["指标\t2020年\t2025年", "1\t森林覆盖率\t40\t42"], ""],
  ])("%s", (_d, lines, unit) => {
    const { draft, codes } = draftThrough(unitColumn, ["某省“十四五”主要指标", ...lines]);
    expect(draft.unit).toBe(unit);
    expect(codes).toEqual([]);
  });
});
