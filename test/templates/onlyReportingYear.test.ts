import { firstReportingYear } from "../../src/templates/firstReportingYear";
import { onlyReportingYear } from "../../src/templates/onlyReportingYear";
import { periodProblems } from "../../src/templates/periodProblems";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";

/**
 * dev45d: the pane asked for 填报年度 on 导入 › 载入 of a yearly plan (2025年预计完成 | 2026年计划), though 2026 was the
 * only year its return could be made for. onlyReportingYear says that year (the pane takes it); its first year is
 * periodProblems' own (firstReportingYear), so the year taken is never one periodProblems refuses.
 */
type Plan = Pick<Template, "kind" | "baselineYear" | "targetYear">;
const plan = (kind: Plan["kind"], baselineYear: number, targetYear: number): Plan => ({ kind, baselineYear, targetYear });

test.each<[string, Plan[], number | null]>([
  ["a yearly indicator plan: its target year", [plan("indicators", 2025, 2026)], 2026],
  ["two yearly plans of the same year", [plan("indicators", 2025, 2026), plan("indicators", 2025, 2026)], 2026],
  ["yearly plans of two years: a choice", [plan("indicators", 2025, 2026), plan("indicators", 2024, 2025)], null],
  ["a five-year plan: a choice", [plan("indicators", 2020, 2025)], null],
  ["a yearly project list reports its baseline year too: a choice", [plan("projects", 2023, 2024)], null],
  ["a list of one year (baseline = target)", [plan("reforms", 2024, 2024)], 2024],
  ["a yearly plan beside a five-year one (全部模板): a choice", [plan("indicators", 2025, 2026), plan("indicators", 2020, 2025)], null],
  ["nothing chosen", [], null],
])("%s", (_why, plans, year) => {
  expect(onlyReportingYear(plans)).toBe(year);
  // the year taken fits every plan (periodProblems); the year before it fits none
  if (year !== null) for (const p of plans) {
    const t = { ...p, id: "x", title: "x", yearlyTargetYears: [] } as unknown as Template;
    expect([periodProblems([t], year).length, periodProblems([t], year - 1).length]).toEqual([0, 1]);
  }
});

test.each<[string, number]>([
  ["zhoushan-2021-2025", 2021],
  ["shengsi-2024-projects", 2023],
  ["shengsi-2024-reforms", 2023],
])("firstReportingYear of %s is %s, the first year periodProblems takes", (id, first) => {
  const t = findTemplate(id);
  if (!t) throw new Error(id);
  expect(firstReportingYear(t)).toBe(first);
  expect([periodProblems([t], first).length, periodProblems([t], first - 1).length]).toEqual([0, 1]);
});
