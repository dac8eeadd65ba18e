/**
 * trial40c F13: rolling a one-year project or reform list over to the next year is refused, but the refusal said
 * 「指标表」 for a list and nothing of its 2024–2027 projects and unfinished reforms, which the next year still needs.
 * It names the list now (项目清单 / 改革清单), and each row to carry by hand: a project whose 建设起止年限 ends after the
 * year and is not 已完工 / 已撤并 / 已转型 (with its 累计完成投资), a reform 推进中 or 未启动.
 */
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
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

/**
 * trial40c F12: rolling a multi-year project list (衢州 housing, 2024 → 2025) carried 2024's 累计完成投资 into the only
 * 累计完成投资 column, so the 2025 return opened 滞后 78.5% before the county typed anything, with nothing saying it was
 * last year's. The cell is left blank now (未填报: this year's cumulative figure is to be typed), last year's in its
 * comment; 项目状态 is carried (an 已完工 project stays 已达标), and check --previous still reads last year's return.
 */
describe("a multi-year project list rolled over: 累计完成投资 blank, last year's in the comment", () => {
  const HP = "quzhou-2021-2025-housing-projects";
  const ENTRIES_2024 = [
    listEntry(HP, "qz21-housing-01", "completed", 38.5), listEntry(HP, "qz21-housing-01", "state", "在建"),
    listEntry(HP, "qz21-housing-02", "completed", 16.4), listEntry(HP, "qz21-housing-02", "state", "已完工"),
    // the seed leaves 责任单位 to the filer (else 数据异常)
    listEntry(HP, "qz21-housing-01", "unit", "衢州市住建局"), listEntry(HP, "qz21-housing-02", "unit", "衢州市住建局"),
  ];
  test.each<[string, string, string, string]>([
    ["built on: 未填报, never 滞后 on last year's figure", "qz21-housing-01", "missing", "上年（2024 年）累计完成投资：38.5 亿元。请填写截至 2025 年底的累计完成投资（亿元）。"],
    ["已完工: its state carried, 已达标", "qz21-housing-02", "met", "上年（2024 年）累计完成投资：16.4 亿元。请填写截至 2025 年底的累计完成投资（亿元）。"],
  ])("%s", async (_, id, status, comment) => {
    const dir = mkdtempSync(join(tmpdir(), "housing-"));
    const src = join(dir, "2024-衢州市住建局.xlsx"), out = join(dir, "2025-衢州市住建局.xlsx");
    expect((await cli("template", HP, "--year", "2024", "--unit", "衢州市住建局", "--out", src)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(src);
    expect(fillInputs(wb, ENTRIES_2024)).toEqual([]);
    await wb.xlsx.writeFile(src);
    const r = await cli("rollover", src, "--year", "2025", "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain("项目清单的累计完成投资按年度填写：2 格未带入（2025 年度为未填报），2024 年的数写在该格的批注中，如“上年（2024 年）累计完成投资：38.5 亿元。请填写截至 2025 年底的累计完成投资（亿元）。”");
    const json = JSON.parse((await cli("check", out, "--json", "--previous", src)).out) as { items: Array<{ id: string; status: string; value: string | null; cells: Record<string, string>; sheet: string }> };
    const item = json.items.find((i) => i.id === id)!;
    expect([item.status, item.value ?? ""]).toEqual([status, ""]);
    const rolled = new ExcelJS.Workbook();
    await rolled.xlsx.readFile(out);
    const note = rolled.getWorksheet(item.sheet)!.getCell(item.cells["completed"]!).note;
    expect(typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("")).toBe(comment);
  }, 60000);

  // the first check of the rolled list: 本年度未填, but a list has no earlier years' columns to have filled (dev40k)
  test.each<[string, string[], string]>([
    ["zh", [], "! 本年度未填：项目的累计完成投资都是空的（项目清单的累计完成投资按年度填写，请填写截至 2025 年底的累计数，汇总时按未报）；以下各项均为未填报"],
    ["en", ["--lang", "en"], "! No values for the year: every project's 累计完成投资 (investment completed to date) is blank (a project list is filled in each year: type the total to the end of 2025; summary counts it as not sent). Every item below is Not reported"],
  ])("check of the rolled list (%s): 本年度未填 names 累计完成投资 for the year, not earlier years", async (_, args, line) => {
    const dir = mkdtempSync(join(tmpdir(), "housing-"));
    const src = join(dir, "2024-衢州市住建局.xlsx"), out = join(dir, "2025-衢州市住建局.xlsx");
    expect((await cli("template", HP, "--year", "2024", "--unit", "衢州市住建局", "--out", src)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(src);
    expect(fillInputs(wb, ENTRIES_2024)).toEqual([]);
    await wb.xlsx.writeFile(src);
    expect((await cli("rollover", src, "--year", "2025", "--out", out)).code).toBe(0);
    const said = (await cli("check", out, ...args)).out.split("\n");
    expect(said).toContain(line);
    expect(said.join("\n")).not.toMatch(/以前各年|earlier years/);
  }, 60000);
  // trial40f F5: 2024.6 (a date) typed in 2024 was quoted 「2024.6 亿元」 in the comment and as the line's example: the
  // line quotes a usable figure, and each unusable one is listed with check's words
  test.each<[string, string[], string[]]>([
    ["zh", [], [
      "项目清单的累计完成投资按年度填写：2 格未带入（2025 年度为未填报），2024 年的数写在该格的批注中，如“上年（2024 年）累计完成投资：16.4 亿元。请填写截至 2025 年底的累计完成投资（亿元）。”",
      "其中 1 格上年（2024 年）填的不是可用的金额，未当作上年的累计完成投资引用，请逐格填写截至 2025 年底的累计完成投资（亿元）：",
      "  衢州市专栏8!K4 衢州智慧新城鹿鸣社区 2024 年：疑似填了日期「2024.6」（即 2024年6月），不是金额：请填截至年底的累计完成投资（亿元）",
    ]],
    ["en", ["--lang", "en"], [
      "Of these, 1 cell held no usable amount in 2024, so it is not quoted as last year's 累计完成投资 (investment completed): type the total to the end of 2025 in each:",
      "  衢州市专栏8!K4 衢州智慧新城鹿鸣社区 2024: \"2024.6\" (June 2024) looks like a date, not an amount: enter the investment completed by the year's end in 100m yuan",
    ]],
  ])("a date typed as 2024's 累计完成投资 (%s): named as typed and listed, a usable figure the example", async (_, args, lines) => {
    const dir = mkdtempSync(join(tmpdir(), "housing-"));
    const src = join(dir, "2024-衢州市住建局.xlsx"), out = join(dir, "2025-衢州市住建局.xlsx");
    expect((await cli("template", HP, "--year", "2024", "--unit", "衢州市住建局", "--out", src)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(src);
    expect(fillInputs(wb, [...ENTRIES_2024.filter((e) => !(e.id === "qz21-housing-01" && e.key === "completed")), listEntry(HP, "qz21-housing-01", "completed", 2024.6)])).toEqual([]);
    await wb.xlsx.writeFile(src);
    const r = await cli("rollover", src, "--year", "2025", "--out", out, ...args);
    expect(r.code).toBe(0);
    const said = r.out.split("\n");
    for (const l of lines) expect(said).toContain(l);
    const rolled = new ExcelJS.Workbook();
    await rolled.xlsx.readFile(out);
    const note = rolled.getWorksheet("衢州市专栏8")!.getCell("K4").note;
    expect(typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("")).toBe("上年（2024 年）填的「2024.6」未被采用（疑似日期），请填写截至 2025 年底的累计完成投资（亿元）。");
  }, 60000);
});
