/**
 * trial47d F2, F3: the report's 总体评估 counted a 已撤并 project as 未能评估 and again as 另有已撤并…
 * (「未能评估 1 个（另有已撤并或已转型 1 个，不再评估）」), and its line left out its 说明.
 */
import { gradeProject } from "../../src/domain/gradeProject";
import type { ProjectEvaluationRow } from "../../src/sheet/EvaluationReport";
import { listsParagraph } from "../../src/sheet/listsParagraph";
import { projectLine } from "../../src/sheet/projectLine";

const row = (name: string, state: string, status: ProjectEvaluationRow["status"], progress: number | null, note = ""): ProjectEvaluationRow => ({
  template: "t", id: name, name, owner: "县住建局", investment: "2", period: "2021-2025", completed: "1", state, status, progress, expected: 0.75, note,
  graded: gradeProject({ status, progress, expected: 0.75 }, 2024, "2021-2025"),
});
const DONE = row("城北污水处理厂", "已完工", "met", 1);
const BEHIND = row("工业园区纬三路", "在建", "lagging", 0.5);
const CLOSED = row("南门片区老旧小区改造", "已撤并", "not_applicable", null, "并入城关镇城市更新项目");
const MISSING = row("县人民医院迁建工程", "在建", "missing", null);

describe("a closed project is counted once (trial47d F2)", () => {
  test.each<[string, ProjectEvaluationRow[], "zh" | "en", string]>([
    ["zh, the only one not graded is closed", [DONE, BEHIND, CLOSED], "zh", "重大项目 3 个，按投资完成率对照时间进度：提前实现 1 个，滞后于预期 1 个；另有已撤并或已转型 1 个，不再评估。"],
    ["zh, another one not graded", [DONE, CLOSED, MISSING], "zh", "重大项目 3 个，按投资完成率对照时间进度：提前实现 1 个，未能评估 1 个（其中未填报 1 个）；另有已撤并或已转型 1 个，不再评估。"],
    ["en, the only one not graded is closed", [DONE, BEHIND, CLOSED], "en", "investment progress against time: achieved early 1, behind schedule 1; 1 closed or transformed, no longer evaluated."],
  ])("%s", (_, ps, lang, said) => {
    expect(listsParagraph({ projects: ps, reforms: [] }, lang)).toContain(said);
  });
});

describe("a closed project's line ends with its 说明 (trial47d F3)", () => {
  test.each<[string, ProjectEvaluationRow, string]>([
    ["with a 说明", CLOSED, "南门片区老旧小区改造（县住建局）：已撤并（不再评估）；说明：并入城关镇城市更新项目。"],
    ["without", { ...CLOSED, note: "" }, "南门片区老旧小区改造（县住建局）：已撤并（不再评估）。"],
  ])("%s", (_, pr, said) => {
    expect(projectLine(pr)).toBe(said);
  });
});
