import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import type { WorkbookProblem, WorkbookProblemCode, WorkbookProblemParams } from "../../src/sheet/WorkbookProblem";

/** One problem of every code, with Chinese names where a workbook may hold them (the type makes the table complete). */
const SAMPLES: { [C in WorkbookProblemCode]: WorkbookProblemParams[C] } = {
  not_plan_returns: {},
  meta_corrupt: { sheet: "插件数据" },
  meta_template_invalid: { file: "插件数据!templates[0]", path: "$.indicators[2].name", message: "不能为空" },
  no_year: { sheet: "填报说明", cell: "C5" },
  // template ids are lower-case letters, digits and '-' (TemplateSchema)
  // twin: the template id is named only beside another template of the same title
  year_outside_plan: { template: "pingtan-2026-2030", title: "平潭县十五五规划表3", from: 2026, to: 2030, year: 2024, twin: true },
  yearly_target_outside_plan: { template: "pingtan-2026-2030", title: "平潭县十五五规划表3", from: 2026, to: 2030, year: 2031, twin: true },
  template_id_duplicated: { id: "莆田-重复", count: 2, titles: "莆田市主要指标\n另一份导入的规划" },
  key_row_deleted: { sheet: "莆田表2" },
  cover_deleted: { sheet: "填报说明", year: 2022 },
  cover_unit_slip: { sheet: "填报说明", cell: "C4", typed: "兰西市", unit: "兰溪市", listed: true },
  template_not_in_meta: { sheet: "莆田表2", id: "某个模板" },
  sheet_not_read: { sheet: "企业名录（附）", rows: 800 },
  sheet_copy: { sheet: "衢州市主要指标目标表 (2)", of: "衢州市主要指标目标表" },
  units_merged: { of: "柯城区", unit: "柯城区", sheets: "衢江区\n龙游县", units: "衢江区\n龙游县", count: 2 },
  cells_not_read: { sheet: "衢州市主要指标目标表", cells: "A25\nB25\nL25\nAT24\nAT30", count: 9, inserted: "25", sample: "此数据为快报数，待统计局核实" },
  id_column_deleted: { sheet: "莆田表2" },
  units_blank: { sheet: "衢州市专栏8", cells: "H4\nH5\nH6\nH7", count: 4 },
  rows_hidden: { sheet: "表2", rows: "9\n12", names: "县级行政区达到节水型社会标准比例\n节水器具普及情况", count: 7 },
  year_column_missing: { sheet: "德清县附表1", year: 2024 },
  previous_year_copied: { sheet: "衢州市主要指标目标表", year: 2024, previous: 2023, equal: 44, count: 46, cells: "M5\nM6\nM7\nM9\nM10" },
  earlier_year_blank: { sheet: "丽水市“十四五”生态环境保护主要指标", year: 2023, cells: "K4–K14" },
  year_not_cover: { sheet: "填报说明", cell: "C5", year: 2024, cover: 2023 },
  cover_year_changed: { sheet: "2023年开化县", year: 2024, made: 2023, count: 17 },
  column_inserted: { sheet: "湖州市表1", columns: "L\nM" },
  formulas_lost: { sheet: "舟山市表2" },
  own_formulas_broken: { sheet: "舟山市表2", missing: "S14\nT15", found: "已达标\n", misread: "S9", rows: "8", count: 14 },
  formulas_uncalculated: { sheet: "舟山市表2", count: 144, rows: 48, cells: "I4:K51" },
  rules_outdated: { sheet: "湖州市表1", cells: "N7\nN12" },
  row_id_duplicated: { sheet: "莆田表2", row: 17, id: "指标-七", first: 9 },
  template_sheet_missing: { id: "模板甲", title: "莆田市主要指标" },
  row_missing: { sheet: "莆田表2", id: "指标-三", name: "森林覆盖率(%)" },
  rows_out_of_place: { sheet: "江山市指标", rows: "4\n5\n6\n7\n8", count: 50, row: 4, seen: "城镇住房保障受益覆盖率（%）", expected: "3岁以下婴幼儿托育机构覆盖率（%）" },
  row_name_changed: { sheet: "江山市指标", row: 12, id: "qz21-09", seen: "儿童平均预期受教育年限（年）", expected: "儿童预期受教育年限（年）" },
  cover_year_outside_plan: { sheet: "填报说明", cell: "C5", template: "quzhou-2021-2025", title: "“十四五”衢州市公共服务提升主要指标目标表", from: 2020, to: 2025, year: 2026, twin: true },
  nothing_compared: { against: "previous", year: 2025, title: "“十四五”衢州市公共服务提升主要指标目标表", own: "衢州市“十五五”时期经济社会发展主要指标" },
  other_version_compared: { against: "previous", year: 2022, id: "imported-2020-2025-67ba6e6e", title: "江海市“十四五”主要指标", renamed: "单位GDP能耗降低（%）\t单位地区生产总值能源消耗降低（%）" },
  row_not_compared: { against: "previous", year: 2022, id: "r08", name: "城镇新增就业人数（万人）", side: "added" },
  review_rows_rekeyed: { sheet: "审核", rows: "4\n5\n6\n7\n8", count: 16 },
  review_rows_out_of_place: { sheet: "审核(2)", rows: "4\n9", count: 2, row: 4, seen: "K15 每千人口拥有3岁以下婴幼儿托位数（个）" },
  lock_damaged: {},
  lock_fingerprint_mismatch: {},
  lock_values_gone: { count: 3 },
};

