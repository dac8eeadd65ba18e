import { findTemplate } from "../../src/templates/catalog";
import { describePeriodProblem, periodProblems, type PeriodProblem } from "../../src/templates/periodProblems";
import type { Template } from "../../src/templates/TemplateSchema";

/**
 * At the plan's end (a trial's 2025 return rolled over to 2026) the refusal said only 不在规划期内, with
 * the template's internal id: now a year after the plan says the period ended, that the last year's
 * report is the final evaluation, and to import the next period's table; the id only tells apart two
 * templates of one title.
 */
const base = { template: "imported-2020-2025-bbb8b04a", title: "示例市“十四五”就业促进规划", from: 2020, to: 2025 };

describe("describePeriodProblem", () => {
  test.each<[string, PeriodProblem, "zh" | "en", string]>([
    ["a year after the plan", { code: "year_outside_plan", ...base, year: 2026 }, "zh",
      "「示例市“十四五”就业促进规划」的规划期为 2021–2025 年（基期 2020 年），已于 2025 年结束，报告年份 2026 不在规划期内：2025 年的填报及其评估报告即为期末评估；2026 年起请先导入下一个规划期的指标表（命令行 import，或任务窗格的“导入”）"],
    ["a year after the plan, en", { code: "year_outside_plan", ...base, year: 2026 }, "en",
      "\"示例市“十四五”就业促进规划\" covers the plan period 2021–2025 (baseline 2020), which ended in 2025; reporting year 2026 is outside it: the report on the 2025 returns is the plan's final evaluation (期末评估); for 2026 on, import the next plan period's indicator table first (import on the command line, or Import in the task pane)"],
    ["a year before the plan", { code: "year_outside_plan", ...base, year: 2019 }, "zh", "「示例市“十四五”就业促进规划」的规划期为 2021–2025 年（基期 2020 年），报告年份 2019 不在规划期内：2019 年度的填报请用上一个规划期（含 2019 年的那一个）的填报表"],
    ["a year before the plan, en", { code: "year_outside_plan", ...base, year: 2019 }, "en", "\"示例市“十四五”就业促进规划\" covers the plan period 2021–2025 (baseline 2020); reporting year 2019 is outside it: for 2019, use the form of the previous plan period (the one that holds 2019)"],
    ["two templates of one title: the id tells them apart", { code: "year_outside_plan", ...base, year: 2019, twin: true }, "zh", "「示例市“十四五”就业促进规划」(imported-2020-2025-bbb8b04a) 的规划期为 2021–2025 年（基期 2020 年），报告年份 2019 不在规划期内：2019 年度的填报请用上一个规划期（含 2019 年的那一个）的填报表"],
    ["two templates of one title, en", { code: "year_outside_plan", ...base, year: 2019, twin: true }, "en", "\"示例市“十四五”就业促进规划\" (imported-2020-2025-bbb8b04a) covers the plan period 2021–2025 (baseline 2020); reporting year 2019 is outside it: for 2019, use the form of the previous plan period (the one that holds 2019)"],
    // trV: a yearly plan has no 规划期 nor 期末评估; the next year's plan is imported
    ["a year after a yearly plan", { code: "year_outside_plan", ...base, title: "云岭县2026年国民经济和社会发展计划主要指标", from: 2025, to: 2026, year: 2027 }, "zh",
      "「云岭县2026年国民经济和社会发展计划主要指标」是 2026 年的年度计划（基期 2025 年），报告年份 2027 不在其中：2026 年的填报及其评估报告即为该年度计划的评估；2027 年请先导入下一年度计划的指标表（命令行 import，或任务窗格的“导入”）"],
    ["a year after a yearly plan, en", { code: "year_outside_plan", ...base, title: "云岭县2026年计划", from: 2025, to: 2026, year: 2027 }, "en",
      "\"云岭县2026年计划\" is the yearly plan of 2026 (baseline 2025); reporting year 2027 is outside it: the report on the 2026 returns is that plan's evaluation; for 2027, import the indicator table of the next year's plan first (import on the command line, or Import in the task pane)"],
    // trial40c F13: a project or reform list's next year is a list too, not an 指标表
    ["a year after a yearly project list: the next list", { code: "year_outside_plan", ...base, title: "嵊泗县2024年重大项目", from: 2023, to: 2024, year: 2025, kind: "projects" }, "zh",
      "「嵊泗县2024年重大项目」是 2024 年的年度计划（基期 2023 年），报告年份 2025 不在其中：2024 年的填报及其评估报告即为该年度计划的评估；2025 年请先导入下一年度计划的项目清单（命令行 import，或任务窗格的“导入”）"],
    ["a year after a yearly reform list, en", { code: "year_outside_plan", ...base, title: "嵊泗县2024年改革", from: 2023, to: 2024, year: 2025, kind: "reforms" }, "en",
      "\"嵊泗县2024年改革\" is the yearly plan of 2024 (baseline 2023); reporting year 2025 is outside it: the report on the 2024 returns is that plan's evaluation; for 2025, import the reform list of the next year's plan first (import on the command line, or Import in the task pane)"],
    ["a year before a yearly plan: the previous yearly plan's form", { code: "year_outside_plan", ...base, title: "云岭县2026年计划", from: 2025, to: 2026, year: 2024 }, "zh", "「云岭县2026年计划」的规划期为 2026 年（基期 2025 年），报告年份 2024 不在规划期内：2024 年度的填报请用上一个年度计划（含 2024 年的那一个）的填报表"],
    // trial39e F4: a 十五五 return checked for 2025 was told only 不在规划期内, not that 2025 is its baseline year, nor what to use
    ["the plan's baseline year: the previous plan's form", { code: "year_outside_plan", ...base, title: "临溪县“十五五”时期经济社会发展主要指标", from: 2025, to: 2030, year: 2025 }, "zh",
      "「临溪县“十五五”时期经济社会发展主要指标」的规划期为 2026–2030 年（基期 2025 年），报告年份 2025 不在规划期内（2025 年是本规划的基期年，基期值已写在模板中，不另填报）：2025 年度的填报请用上一个规划期（含 2025 年的那一个）的填报表"],
    ["the plan's baseline year, en", { code: "year_outside_plan", ...base, title: "临溪县“十五五”时期经济社会发展主要指标", from: 2025, to: 2030, year: 2025 }, "en",
      "\"临溪县“十五五”时期经济社会发展主要指标\" covers the plan period 2026–2030 (baseline 2025); reporting year 2025 is outside it (2025 is the plan's baseline year: its baseline values are in the template and are not reported): for 2025, use the form of the previous plan period (the one that holds 2025)"],
    ["a yearly target outside the plan", { code: "yearly_target_outside_plan", ...base, year: 2027 }, "zh", "「示例市“十四五”就业促进规划」有 2027 年的逐年目标，超出规划期 2021–2025 年（基期 2020 年）"],
  ])("%s", (_name, p, lang, line) => {
    expect(describePeriodProblem(p, lang)).toBe(line);
  });
});

