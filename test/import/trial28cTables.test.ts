import path from "path";
import { importTable } from "../../src/import";
import { readTableFile } from "../../src/cli/readTableFile";

/**
 * A trial's real web and yearbook tables (trial28c; test/fixtures/tables/trial28c), read as the CLI
 * reads the files (readTableFile), then importTable:
 * - 专栏1 “十三五”生态环境保护主要指标 from a forum page, which writes every decimal point and sub-group
 *   number with 。 (`1。空气质量`, `76。7`): the first indicator of each sub-group was dropped as 没有序号
 *   and the others lost their category;
 * - 越城年鉴 “十三五”规划主要指标完成情况 (`2020 年目标值 | 2020 年预计值 | 完成情况`): refused for a baseline year 2020
 *   not before the target year, where it has no baseline column at all.
 */
const TABLES = path.join(__dirname, "../fixtures/tables/trial28c");

async function read(file: string): Promise<ReturnType<typeof importTable>> {
  const t = await readTableFile(path.join(TABLES, file));
  if (!t.ok) throw new Error(t.message);
  return importTable(t.text, { source: t.source });
}

describe("trial28c: a 完成情况 table is refused for what it is", () => {
  test.each<[string, number]>([
    ["yuecheng-13th-completion.txt", 3],
    ["yuecheng-13th-completion-tabs.txt", 1],
  ])("%s: no baseline column, its 预计值 and 完成情况 results", async (file, line) => {
    const r = await read(file);
    if (r.ok) throw new Error("loaded");
    expect(r.code).toBe("completion-table");
    expect(r.params).toEqual({ line, results: ["2020年预计值", "完成情况"] });
    expect(r.message).toBe(`第 ${line} 行的表头没有基期值一列：“2020年预计值”“完成情况”是完成结果（预计、完成、实际），不是基期值。这像是规划的完成情况表，不是规划的指标表：请粘贴规划原文中的主要指标表（有基期值和目标值两列）。没有载入任何内容。`);
    expect(r.messageEn).toContain("This looks like a completion table (完成情况表), not a plan's indicator table");
  });
});
