import { importPlanTable } from "../../src/import";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { templateOptionLabel } from "../../src/ui/taskpane/templateOptionLabel";

/**
 * The 填报模板 list names each template kind · span · region · title (baseline). A plan pasted without a region
 * (trial35 TP5) showed 指标表 ·  · … (Indicators ·  · …): the blank region kept its place between two dots. The span came
 * last, after the title, and a 320 px pane cut every label after “十四五”衢州市 (trial46b F9): now it comes second; on the
 * old code each label below began kind · region (or title).
 */
const PASTED = "某市“十四五”水安全保障主要指标\n序号\t指标\t单位\t2020年\t2025年\n1\t用水总量\t亿立方米\t6.1\t<6.4\n";
const pasted = (): Template => {
  const r = importPlanTable(PASTED, {});
  if (!r.ok) throw new Error(r.message);
  return r.template;
};
const seed = (id: string) => (): Template => findTemplate(id) as Template;

test.each<[string, () => Template, "zh" | "en", string]>([
  ["a pasted plan without a region, in Chinese", pasted, "zh", "指标表 · 2021–2025 年 · 某市“十四五”水安全保障主要指标（基期 2020 年）"],
  ["a pasted plan without a region, in English", pasted, "en", "Indicators · 2021–2025 · 某市“十四五”水安全保障主要指标 (baseline 2020)"],
  ["a seed with its region, in Chinese", seed("zhoushan-2021-2025"), "zh", "指标表 · 2021–2025 年 · 舟山市 · “十四五”公共服务主要指标目标表（基期 2020 年）"],
  ["a seed with its region, in English", seed("zhoushan-2021-2025"), "en", "Indicators · 2021–2025 · 舟山市 · “十四五”公共服务主要指标目标表 (baseline 2020)"],
  ["trial46b's 衢州 plan: the span before its long title", seed("quzhou-2021-2025"), "zh", "指标表 · 2021–2025 年 · 衢州市 · “十四五”衢州市公共服务提升主要指标目标表（基期 2020 年）"],
  ["a one-year list", seed("shengsi-2024-projects"), "zh", "项目清单 · 2024 年 · 嵊泗县 · 2024年嵊泗县公共服务一体化项目清单（基期 2023 年）"],
])("%s", (_d, template, lang, label) => {
  const said = templateOptionLabel(lang, template());
  expect(said).toBe(label);
  expect(said).not.toContain("·  ·");
});