// trial42c F1: the task pane in a workbook of the plan's last return (2025), asked for 2026, said to import the next
// table (任务窗格的“导入”); done there, 载入 was refused again: one workbook is one year's return, so the words say a new one
describe("describePeriodProblem in a workbook of another year's return (the task pane's \"workbook\")", () => {
  test.each<[string, PeriodProblem, "zh" | "en", string]>([
    ["a year after the plan", { code: "year_outside_plan", ...base, year: 2026 }, "zh",
      "「示例市“十四五”就业促进规划」的规划期为 2021–2025 年（基期 2020 年），已于 2025 年结束，报告年份 2026 不在规划期内：2025 年的填报及其评估报告即为期末评估；2026 年度的填报请另用一个新建的空白工作簿：在其中打开任务窗格，用“导入”页读取、载入下一个规划期的指标表（或打开下发给您的 2026 年度填报表）；本工作簿请保留"],
    ["a year after the plan, en", { code: "year_outside_plan", ...base, year: 2026 }, "en",
      "\"示例市“十四五”就业促进规划\" covers the plan period 2021–2025 (baseline 2020), which ended in 2025; reporting year 2026 is outside it: the report on the 2025 returns is the plan's final evaluation (期末评估); the 2026 return goes in a new blank workbook: open one, and in its task pane use Import to read and load the next plan period's indicator table (or open the 2026 return form sent to you); keep this workbook"],
    ["a year after a yearly project list", { code: "year_outside_plan", ...base, title: "嵊泗县2024年重大项目", from: 2023, to: 2024, year: 2025, kind: "projects" }, "zh",
      "「嵊泗县2024年重大项目」是 2024 年的年度计划（基期 2023 年），报告年份 2025 不在其中：2024 年的填报及其评估报告即为该年度计划的评估；2025 年度的填报请另用一个新建的空白工作簿：在其中打开任务窗格，用“导入”页读取、载入下一年度计划的项目清单（或打开下发给您的 2025 年度填报表）；本工作簿请保留"],
    ["a year after a yearly project list, en", { code: "year_outside_plan", ...base, title: "嵊泗县2024年重大项目", from: 2023, to: 2024, year: 2025, kind: "projects" }, "en",
      "\"嵊泗县2024年重大项目\" is the yearly plan of 2024 (baseline 2023); reporting year 2025 is outside it: the report on the 2024 returns is that plan's evaluation; the 2025 return goes in a new blank workbook: open one, and in its task pane use Import to read and load the project list of the next year's plan (or open the 2025 return form sent to you); keep this workbook"],
  ])("%s: a new blank workbook, not the import into this one", (_name, p, lang, line) => {
    expect(describePeriodProblem(p, lang, "workbook")).toBe(line);
  });
});

describe("periodProblems marks a template whose title another shares (twin)", () => {
  const zs = findTemplate("zhoushan-2021-2025") as Template;
  const other = findTemplate("quzhou-2021-2025") as Template;
  test.each<[string, Template[], boolean[]]>([
    ["one template", [zs], [false]],
    ["two titles", [zs, other], [false, false]],
    ["one title, two ids", [zs, { ...other, title: zs.title }], [true, true]],
  ])("%s", (_name, templates, twins) => {
    expect(periodProblems(templates, 2030).map((p) => p.twin === true)).toEqual(twins);
  });
});

describe("periodProblems: which years a template reports", () => {
  // an indicator table's baseline year has no column (trL's `check --year 2020`: 29 rows 不适用 without a word);
  // a project or reform list's baselineYear is the year before its list, kept as it was
  test.each<[string, string, number, string[]]>([
    ["indicators, the baseline year", "zhoushan-2021-2025", 2020, ["year_outside_plan"]],
    ["indicators, the first year", "zhoushan-2021-2025", 2021, []],
    ["indicators, the target year", "zhoushan-2021-2025", 2025, []],
    ["projects, the year before the list", "shengsi-2024-projects", 2023, []],
    ["projects, two years before", "shengsi-2024-projects", 2022, ["year_outside_plan"]],
  ])("%s", (_name, id, year, codes) => {
    expect(periodProblems([findTemplate(id) as Template], year).map((p) => p.code)).toEqual(codes);
  });
});
