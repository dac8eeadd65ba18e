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
  templates_differ: [{ file: "嵊泗县.xlsx", templates: "zhoushan-2021-2025", first: "定海区.xlsx", firstTemplates: "shengsi-2024-projects,zhoushan-2021-2025" },
    "嵊泗县.xlsx：模板为 zhoushan-2021-2025，与 定海区.xlsx 的 shengsi-2024-projects,zhoushan-2021-2025 不同，不能汇总",
    "嵊泗县.xlsx: its templates are \"zhoushan-2021-2025\", not \"shengsi-2024-projects,zhoushan-2021-2025\" as in \"定海区.xlsx\"; returns of different templates cannot be summed together"],
  template_rows_differ: [{ file: "沙湾镇.xlsx", template: "imported-2020-2025-a1256f82", title: "景宁县“十四五”综合交通运输发展规划主要指标", first: "东坑镇.xlsx" },
    "沙湾镇.xlsx：模板「景宁县“十四五”综合交通运输发展规划主要指标」（imported-2020-2025-a1256f82）与 东坑镇.xlsx 的同一模板指标行不同（同一规划导入了两个版本？），不能逐行合并：请用同一版本的填报表，或把新版本另行导入（--id 另起编号）后重新下发",
    "沙湾镇.xlsx: its template \"景宁县“十四五”综合交通运输发展规划主要指标\" (imported-2020-2025-a1256f82) has other rows than the same template in \"东坑镇.xlsx\" (two versions of one imported plan?), so they cannot be combined row by row: use returns of one version, or import the new version under its own id (--id) and distribute it again"],
  unit_repeated: [{ file: "普陀区-二.xlsx", unit: "普陀区", other: "普陀区.xlsx" },
    "普陀区-二.xlsx：填报单位「普陀区」与 普陀区.xlsx 相同，请检查是否重复",
    "普陀区-二.xlsx: its reporting unit \"普陀区\" is also that of \"普陀区.xlsx\"; check whether one return was given twice"],
  duplicate_return: [{ file: "副本.xlsx", other: "定海区.xlsx" },
    "副本.xlsx：与 定海区.xlsx 内容相同，是同一份填报，不重复汇总；请去掉其中一个文件",
    "副本.xlsx: same content as \"定海区.xlsx\", the same return twice, not counted again; leave one of them out"],
  no_returns_to_sum: [{}, "没有可汇总的填报文件", "There is no return to summarize"],
  evaluation_year_differs: [{ file: "嵊泗县", year: 2019, first: "定海区", firstYear: 2018 },
    "嵊泗县：报告年份为 2019，与 定海区 的 2018 不同，不能合在一份评估报告中",
    "嵊泗县: its reporting year is 2019, not 2018 as in \"定海区\"; returns of different years cannot go in one evaluation report"],
  no_returns_to_evaluate: [{}, "没有可评估的填报文件", "There is no return to evaluate"],
  nothing_to_evaluate: [{},
    "本工作簿没有可评估的指标或项目（评估报告只评估指标与项目）",
    "This workbook has no indicator or project to evaluate (the evaluation report grades indicators and projects only)"],
};

const CASES = (Object.keys(SAMPLES) as ReturnSetProblemCode[]).map((code) => {
  const [params, zh, en] = SAMPLES[code];
  return [code, { code, params } as ReturnSetProblem, zh, en] as const;
});
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** The names a problem carries (file names, units, template ids), and the years and the wrapped problem's text. */
const shownIn = (p: ReturnSetProblem, lang: "zh" | "en"): string[] => Object.values(p.params as Record<string, string | number | WorkbookProblem>)
  .map((v) => (typeof v === "object" ? describeWorkbookProblem(v, lang) : String(v)));

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
    for (const k of ["first", "other", "unit", "templates", "firstTemplates"]) if (typeof params[k] === "string") expect(en).toContain(`"${params[k] as string}"`);
    expect(en.slice(lead.length).replace(/"[^"]*"/g, '""')).not.toMatch(CJK);
  });
});
