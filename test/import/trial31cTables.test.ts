import { readFileSync } from "fs";
import path from "path";
import { importTable } from "../../src/import";

/** trial31c (test/fixtures/tables/trial31c/README.md): shapes of real documents the other fixtures lack. */
const DIR = path.join(__dirname, "../fixtures/tables/trial31c");
const read = (f: string): string => readFileSync(path.join(DIR, f), "utf8");

describe("trial31c: a 政府工作报告's numbered list of targets is refused as a list, not as a table without its header", () => {
  test.each<[string, RegExp, RegExp]>([
    // was no-header (points without a stop)
    ["county-work-report-targets-list-2025.txt", /^粘贴的内容是逐条列出的目标（如“地区生产总值增长6%左右”），不是表格/, /^The paste is a list of targets written as sentences \(such as “地区生产总值增长6%左右”\), not a table/],
    // was prose, said 成段的文字 with its heading 二、2018年發展主要預期目標 for the example
    ["work-report-targets-list-2018.txt", /^粘贴的内容是逐条列出的目标（如“國內生產總值增長6.5%左右”），不是表格/, /^The paste is a list of targets written as sentences \(such as “國內生產總值增長6.5%左右”\)/],
  ])("%s", (file, zh, en) => {
    const r = importTable(read(file));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("prose");
    expect(r.params).toEqual(expect.objectContaining({ list: true }));
    expect(r.message).toMatch(zh);
    expect(r.messageEn).toMatch(en);
  });
});

describe("trial31c: a spaced table whose short names a Word table justified (工    业, 服  务  业) is read with those names whole", () => {
  // on main: 工 the name and 业 a sub-indicator (工：业), 床 likewise (its unit 张 misplaced)
  test("the names joined and said, the one-character unit 张 kept as the unit", () => {
    const r = importTable(read("justified-names-county-2021-2025.txt"));
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators.map((i) => [i.name, i.unit, i.baseline, i.target, i.attribute])).toEqual([
      ["地区生产总值", "亿元", "300", "450", "预期性"],
      ["工业", "亿元", "120", "180", "预期性"],
      ["农业", "亿元", "30", "36", "预期性"],
      ["服务业", "亿元", "150", "234", "预期性"],
      ["床位", "张", "1200", "1500", "预期性"],
      ["森林覆盖率", "%", "60.2", "≥61", "约束性"],
    ]);
    expect(r.unread.map((u) => [u.line, u.code])).toEqual([[4, "name-justified"], [5, "name-justified"], [6, "name-justified"], [7, "name-justified"]]);
  });
});

describe("trial31c: a 统计公报's table pasted without tabs is refused as one (no target in it), not asked for its baseline year", () => {
  test.each<[string, number, string[], number | null]>([
    // on main: no-years (请用 --baseline-year …, which then loaded 2024's actual figures as the plan's targets)
    ["statistics-bulletin-county-2024-spaced.txt", 3, ["2024年", "比上年增长(%)"], 2024],
    // on main: no-header
    ["statistics-bulletin-absolute-spaced.txt", 2, ["绝对数(万吨)", "比上年增长%"], null],
  ])("%s", (file, line, labels, year) => {
    const r = importTable(read(file));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([r.code, r.params]).toEqual(["statistics-table", { line, labels, year }]);
    expect(r.message).toMatch(new RegExp(`^第 ${line} 行的表头在指标名称之后只有.*这像是统计公报的表`));
    expect(r.messageEn).toMatch(/this looks like a statistical bulletin's table \(统计公报, a year's actual figures\), which holds no targets/);
  });
});
