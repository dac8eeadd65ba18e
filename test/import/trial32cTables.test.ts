import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importTable } from "../../src/import";

/** Session 32's pasted texts (test/fixtures/tables/trial32c/README.md names the pages they follow). */
const read = (file: string): string => readFileSync(join(__dirname, "../fixtures/tables/trial32c", file), "utf8");

describe("trial32c: a 统计公报 whose opening paragraph names the plan (规划, 目标) is still refused as a bulletin's table", () => {
  test.each<[string, number, string[], number | null, string]>([
    // on main: no-years (请用 --baseline-year …, which then loaded the year's actual figures as targets): “十四五”规划 two lines above the header
    ["statistics-bulletin-plan-opening-2024-spaced.txt", 4, ["2024年", "比上年增长(%)"], 2024, "平昌县2024年国民经济和社会发展统计公报"],
    // on main: no-header: 奋斗目标 in the opening paragraph, a pipe table (绝对数 | 比上年增长%)
    ["statistics-bulletin-goal-opening-2024-pipes.txt", 5, ["绝对数(亿元)", "比上年增长%"], null, "2024年蚌埠市国民经济和社会发展统计公报"],
    // on main: read, 2024's actual figures (316.8 …) loaded as the plan's targets, 2023's as its baseline
    ["statistics-bulletin-plan-opening-two-years-2024.txt", 4, ["2023年", "2024年", "比上年增长(%)"], 2024, "某县2024年国民经济和社会发展统计公报"],
  ])("%s", (file, line, labels, year, bulletin) => {
    const r = importTable(read(file));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([r.code, r.params]).toEqual(["statistics-table", { line, labels, year, bulletin }]);
    expect(r.message).toContain(`标题“${bulletin}”是统计公报的（上面几行中的“规划”“目标”是公报正文的用语，不是这张表的）：这是统计公报的表`);
    expect(r.messageEn).toContain(`the title “${bulletin}” is a statistical bulletin's`);
  });
});

describe("trial32c: a plan's table that quotes a 统计公报 in a sentence is read, not refused", () => {
  test("yearly-plan-citing-bulletin-2024.txt", () => {
    const r = importTable(read("yearly-plan-citing-bulletin-2024.txt"));
    if (!r.ok) throw new Error(r.message);
    expect(r.template.kind).toBe("indicators");
    if (r.template.kind !== "indicators") return;
    expect(r.template.indicators.map((i) => [i.name, i.target])).toEqual([["地区生产总值", "480"], ["一般公共预算收入", "34"]]);
  });
});