const CASES = [
  ...(Object.keys(SAMPLES) as WorkbookProblemCode[]).map((code) => [code, { code, params: SAMPLES[code] } as WorkbookProblem] as const),
  // columns of ours deleted (trial s35 X2, X4): its own text, naming each column by its header
  ["own_formulas_broken", { code: "own_formulas_broken", params: { sheet: "表2", missing: "", found: "", misread: "", rows: "", count: 10, deleted: "方向\n说明" } } as WorkbookProblem] as const,
];
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** What a value shows as: each line of `titles` on its own. */
const shown = (v: string | number): string[] => String(v).split(/[\n\t]/);
/** Parameters that choose between texts, not text of their own. */
const CHOICES = new Set(["against", "side"]);

describe("workbook problems: one zh/en catalogue", () => {
  test.each(CASES)("%s: Chinese and English text, every parameter in both", (_code, p) => {
    const zh = describeWorkbookProblem(p, "zh");
    const en = describeWorkbookProblem(p, "en");
    expect(zh.trim().length).toBeGreaterThan(5);
    expect(en.trim().length).toBeGreaterThan(5);
    expect(zh).toMatch(CJK);
    expect(en).not.toBe(zh);
    // a flag (twin) is no text of its own
    for (const v of Object.entries(p.params as Record<string, string | number | boolean>).filter(([k]) => !CHOICES.has(k)).map(([, x]) => x).filter((x): x is string | number => typeof x !== "boolean").flatMap(shown)) {
      expect(zh).toContain(v);
      expect(en).toContain(v);
    }
  });

  test.each(CASES)("%s: English has no Chinese outside the quoted names it was given", (_code, p) => {
    const en = describeWorkbookProblem(p, "en");
    expect(en.replace(/"[^"]*"/g, '""')).not.toMatch(CJK);
  });

  // check --json keeps `problems` as these Chinese lines (a public contract): pinned word for word
  test.each<[WorkbookProblem, string]>([
    [{ code: "key_row_deleted", params: { sheet: "表2" } }, "工作表「表2」看起来是填报表，但插件标记（隐藏的第 2 行）已被删除，无法核对，未做任何修改"],
    [{ code: "row_id_duplicated", params: { sheet: "表2", row: 52, id: "zs21-12", first: 17 } }, "工作表「表2」第 52 行：id「zs21-12」与第 17 行重复，仅核对第一行"],
    [{ code: "template_id_duplicated", params: { id: "zs", count: 2, titles: "甲\n乙" } }, "本工作簿有 2 份模板使用同一 id「zs」（「甲」「乙」）：无法确定其工作表按哪一份核对，未核对；请重新导入，使每份规划有自己的 id"],
    [{ code: "row_missing", params: { sheet: "表2", id: "zs21-03", name: "人均GDP" } }, "工作表「表2」：未找到「人均GDP」(zs21-03) 所在行，可能已被删除"],
    [{ code: "lock_values_gone", params: { count: 4 } }, "锁定后有 4 个已通过的数值所在行或工作表被删除"],
    [{ code: "no_year", params: { sheet: "填报说明", cell: "C5" } }, "工作表「填报说明」C5：报告年份应为年份数字（如 2023），实际为空或不是整数"],
    [{ code: "no_year", params: { sheet: "填报说明", cell: "C5", received: "" } }, "工作表「填报说明」C5：报告年份应为年份数字（如 2023），实际为空"],
    [{ code: "no_year", params: { sheet: "填报说明", cell: "C5", received: "2023年" } }, "工作表「填报说明」C5：报告年份应为年份数字（如 2023），实际为「2023年」"],
    [{ code: "year_outside_plan", params: { template: "a-1", title: "甲", from: 2021, to: 2025, year: 2027 } }, "「甲」的规划期为 2022–2025 年（基期 2021 年），已于 2025 年结束，报告年份 2027 不在规划期内：2025 年的填报及其评估报告即为期末评估；2027 年起请先导入下一个规划期的指标表（命令行 import，或任务窗格的“导入”）"],
    [{ code: "year_outside_plan", params: { template: "a-1", title: "甲", from: 2021, to: 2025, year: 2020, twin: true } }, "「甲」(a-1) 的规划期为 2022–2025 年（基期 2021 年），报告年份 2020 不在规划期内：2020 年度的填报请用上一个规划期（含 2020 年的那一个）的填报表"],
    // session 47: a sheet nothing calculated, said once (its ranges past six cut with 等)
    [{ code: "formulas_uncalculated", params: { sheet: "表2", count: 144, rows: 48, cells: "I4:K51" } }, "工作表「表2」的公式都没有计算结果（文件由脚本或其他程序写入，没有在 Excel、WPS 或 LibreOffice 中打开保存过）：144 个数值格（I4:K51）的公式未计算，数值未知，48 项因此按数据异常计：请在 Excel、WPS 或 LibreOffice 中打开并保存后再核对"],
    [{ code: "formulas_uncalculated", params: { sheet: "表2", count: 9, rows: 0, cells: "I4\nI6\nI8\nI10\nI12\nI14\nI16" } }, "工作表「表2」的公式都没有计算结果（文件由脚本或其他程序写入，没有在 Excel、WPS 或 LibreOffice 中打开保存过）：9 个数值格（I4、I6、I8、I10、I12、I14 等）的公式未计算，数值未知：请在 Excel、WPS 或 LibreOffice 中打开并保存后再核对"],
    [{ code: "column_inserted", params: { sheet: "湖州市表1", columns: "L" } }, "工作表「湖州市表1」在按年份排列的列之间插入了第 L 列：本表自己的状态、进度等公式按位置读取这些列，插入列后读错单元格（状态列显示的可能与核对结果不同），请删除插入的列；本次核对按列标记读取，结果不受影响"],
    // the final trial of session 35 (T3): review and 问题清单, which give no unit, cut it to 填报单位按文件名；
    [{ code: "cover_deleted", params: { sheet: "填报说明", year: 2022 } }, "工作表「填报说明」（封面）已被删除：报告年份按本表下发时的 2022 年读取，填报单位按文件名读取；请从下发的原表把「填报说明」表复制回来（或用 rollover、template 生成新表，取其「填报说明」表），填好报告年份和填报单位"],
    [{ code: "cover_deleted", params: { sheet: "填报说明", year: 2022, unit: "沙州镇" } }, "工作表「填报说明」（封面）已被删除：报告年份按本表下发时的 2022 年读取，填报单位按文件名读作沙州镇；请从下发的原表把「填报说明」表复制回来（或用 rollover、template 生成新表，取其「填报说明」表），填好报告年份和填报单位"],
    // session 36: the pane's open workbook, whose name is never read (lockedCheck): no unit, and nothing said of a file's name
    [{ code: "cover_deleted", params: { sheet: "填报说明", year: 2022, unread: true } }, "工作表「填报说明」（封面）已被删除：报告年份按本表下发时的 2022 年读取，读不出填报单位（任务窗格不按文件名读取），汇总时不属于任何单位；请从下发的原表把「填报说明」表复制回来（或用 rollover、template 生成新表，取其「填报说明」表），填好报告年份和填报单位"],
    // trial46a F1: a unit's own name misspelt on the cover of the file distributed to it: counted as the listed unit's (summary,
    // report, with a list), what a summary will do (check, which has none); C4 corrected either way
    [{ code: "cover_unit_slip", params: { sheet: "填报说明", cell: "C4", typed: "兰西市", unit: "兰溪市", listed: true } }, "「填报说明」表 C4 的填报单位是兰西市，文件名却是下发给兰溪市的（distribute 的文件名）：兰西市不在应报单位（台账或 --units）之中，已按兰溪市的填报计入，兰溪市不算未报；填报单位写错了的，请在「填报说明」表 C4 改为兰溪市"],
    [{ code: "cover_unit_slip", params: { sheet: "填报说明", cell: "C4", typed: "兰西市", unit: "兰溪市" } }, "「填报说明」表 C4 的填报单位是兰西市，文件名却是下发给兰溪市的（distribute 的文件名）：汇总、评估时，兰西市不在台账（或 --units）之中、兰溪市也没有其他填报的，按兰溪市的填报计入；填报单位写错了的，请在「填报说明」表 C4 改为兰溪市"],
  ])("the Chinese line of %j is unchanged", (p, zh) => {
    expect(describeWorkbookProblem(p, "zh")).toBe(zh);
  });
});
