import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { PJ, projectEntry as e, projectsSummary } from "./projectsSummary";

// trial47d F6: a projects-only summary's 二、滞后与严重滞后指标 said a bare （无） right under counts of 滞后 1 and
// 严重滞后 1 in 一 (the projects are listed under 三、项目): it now points there when the lags are projects.
const template = findTemplate(PJ) as Template & { kind: "projects" };
const finished = (but: string): ReturnType<typeof e>[] => template.projects.filter((p) => p.id !== but).map((p) => e(p.id, "state", "已完工"));

describe("summary: no lagging indicator, lagging projects (trial47d F6)", () => {
  test.each<[string, ReturnType<typeof e>[], string, boolean]>([
    // 2024–2027, 3.5 亿元: 0.1 of it by 2024 (time share 25%) is 严重滞后
    ["a project 严重滞后: 二 points to 三", [e("ss24-proj-03", "state", "在建"), e("ss24-proj-03", "completed", 0.1), ...finished("ss24-proj-03")], "（无；滞后项目见下文三）", true],
    ["no project lags: a bare （无）", [e("ss24-proj-03", "state", "已完工"), ...finished("ss24-proj-03")], "（无）", false],
  ])("%s", async (_why, entries, said, lags) => {
    const { sheetText } = await projectsSummary("projects-lagging-none-", entries);
    expect(sheetText.split("\n")).toContain(said);
    expect(sheetText.includes("见下文")).toBe(lags);
  }, 60000);
});
