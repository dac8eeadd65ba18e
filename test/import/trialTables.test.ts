import { readFileSync } from "fs";
import path from "path";
import { importTable } from "../../src/import";
import { gridLines } from "../../src/import/gridText";

/** Tables a 市卫健委 planner pasted in a fresh-user trial (copied from PDFs and web pages). */
const TABLES = path.join(__dirname, "../fixtures/tables");
const table = (name: string): string => readFileSync(path.join(TABLES, name), "utf8");

function imported(name: string) {
  const r = importTable(table(name));
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe("the trial's 卫生健康 table (tabs, notes ① and ② below it)", () => {
  test.each<[string, number, string]>([
    ["the ① on a name", 11, "name-mark"],
    ["下降10% against 8.1", 23, "target-relative"],
  ])("%s: line %i says %s", (_d, line, code) => {
    expect(imported("huzhou-health-2021-2025.txt").unread.filter((u) => u.line === line).map((u) => u.code)).toContain(code);
  });

  test("the footnote lines are notes: every row loaded, nothing said of line 30", () => {
    const r = imported("huzhou-health-2021-2025.txt");
    expect(r.stats.rowsNotLoaded).toBe(0);
    expect(r.unread.filter((u) => u.line >= 29)).toEqual([]);
    expect(r.template.planNotes).toEqual(expect.arrayContaining(["②〔〕内为五年累计数。"]));
    expect(r.template.indicators.map((d) => d.name)).toContain("重大慢性病过早死亡率（%）");
  });
});

/**
 * A fresh user's 江苏 小康 table (序号 | 指标名称 | 计量单位 | 2020年目标值 | 资料来源; no baseline column; some
 * indicators split into sub-indicators, the group in the name column and each sub-indicator after it).
 * Before: 24 indicators and 5 rows left out as text (a sub-indicator refused, its siblings 没有序号, the rest
 * loaded as parts unsaid); as a sheet with 指标名称 merged over two columns, 3 indicators and 26 rows refused.
 */
describe("the trial's 江苏 小康 table: sub-indicators, as text and as a sheet", () => {
  const lines = table("jiangsu-xiaokang-2016-2020.txt").trimEnd().split("\n").map((l) => l.split("\t"));
  // the sheet the trial made of it: 指标名称 merged over B:C, 序号, group and 资料来源 merged down over the sub-indicators
  const grid = lines.map((c, i) => {
    if (i === 1) return ["序号", "指标名称", "", "计量单位", "2020年目标值", "资料来源"];
    if (c.length === 1 || i === 0) return c;
    if (c[0] === "") return ["", "", c[2] ?? "", c[3] ?? "", c[4] ?? ""];
    return c.length === 6 ? c : [c[0] ?? "", c[1] ?? "", "", ...c.slice(2)];
  });
  const sheet = gridLines(grid);
  const shapes: Array<[string, () => ReturnType<typeof importTable>]> = [
    ["text", () => importTable(table("jiangsu-xiaokang-2016-2020.txt"))],
    ["sheet, 指标名称 merged over two columns", () => importTable(sheet.text, { source: { kind: "sheet", rows: sheet.rows } })],
  ];
  test.each(shapes)("%s: every row loaded, each sub-indicator its own, said once per group", (_d, read) => {
    const r = read();
    if (!r.ok) throw new Error(r.message);
    expect([r.template.indicators.length, r.stats.rowsNotLoaded, r.template.baselineYear, r.template.targetYear]).toEqual([29, 0, 2015, 2020]);
    const parts = r.template.indicators.filter((d) => d.part !== undefined).map((d) => [d.id, `${d.name}：${d.part ?? ""}`, d.unit, d.target]);
    expect(parts).toEqual([
      ["r10-1", "人力资源水平：每万劳动力中研发人员数", "人年", "≥140"],
      ["r10-2", "人力资源水平：每万劳动力中高技能人才数", "人", "≥750"],
      ["r17-1", "基本社会保障：城乡基本养老保险参保率", "%", "≥98"],
      ["r17-2", "基本社会保障：城乡基本医疗保险参保率", "%", "≥98"],
      ["r17-3", "基本社会保障：失业保险参保率", "%", "≥98"],
      ["r19-1", "食品药品检测合格率：获证食品生产企业抽检合格率", "%", "≥98"],
      ["r19-2", "食品药品检测合格率：药品生产环节抽验合格率", "%", "≥96"],
      ["r22-1", "公共交通服务水平：城市万人公交车拥有量", "标台", "≥16"],
      ["r22-2", "公共交通服务水平：行政村双车道四级公路覆盖率", "%", "≥90"],
    ]);
    expect(r.unread.filter((u) => u.code === "sub-indicators").map((u) => u.line)).toEqual([14, 23, 27, 31]);
    expect(r.unread.filter((u) => u.code === "years-from-title").map((u) => u.line)).toEqual([2]);
    // =100: a point target, not words
    expect(r.template.indicators.find((d) => d.id === "r15")?.targetKind).toBe("point");
  });

  test("without 十三五 in the title: refused naming the baseline year and --baseline-year; loaded with it", () => {
    const text = table("jiangsu-xiaokang-2016-2020.txt").replace("江苏省“十三五”", "江苏");
    const refused = importTable(text);
    if (refused.ok) throw new Error("loaded");
    expect(refused.message).toMatch(/^第 2 行的表头只有目标年份 2020，没有基期年份.*--baseline-year/);
    const r = importTable(text, { baselineYear: 2015 });
    if (!r.ok) throw new Error(r.message);
    expect([r.template.indicators.length, r.template.baselineYear, r.stats.rowsNotLoaded]).toEqual([29, 2015, 0]);
    expect(r.unread.map((u) => u.code)).not.toContain("years-from-title");
  });
});

// a trial's 专栏 数字经济: 在线政务服务实名用户规模（亿） lost its bare 亿, then check said 指标名称未注明单位
test("the trial's 数字经济 table: a bare 亿 is the unit", () => {
  const r = importTable([
    "专栏1  “十四五”数字经济发展主要指标",
    "指标\t2020年\t2025年\t属性",
    "IPv6活跃用户数（亿户）\t4.6\t8\t预期性",
    "在线政务服务实名用户规模（亿）\t4\t8\t预期性",
  ].join("\n"));
  if (!r.ok) throw new Error(r.message);
  expect(r.template.indicators.map((d) => d.unit)).toEqual(["亿户", "亿"]);
});
