import { describeReturnSetProblem } from "../../src/sheet/describeReturnSetProblem";
import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import type { ReturnSetProblem, ReturnSetProblemCode, ReturnSetProblemParams } from "../../src/sheet/ReturnSetProblem";
import type { WorkbookProblem } from "../../src/sheet/WorkbookProblem";

const CORRUPT: WorkbookProblem = { code: "meta_corrupt", params: { sheet: "插件数据" } };
const NO_YEAR: WorkbookProblem = { code: "no_year", params: { sheet: "填报说明", cell: "C5" } };

/**
 * One problem of every code, with Chinese file and unit names as users give them, and its
 * Chinese and English line (the type makes the table complete). The Chinese lines of
 * year_differs, templates_differ, duplicate_return and the two "no return" lines are the
 * ones `summary` and `report` printed before they were coded.
 */
const SAMPLES: { [C in ReturnSetProblemCode]: [ReturnSetProblemParams[C], string, string] } = {
  return_not_checked: [{ file: "普陀区.xlsx", problem: CORRUPT },
    "普陀区.xlsx：工作表「插件数据」中的插件元数据已损坏，无法读取",
    "普陀区.xlsx: The add-in's metadata on sheet \"插件数据\" is damaged and cannot be read"],
  workbook_not_checked: [{ problem: NO_YEAR },
    "工作表「填报说明」C5：报告年份应为年份数字（如 2023），实际为空或不是整数",
    "Sheet \"填报说明\" C5: the reporting year should be a year number (such as 2023); it is empty or not a whole number"],
  year_differs: [{ file: "嵊泗县.xlsx", year: 2024, first: "定海区.xlsx", firstYear: 2023 },
    "嵊泗县.xlsx：报告年份为 2024，与 定海区.xlsx 的 2023 不同，不能汇总",
    "嵊泗县.xlsx: its reporting year is 2024, not 2023 as in \"定海区.xlsx\"; returns of different years cannot be summed together"],
  templates_differ: [{ file: "嵊泗县.xlsx", templates: "zhoushan-2021-2025", first: "定海区.xlsx", firstTemplates: "shengsi-2024-projects,zhoushan-2021-2025", titles: "“十四五”公共服务主要指标目标表", firstTitles: "嵊泗县2024年重大项目\n“十四五”公共服务主要指标目标表" },
    "嵊泗县.xlsx：是「“十四五”公共服务主要指标目标表」的填报，与 定海区.xlsx 的「嵊泗县2024年重大项目」「“十四五”公共服务主要指标目标表」不是同一规划，不能汇总",
    "嵊泗县.xlsx: a return on \"“十四五”公共服务主要指标目标表\", not on \"嵊泗县2024年重大项目\", \"“十四五”公共服务主要指标目标表\" as \"定海区.xlsx\"; returns on different plans cannot be summed together"],
  template_rows_differ: [{ file: "沙湾镇.xlsx", template: "imported-2020-2025-a1256f82", title: "景宁县“十四五”综合交通运输发展规划主要指标", first: "东坑镇.xlsx" },
    "沙湾镇.xlsx：模板「景宁县“十四五”综合交通运输发展规划主要指标」（imported-2020-2025-a1256f82）与 东坑镇.xlsx 的同一模板指标行不同（同一规划导入了两个版本？），不能逐行合并：请用同一版本的填报表，或把新版本另行导入（--id 另起编号）后重新下发",
    "沙湾镇.xlsx: its template \"景宁县“十四五”综合交通运输发展规划主要指标\" (imported-2020-2025-a1256f82) has other rows than the same template in \"东坑镇.xlsx\" (two versions of one imported plan?), so they cannot be combined row by row: use returns of one version, or import the new version under its own id (--id) and distribute it again"],
  plan_versions_tied: [{ task: "summary", tied: { reason: "other_version", groups: [{ files: ["收到/东城区.xlsx"] }, { files: ["收到/南山县.xlsx"], version: { own: "江海市主要指标", current: "江海市主要指标", missing: ["城镇新增就业"], extra: ["全员劳动生产率"], more: 0, tied: true } }] } },
    "这些填报是同一规划的 2 个版本，所用的填报单位一样多，无法判断汇总哪一版（现行版本）：（1）收到/东城区.xlsx；（2）收到/南山县.xlsx（是「江海市主要指标」的另一版本：与（1）相比少了 城镇新增就业，多了 全员劳动生产率）；请把不用的文件移出文件夹（或只列出要用的文件）后再汇总",
    "these returns are on 2 versions of one plan, as many units on each, so which version (the current one) to use cannot be told: (1) \"收到/东城区.xlsx\"; (2) \"收到/南山县.xlsx\" (another version of \"江海市主要指标\": against the first it lacks \"城镇新增就业\" and has in addition \"全员劳动生产率\"); move the files not to be used out of the folder (or name only those to use) and summarise again"],
  plan_version_named: [{ task: "report", file: "北岭县.xlsx", reason: "other_plan", version: { own: "江海市卫生健康规划", current: "江海市主要指标", missing: [], extra: [], more: 0 } },
    "北岭县.xlsx：是另一规划「江海市卫生健康规划」的填报，本次所用的是「江海市主要指标」，不能与其余填报一起评估：请去掉该文件；如该单位应报本规划，请向其下发本规划的填报表，填好后再评估；另一规划的填报请单独评估",
    "北岭县.xlsx: a return on another plan, \"江海市卫生健康规划\"; the returns used are on \"江海市主要指标\"; it cannot be evaluated with the other returns: leave it out; if the unit is to report on this plan, send it this plan's form and evaluate again once it is filled in; evaluate the other plan's returns on their own"],
  unit_repeated: [{ file: "普陀区-二.xlsx", unit: "普陀区", other: "普陀区.xlsx" },
    "普陀区-二.xlsx：填报单位「普陀区」与 普陀区.xlsx 相同，请检查是否重复",
    "普陀区-二.xlsx: its reporting unit \"普陀区\" is also that of \"普陀区.xlsx\"; check whether one return was given twice"],
  ledger_year: [{ file: "报送台账.xlsx", ledgerYear: 2024, year: 2023, most: 5, of: 6 },
    "报送台账.xlsx：是 2024 年度的报送台账，而所选填报大多是 2023 年度（6 份中 5 份），不能按它汇总；请改选 2023 年度的报送台账，或不选报送台账再汇总",
    "报送台账.xlsx: the ledger of 2024, but the chosen returns are mostly of 2023 (5 of 6), so it cannot be used for them; choose the ledger of 2023 instead, or summarise without a ledger"],
  duplicate_return: [{ file: "副本.xlsx", other: "定海区.xlsx" },
    "副本.xlsx：与 定海区.xlsx 内容相同，是同一份填报，不重复汇总；请去掉其中一个文件",
    "副本.xlsx: same content as \"定海区.xlsx\", the same return twice, not counted again; leave one of them out"],
  no_returns_to_sum: [{}, "没有可汇总的填报文件", "There is no return to summarise"],
  evaluation_year_differs: [{ file: "嵊泗县", year: 2019, first: "定海区", firstYear: 2018 },
    "嵊泗县：报告年份为 2019，与 定海区 的 2018 不同，不能合在一份评估报告中",
    "嵊泗县: its reporting year is 2019, not 2018 as in \"定海区\"; returns of different years cannot go in one evaluation report"],
  no_returns_to_evaluate: [{}, "没有可评估的填报文件", "There is no return to evaluate"],
  nothing_to_evaluate: [{},
    "本工作簿没有可评估的指标、项目或改革事项",
    "This workbook has no indicator, project or reform to evaluate"],
};

