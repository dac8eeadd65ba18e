import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { titleWithRegion } from "../../src/templates/titleWithRegion";

// a table imported with --region 博县 from a page titled “十四五”教育事业发展主要指标表 printed no place on the
// sheet's title row nor on the cover's 规划名称 (trX): a return on paper did not say whose plan it was
const seed = findTemplate("quzhou-2021-2025") as Template;
const list = findTemplate("shengsi-2024-projects") as Template;

describe("titleWithRegion", () => {
  test.each<[string, string, string, string]>([
    ["a region the title does not name comes first", "“十四五”教育事业发展主要指标表", "博县", "博县“十四五”教育事业发展主要指标表"],
    ["a title that names it is as written", "“十四五”衢州市公共服务提升主要指标目标表", "衢州市", "“十四五”衢州市公共服务提升主要指标目标表"],
    ["a title naming the place without 市 is as written", "“十三五”舟山基本公共服务主要指标完成情况", "舟山市", "“十三五”舟山基本公共服务主要指标完成情况"],
    ["a two-character place is matched whole", "“十四五”主要指标表", "沙县", "沙县“十四五”主要指标表"],
    ["no region: as written", "主要指标表", "", "主要指标表"],
  ])("%s", (_why, title, region, shown) => {
    expect(titleWithRegion({ title, region })).toBe(shown);
  });
});

describe("the return prints it: the template sheet's title row and the cover's 规划名称", () => {
  test.each<[string, Template]>([
    ["an indicator table", { ...seed, title: "“十四五”教育事业发展主要指标表", region: "博县" }],
    ["a project list", { ...list, title: "重大项目表", region: "博县" }],
  ])("%s", (_kind, t) => {
    const plan = buildWorkbookPlan([t], { year: 2023, reportingUnit: "城关镇" });
    const texts = plan.sheets.flatMap((s) => s.cells.map((c) => String(c.formula ?? c.value ?? "")));
    expect(texts.some((x) => x.startsWith(`"博县${t.title}"`) || x.startsWith(`"博县${t.title}（"`))).toBe(true);
    expect(texts).toContain(`博县${t.title}`);
  });
});
