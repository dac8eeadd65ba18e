import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reportPlanName } from "../../src/cli/reportPlanName";
import { reportTitle } from "../../src/cli/runReport";
import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import type { ReturnEvaluation } from "../../src/sheet/EvaluationReport";
import { cli } from "../support/cli";
import { docxText } from "../support/docxText";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * trial29a F8: the report was titled with the indicator table's title in 书名号 (《云溪市“十四五”时期卫生健康发展
 * 主要指标》2023 年…) where the template knew the plan's name (source.document); officials title it after the plan.
 * One plan: its name where source.document is one (ends 规划/计划/纲要/方案, import's rule) of the template's
 * period; else, and for several plans, the tables' titles as before.
 */
const row: RowFacts = { name: "每千人口执业（助理）医师数", attribute: "预期性", unit: "人", baseline: "2.9", target: "3.2", values: { 2023: 3.05 } };
const TABLE = "云溪市“十四五”时期卫生健康发展主要指标";
const PLAN = "云溪市卫生健康事业发展“十四五”规划";
const of = (unit: string, document: string, targetYear = 2025, title = TABLE, id = "t"): ReturnEvaluation => {
  const r = returnOf(unit, [row], 2023);
  return { ...r, titles: [title], sources: [{ document, targetYear }], templates: [{ id, title, kind: "indicators", rows: "00000000" }], regions: ["云溪市"] };
};
const twoPlans = (unit: string): ReturnEvaluation => {
  const r = of(unit, PLAN);
  return { ...r, titles: [TABLE, "云溪市“十四五”医疗机构建设项目"], sources: [{ document: PLAN, targetYear: 2025 }, { document: PLAN, targetYear: 2025 }], templates: [{ id: "t", title: TABLE, kind: "indicators", rows: "00000000" }, { id: "p", title: "云溪市“十四五”医疗机构建设项目", kind: "projects", rows: "00000000" }] };
};

describe("the report is titled after the plan its template names", () => {
  test.each<[string, ReturnEvaluation[], string]>([
    ["the plan's name (trial29a health14)", [of("云溪市卫健委", PLAN)], `云溪市卫健委《${PLAN}》2023 年实施情况评估报告`],
    ["a notice quoting it: the name in 《》", [of("云溪市卫健委", `关于印发《${PLAN}》的通知`)], `云溪市卫健委《${PLAN}》2023 年实施情况评估报告`],
    ["its period in a bracket, the same years", [of("甲县", "云溪市卫生健康事业发展规划（2021—2025年）")], "甲县《云溪市卫生健康事业发展规划（2021—2025年）》2023 年实施情况评估报告"],
    ["a saved page's file name: the table's title", [of("甲县", "health14.html")], `甲县《${TABLE}》2023 年实施情况评估报告`],
    ["a paste: the table's title", [of("甲县", "粘贴的表格文本")], `甲县《${TABLE}》2023 年实施情况评估报告`],
    ["the 十四五 plan a 十三五 table was printed in: the table's title", [of("甲县", "舟山市公共服务“十四五”规划", 2020, "“十三五”舟山基本公共服务主要指标完成情况")], "甲县《“十三五”舟山基本公共服务主要指标完成情况》2023 年实施情况评估报告"],
    ["a yearly plan of another year: the table's title", [of("甲县", "2024年某县国民经济和社会发展计划", 2025)], `甲县《${TABLE}》2023 年实施情况评估报告`],
    ["several units of one region: the plan's name, the units under the title", [of("甲县", PLAN), of("乙县", PLAN)], `《${PLAN}》2023 年实施情况评估报告`],
    ["two templates: as before (规划指标)", [twoPlans("甲县")], "甲县规划指标 2023 年实施情况评估报告"],
  ])("%s", async (_why, returns, title) => {
    const c = combineEvaluations(returns);
    if (!c.ok) throw new Error("not combined");
    expect(reportTitle(c.report)).toBe(title);
    expect((await docxText(c.report)).split("\n")[0]).toBe(title);
  });

  test.each<[string, string, number, string | null]>([
    ["a plan", PLAN, 2025, PLAN],
    ["a page's <title> with the site after _", `${PLAN}_云溪市人民政府`, 2025, PLAN],
    ["a national plan, no place", "“十四五”推进农业农村现代化规划", 2025, "“十四五”推进农业农村现代化规划"],
    ["another five-year period", PLAN, 2020, null],
    ["a yearly plan of its year", "2024年某县国民经济和社会发展计划", 2024, "2024年某县国民经济和社会发展计划"],
    ["a table's title", TABLE, 2025, null],
    ["a sentence", "云溪市卫生健康事业发展成效显著，规划", 2025, null],
  ])("reportPlanName: %s", (_why, document, targetYear, name) => {
    expect(reportPlanName(document, targetYear)).toBe(name);
  });

  // trial47b F8: import joined a title set on two lines, the plan's name then 表1 and the table's own title; the report's title
  // carried 「表1 美丽某某建设主要指标」 inside 《》: the plan's name before the table's number, where the document is a file's name
  test.each<[string, string, number, string, string | null]>([
    ["a plan's name before 表1", "plan2035.txt", 2035, "某某省美丽某某建设规划纲要（2021—2035年）表1 美丽某某建设主要指标", "某某省美丽某某建设规划纲要（2021—2035年）"],
    ["before 表 2 with a space", "plan.txt", 2025, "某某市生态环境保护“十四五”规划 表 2 主要指标", "某某市生态环境保护“十四五”规划"],
    ["no plan's name before the number", "plan.txt", 2025, "“十四五”生态环境保护主要指标表1", null],
    ["a plan of another period before it", "plan.txt", 2025, "某某省美丽某某建设规划纲要（2021—2035年）表1 主要指标", null],
    ["the document's name first", PLAN, 2025, "某某省美丽某某建设规划纲要（2021—2035年）表1 主要指标", PLAN],
  ])("reportPlanName from the table's title: %s", (_why, document, targetYear, title, name) => {
    expect(reportPlanName(document, targetYear, title)).toBe(name);
  });

  test("the trial's page: import keeps the plan's name as source.document, and the report's title takes it", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "plan-title-")), "health14.json");
    const r = await cli("import", join(__dirname, "../fixtures/tables/trial29a/health14.html"), "--out", out, "--id", "yunxi-health14");
    expect(r.code).toBe(0);
    const t = JSON.parse(readFileSync(out, "utf8")) as { title: string; source: { document: string }; targetYear: number };
    expect([t.title, t.source.document]).toEqual([TABLE, PLAN]);
    expect(reportPlanName(t.source.document, t.targetYear)).toBe(PLAN);
  });
});