const CASES = (Object.keys(SAMPLES) as ReturnSetProblemCode[]).map((code) => {
  const [params, zh, en] = SAMPLES[code];
  return [code, { code, params } as ReturnSetProblem, zh, en] as const;
});
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** The names a version's files and rows carry (plan_versions_tied, plan_version_named): files, titles, rows' names. */
const NAMED_KEYS = new Set(["file", "files", "own", "current", "missing", "extra"]);
const namesIn = (v: unknown, key = ""): string[] => (typeof v === "string" ? (NAMED_KEYS.has(key) ? [v] : [])
  : Array.isArray(v) ? v.flatMap((x) => namesIn(x, key)) : v && typeof v === "object" ? Object.entries(v).flatMap(([k, x]) => namesIn(x, k === "files" ? "file" : k)) : []);
/** Template ids kept for scripts: the line names the plans by their titles (the id is ours, not the planner's). */
const IDS = new Set(["templates", "firstTemplates"]);
/** The names a problem carries (file names, units, titles one a line), and the years and the wrapped problem's text. */
const shownIn = (p: ReturnSetProblem, lang: "zh" | "en"): string[] => Object.entries(p.params as Record<string, string | number | object>)
  .flatMap(([k, v]) => (typeof v !== "object" ? (k === "task" || k === "reason" || IDS.has(k) ? [] : String(v).split("\n")) : "code" in v ? [describeWorkbookProblem(v as WorkbookProblem, lang)] : namesIn(v)));

