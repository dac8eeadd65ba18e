import { importedFixture } from "./importedFixture";

/** trial33 (test/fixtures/tables/trial33/README.md): a fresh user's tables, read as `plan-returns import` reads them. */
const imported = importedFixture("trial33");

describe("trial33 T3: a cell with a line break, a tab or a quote, as Excel writes it, in any column", () => {
  // on main: 第 2 行：不是表格行，未载入：单位GDP二氧化碳, the indicator saved as 排放降低 (排放降低" from the paste);
  // the paste's quotes kept (`"森林""覆盖率"""`, `"61.2（2019年）"`) and its quoted 82.5 read as text
  test.each<[string, Array<[string, string, string]>, number]>([
    ["excel-copy-quoted.txt", [["单位GDP二氧化碳排放降低", "/", "〔18〕"], ['森林"覆盖率"', "61.2（2019年）", "≥62"], ["空气质量优良天数比率", "82.5", "≥85"]], 2],
    ["excel-saved-first-column-break.csv", [["单位GDP二氧化碳排放降低", "/", "〔18〕"], ["森林覆盖率", "61.2（2019年）", "≥62"]], 2],
    ["first-column-break.xlsx", [["单位GDP二氧化碳排放降低", "/", "〔18〕"], ["森林覆盖率", "61.2", "≥62"]], 2],
    ["second-column-break.csv", [["单位GDP二氧化碳排放降低", "/", "〔18〕"], ["森林覆盖率", "61.2", "≥62"]], 2],
  ])("%s: every row loaded, named whole", async (file, rows, firstRow) => {
    const r = await imported(file);
    if (r.template.kind !== "indicators") throw new Error(r.template.kind);
    expect(r.template.indicators.map((i) => [i.name, i.baseline, i.target])).toEqual(rows);
    expect(r.unread.filter((u) => u.effect === "not-loaded")).toEqual([]);
    // the joined row is said, named by the row (the file's line) it starts on
    expect(r.unread.filter((u) => u.code === "cell-breaks").map((u) => u.line)[0]).toBe(firstRow);
  });

  test("a paste quoted as Excel quotes it says it was copied from a spreadsheet, each row named by the file's line it starts on", async () => {
    const r = await imported("excel-copy-quoted.txt");
    expect(r.unread.filter((u) => u.code === "cell-breaks").map((u) => [u.line, u.reason.split("，")[0]])).toEqual([
      [2, "单元格内有换行（从电子表格复制的表格）"],
      [4, "单元格内有换行（从电子表格复制的表格）"],
    ]);
  });
});

describe("trial33 T7: a footnote holding a decimal (2.5%, PM2.5) is kept whole", () => {
  // on main: 表注“①2020年数据为初步统计数，”, 表注“②PM” (cut at the 2. of 2.5% and PM2.5)
  test.each<[string, string, string]>([
    ["footnote-decimals.txt", "地区生产总值增长", "①2020年数据为初步统计数，2.5%为预计值。"],
    ["footnote-decimals.txt", "细颗粒物（PM2.5）浓度", "②PM2.5年均浓度，按国控站点计算。"],
    ["eco-2021-2025-cumulative-note.txt", "细颗粒物（PM2.5）浓度（微克/立方米）", "①PM2.5浓度为年均值；"],
  ])("%s: %s", async (file, name, note) => {
    const r = await imported(file);
    if (r.template.kind !== "indicators") throw new Error(r.template.kind);
    expect(r.template.indicators.find((i) => i.name === name)?.note).toBe(note);
    const said = r.unread.find((u) => u.code === "name-mark" && u.text.includes(name.slice(0, 6)));
    expect(said?.reason).toContain(`表注“${note}”已记入该指标的备注`);
  });
});

describe("trial33 T2: rows a footnote calls five-year totals are read as cumulative targets, said", () => {
  // on main: ②减排量为五年累计值 kept in the note, yet 0.52 … loaded as points (≥0.52 a year): every county 滞后
  test.each<[string, string, string, string]>([
    ["化学需氧量", "0.52", "〔0.52〕", "cumulative"],
    ["氨氮", "0.03", "〔0.03〕", "cumulative"],
    ["氮氧化物", "0.86", "〔0.86〕", "cumulative"],
    ["挥发性有机物", "0.41", "〔0.41〕", "cumulative"],
  ])("主要污染物重点工程减排量 其中 %s: %s read as %s", async (part, written, target, kind) => {
    const r = await imported("eco-2021-2025-cumulative-note.txt");
    if (r.template.kind !== "indicators") throw new Error(r.template.kind);
    const row = r.template.indicators.find((i) => i.part === part);
    expect([row?.target, row?.targetKind, row?.note]).toEqual([target, kind, "②减排量为五年累计值；"]);
    const said = r.unread.filter((u) => u.code === "target-cumulative-note" && u.text.includes(part));
    expect(said.map((u) => [u.effect, u.params])).toEqual([["to-check", { target: written, written: target, note: "②减排量为五年累计值；" }]]);
  });

  test("a note that explains the brackets (〔〕内为五年累计数) or one on a row without a mark changes no other row", async () => {
    const r = await imported("eco-2021-2025-cumulative-note.txt");
    if (r.template.kind !== "indicators") throw new Error(r.template.kind);
    expect(r.unread.filter((u) => u.code === "target-cumulative-note")).toHaveLength(4);
    expect(r.template.indicators.filter((i) => i.targetKind === "cumulative").map((i) => i.target)).toEqual(["〔18〕", "[13.5]", "〔0.52〕", "〔0.03〕", "〔0.86〕", "〔0.41〕"]);
  });
});
