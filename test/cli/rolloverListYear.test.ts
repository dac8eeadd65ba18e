/**
 * trial40c F13: rolling a one-year project or reform list over to the next year is refused, but the refusal said
 * 「指标表」 for a list and nothing of its 2024–2027 projects and unfinished reforms, which the next year still needs.
 * It names the list now (项目清单 / 改革清单), and each row to carry by hand: a project whose 建设起止年限 ends after the
 * year and is not 已完工 / 已撤并 / 已转型 (with its 累计完成投资), a reform 推进中 or 未启动.
 */
import { cli } from "../support/cli";
import { listEntry, listReturnFile, PJ, RF } from "../support/listReturn";

const ENTRIES = [
  listEntry(PJ, "ss24-proj-03", "completed", 1.2), listEntry(PJ, "ss24-proj-03", "state", "在建"), // 2024-2027, built on
  listEntry(PJ, "ss24-proj-15", "completed", 1.43), listEntry(PJ, "ss24-proj-15", "state", "已完工"), // 2024-2027, done early
  listEntry(PJ, "ss24-proj-13", "completed", 0.44), listEntry(PJ, "ss24-proj-13", "state", "在建"), // 2023-2024: ends with the list
  listEntry(RF, "ss24-reform-04", "state", "推进中"),
  listEntry(RF, "ss24-reform-02", "state", "已完成"), listEntry(RF, "ss24-reform-02", "evidence", "县政府文件"),
];

test.each<[string, string[], RegExp[], string[]]>([
  ["zh", [], [
    /^错误：「2024年嵊泗县公共服务一体化项目清单」是 2024 年的年度计划.*2025 年请先导入下一年度计划的项目清单（命令行 import/,
    /；其中下一年度仍要填报的有续建项目 2 个（嵊泗县人民医院迁建工程（2024-2027，累计完成投资 1\.2 亿元）、启动1个及以上海岛渔农民安居工程试点项目（2024-2027，累计完成投资未填））、未完成的改革 1 项（普通高中高质量发展改革（推进中））：换年度不能把它们带入另一年度的清单，请在导入下一年度的清单时列入（本文件不改动，其中的累计完成投资和进展可照此填写）；未生成工作簿$/,
  ], ["指标表", "新建 2 艘客船", "剑门交通码头", "教育基础设施提升改革"]],
  ["en", ["--lang", "en"], [
    /^Error: .*for 2025, import the project list of the next year's plan first/,
    /; of its rows, the next year still needs 2 projects still being built \(嵊泗县人民医院迁建工程 \(2024-2027, 1\.2 亿元 completed\); 启动1个及以上海岛渔农民安居工程试点项目 \(2024-2027, 累计完成投资 blank\)\) and 1 unfinished reform \(普通高中高质量发展改革 \(推进中\)\): rollover cannot carry them into another year's list, .*; no workbook written$/,
  ], ["indicator table", "新建 2 艘客船"]],
])("a one-year list rolled to the next year (%s): the list named, and the rows to carry", async (_lang, args, said, unsaid) => {
  const f = await listReturnFile(ENTRIES);
  const r = await cli("rollover", f, "--year", "2025", "--out", f.replace(/\.xlsx$/, "-2025.xlsx"), ...args);
  expect(r.code).not.toBe(0);
  const line = r.err.trim().split("\n")[0] ?? "";
  for (const w of said) expect(line).toMatch(w);
  for (const w of unsaid) expect(line).not.toContain(w);
}, 60000);