describe("return-set problems: one zh/en catalogue", () => {
  test.each(CASES)("%s: the Chinese and the English line", (_code, p, zh, en) => {
    expect(describeReturnSetProblem(p, "zh")).toBe(zh);
    expect(describeReturnSetProblem(p, "en")).toBe(en);
  });

  test.each(CASES)("%s: every parameter in both languages", (_code, p) => {
    const zh = describeReturnSetProblem(p, "zh");
    const en = describeReturnSetProblem(p, "en");
    expect(zh).toMatch(CJK);
    expect(en).not.toBe(zh);
    for (const v of shownIn(p, "zh")) expect(zh).toContain(v);
    for (const v of shownIn(p, "en")) expect(en).toContain(v);
  });

  test.each(CASES)("%s: English quotes every name but the file it starts with, and has no other Chinese", (_code, p) => {
    const en = describeReturnSetProblem(p, "en");
    const params = p.params as Record<string, unknown>;
    const lead = typeof params.file === "string" ? `${params.file}: ` : "";
    expect(en.startsWith(lead)).toBe(true);
    for (const k of ["first", "other", "unit"]) if (typeof params[k] === "string") expect(en).toContain(`"${params[k] as string}"`);
    for (const k of ["titles", "firstTitles"]) if (typeof params[k] === "string") for (const t of (params[k] as string).split("\n")) expect(en).toContain(`"${t}"`);
    expect(en.slice(lead.length).replace(/"[^"]*"/g, '""')).not.toMatch(CJK);
  });
});

/** Trial39e F1: another plan of the same title was 是另一规划「X」…本次所用的是「X」; its template ids now tell the two apart. */
describe("another plan of the same title: named by its template ids", () => {
  const version = { own: "临溪县“十五五”主要指标", current: "临溪县“十五五”主要指标", ids: { own: "imported-2020-2025-8ce8e033", current: "imported-2025-2030-1a2b3c4d" }, missing: [], extra: [], more: 0 };
  test.each<["zh" | "en", string]>([
    ["zh", "2026-临溪县.xlsx：是另一规划「临溪县“十五五”主要指标」的填报，与本次所用的规划同名而模板不同：其模板为 imported-2020-2025-8ce8e033，本次所用的为 imported-2025-2030-1a2b3c4d，不能与其余填报一起汇总"],
    ["en", "2026-临溪县.xlsx: a return on another plan of the same name, \"临溪县“十五五”主要指标\", with another template: its template is imported-2020-2025-8ce8e033, the returns used are on imported-2025-2030-1a2b3c4d; it cannot be summed with the other returns"],
  ])("%s", (lang, start) => {
    expect(describeReturnSetProblem({ code: "plan_version_named", params: { task: "summary", file: "2026-临溪县.xlsx", reason: "other_plan", version } }, lang)).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  });
});
