import type { Lang } from "../../src/domain/describeIssue";
import { evaluationText, type TextItem } from "../../src/domain/evaluationText";
import { warningSection } from "../../src/sheet/warningSection";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * The 预警 list names each row's 属性 (约束性/预期性), and "未标属性" for a row with none. A plan that
 * marks no row at all says so once in its opening ("未标属性 54 项"); a city office's trial (trial25b,
 * quzhou-2021-2025) read "（未标属性）" 76 times in the docx and the 评估 sheets. Where no row of the
 * plan has an attribute, the lines say none; where some have, the unmarked ones keep the placeholder.
 */
const behind = (name: string, attribute?: string): RowFacts => ({ name, unit: "%", baseline: "60", target: "70", values: { 2021: 60.5, 2022: 61, 2023: 61.5 }, ...(attribute ? { attribute } : {}) });

describe("（未标属性） only where some rows of the plan are marked", () => {
  test.each([
    ["zh", "no row marked: no placeholder", [behind("高等教育毛入学率"), behind("公办幼儿园覆盖面")], ["高等教育毛入学率：按目前趋势", "公办幼儿园覆盖面：按目前趋势"]],
    ["zh", "one marked, one not: the placeholder stays", [behind("高等教育毛入学率", "预期性"), behind("公办幼儿园覆盖面")], ["高等教育毛入学率（预期性）：按目前趋势", "公办幼儿园覆盖面（未标属性）：按目前趋势"]],
    ["en", "no row marked: no placeholder", [behind("高等教育毛入学率"), behind("公办幼儿园覆盖面")], ["高等教育毛入学率: on the present trend", "公办幼儿园覆盖面: on the present trend"]],
    ["en", "one marked, one not: the placeholder stays", [behind("高等教育毛入学率", "预期性"), behind("公办幼儿园覆盖面")], ["高等教育毛入学率 (indicative): on the present trend", "公办幼儿园覆盖面 (no attribute): on the present trend"]],
  ] as const)("%s: %s", (lang: Lang, _why, rows, starts) => {
    const ret = returnOf("柯城区", [...rows], 2023);
    const lines = warningSection(ret, lang).lines;
    expect(lines).toHaveLength(starts.length);
    starts.forEach((s, k) => expect(lines[k]!.startsWith(s)).toBe(true));
  });
});

/*
 * trial29c: every report of zhoushan-2021-2025 (48 rows, none marked) opened with "约束性 0 项、预期性 0 项、未标属性
 * 48 项", as if the plan had no binding row. A plan that marks no row says so; one that marks some keeps the counts.
 */
describe("the opening of a plan that marks no 属性 says so, not 约束性 0 项", () => {
  const row = (name: string, attribute: string | null): TextItem => ({
    name, attribute, unit: "%", grade: "on_schedule", cumulative: false, forecast: { meets: null }, pace: { needed: null, achieved: null }, targetYear: 2025, actual: "10", target: "≥20",
  });
  test.each<[Lang, string, TextItem[], string]>([
    ["zh", "none marked", [row("甲", null), row("乙", null)], "规划确定主要指标 2 项（规划未标明约束性、预期性）。"],
    ["en", "none marked", [row("甲", null), row("乙", null)], "The plan sets 2 main indicators (none marked binding or indicative)."],
    ["zh", "one marked", [row("甲", "约束性"), row("乙", null)], "规划确定主要指标 2 项（约束性 1 项、预期性 0 项、未标属性 1 项）。"],
    ["en", "one marked", [row("甲", "约束性"), row("乙", null)], "The plan sets 2 main indicators (1 binding, 0 indicative, 1 without attribute)."],
  ])("%s: %s", (lang, _why, items, opening) => {
    expect(evaluationText(items, 2023, 2025, lang)).toContain(opening);
  });
});
