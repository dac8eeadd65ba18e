import { importPlanTable } from "../../src/import";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { templateOptionLabel } from "../../src/ui/taskpane/templateOptionLabel";

/**
 * The 填报模板 list names each template kind · region · title · period. A plan pasted without a region
 * (trial35 TP5) showed 指标表 ·  · … (Indicators ·  · …): the blank region kept its place between two dots.
 */
const PASTED = "某市“十四五”水安全保障主要指标\n序号\t指标\t单位\t2020年\t2025年\n1\t用水总量\t亿立方米\t6.1\t<6.4\n";
const pasted = (): Template => {
  const r = importPlanTable(PASTED, {});
  if (!r.ok) throw new Error(r.message);
  return r.template;
};
const seed = (): Template => findTemplate("zhoushan-2021-2025") as Template;

test.each<[string, () => Template, "zh" | "en", RegExp]>([
  ["a pasted plan without a region, in Chinese", pasted, "zh", /^指标表 · 某市“十四五”水安全保障主要指标 · 2021–2025 年（基期 2020 年）$/],
  ["a pasted plan without a region, in English", pasted, "en", /^Indicators · 某市“十四五”水安全保障主要指标 · 2021–2025/],
  ["a seed with its region, in Chinese", seed, "zh", /^指标表 · 舟山市 · /],
  ["a seed with its region, in English", seed, "en", /^Indicators · 舟山市 · /],
])("%s", (_d, template, lang, label) => {
  const t = template();
  const said = templateOptionLabel(lang, t);
  expect(said).toMatch(label);
  expect(said).not.toContain("·  ·");
});
