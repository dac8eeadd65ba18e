import { crossReturnIssues } from "../../src/sheet/crossReturnIssues";
import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import { amended, amendedReturn as returnOf, type ValuesByName } from "../support/amendedReturn";

// the same values both years: nothing was revised
const LAST = { 全员劳动生产率增长: { 2021: 7.9, 2022: 3.2 }, 常住人口城镇化率: { 2021: 67, 2022: 67.6 }, 研发经费投入强度: { 2021: 3, 2022: 3.1 }, 单位GDP能耗降低: { 2021: 2.5, 2022: 2.8 } };
const NOW = { 常住人口城镇化率: { 2021: 67, 2022: 67.6, 2023: 68.3 }, 研发经费投入强度: { 2021: 3, 2022: 3.2, 2023: 3.3 }, 城镇新增就业人数: { 2021: 9, 2022: 10, 2023: 10.5 } };

describe("check --previous across two versions of one plan (中期调整)", () => {
  test.each<[string, "v2" | "v3", ValuesByName, string[], string[]]>([
    ["rows matched by name: only the real revision (研发经费 2022) is flagged", "v2", NOW, ["研发经费投入强度（%）"], ["城镇新增就业人数（万人）", "全员劳动生产率增长（%）"]],
    ["a rename (能耗 spelt out) is the same indicator, compared", "v3", { ...NOW, 单位地区生产总值能源消耗降低: { 2021: 2.4, 2022: 2.8 } }, ["研发经费投入强度（%）", "单位地区生产总值能源消耗降低（%）"], ["城镇新增就业人数（万人）", "全员劳动生产率增长（%）"]],
  ])("%s", async (_why, v, now, revised, notCompared) => {
    const last = await returnOf(amended("v1"), 2022, LAST);
    const current = await returnOf(amended(v), 2023, now);
    const report = crossReturnIssues(current, { previous: last });
    const flagged = report.items.filter((i) => i.issues.some((x) => x.code === "value_revised")).map((i) => i.name);
    expect(flagged).toEqual(revised);
    const texts = report.problems.map((p) => describeWorkbookProblem(p, "zh"));
    expect(report.problems.filter((p) => p.code === "other_version_compared")).toHaveLength(1);
    expect(texts[0]).toMatch(/不同版本.*按指标名称和单位逐行对应/);
    expect(report.problems.filter((p) => p.code === "row_not_compared").map((p) => p.params.name)).toEqual(notCompared);
    expect(texts.some((t) => /城镇新增就业人数.*上年报送（2022 年度）的表中没有该指标/.test(t))).toBe(true);
    expect(texts.some((t) => /全员劳动生产率增长.*本表已删去/.test(t))).toBe(true);
  });

  test("one version on both sides: by id as before, nothing said", async () => {
    const last = await returnOf(amended("v2"), 2022, { 常住人口城镇化率: { 2021: 67 } });
    // 2022 filled too: a whole 2022 left blank is said of itself (earlier_year_blank), not of the comparison
    const current = await returnOf(amended("v2"), 2023, { 常住人口城镇化率: { 2021: 66, 2022: 67.6 } });
    const report = crossReturnIssues(current, { previous: last });
    expect(report.problems).toEqual([]);
    expect(report.items.find((i) => i.name.startsWith("常住人口城镇化率"))?.issues.map((x) => x.code)).toContain("value_revised");
  });
});
