import { readingOf } from "./rules/harness";
import { startReading } from "../../src/import/startReading";
import type { TableSource } from "../../src/import/TableSource";

const HEAD = ["某县“十四五”主要指标", "序号\t指标\t2020年\t2025年\t属性"];
/** the header of a table pasted with full-width spaces between its cells (trial32) */
const HEAD_SPACED = ["某县“十四五”主要指标", "序号　指标名称　单位　2020年　2025年　属性"];
/** the same with a 备注 column a row may leave blank */
const HEAD_NOTE = ["某县“十四五”主要指标", "序号　指标名称　单位　2020年　2025年　属性　备注"];

describe("TableReading.setValues: a row's cells matched to the header's value columns", () => {
  test.each<[string, string[], string, string[], string[]]>([
    ["one to one", ["1", "2", "约束性"], "ok", ["1", "2", "约束性"], []],
    ["trailing empty cells dropped", ["1", "2", "约束性", "", ""], "ok", ["1", "2", "约束性"], []],
    ["a merged cell", ["保持全省领先", "", ""], "failed", [], ["one-cell"]],
    ["too many", ["1", "2", "3", "约束性"], "failed", [], ["cell-count"]],
    ["an attribute in a value column", ["约束性", "2", "约束性"], "failed", [], ["row-shifted"]],
    ["an unknown attribute", ["1", "2", "考核"], "ok", ["1", "2", "考核"], ["attribute-unknown"]],
    // (tab text: each cell in its column, the blank 属性 a blank cell; trial27c)
    // an empty 属性 cell is said by rules/attributeColumn, once the notes below the table are read (其余为预期性 gives it one)
    ["an empty attribute", ["1", "2", ""], "ok", ["1", "2", ""], []],
    ["an empty attribute, the row ending before it", ["1", "2"], "ok", ["1", "2", ""], []],
    ["an empty middle cell, the row ending before the last", ["", "2"], "ok", ["", "2", ""], ["value-empty"]],
    ["an empty baseline", ["", "2", "约束性"], "ok", ["", "2", "约束性"], ["value-empty"]],
    ["spaces of a PDF's line break", ["1", "保持全省 领先", "预期性"], "ok", ["1", "保持全省领先", "预期性"], ["cjk-spaces"]],
    // one cell short, the 属性 word under the target: the baseline or the target is missing, which cannot be told (a 累计's is read: below)
    ["one cell short, the attribute under the target", ["1", "约束性"], "failed", [], ["row-shifted"]],
  ])("%s", (_d, cells, state, values, codes) => {
    const reading = readingOf(HEAD);
    const row = reading.addRow({ group: { name: "", rows: 0, fromCell: false }, number: "1", name: "甲" }, 2);
    reading.setValues(row, cells, 2, false);
    expect([row.state, row.state === "ok" ? row.values : []]).toEqual([state, values]);
    expect(reading.unread.map((u) => u.code)).toEqual(codes);
  });

  // 2015年 | 2020年 | 〔累计〕 | 属性: the missing cell is the blank 累计 (trial28c: `70。8 | >80 | 预期性` was refused as shifted)
  test.each<[string, string[], string, string[], string[]]>([
    ["the 累计 left out", ["70.8", ">80", "预期性"], "ok", ["70.8", ">80", "", "预期性"], ["attribute-early"]],
    ["the 属性 in its column", ["70.8", ">80", "", "预期性"], "ok", ["70.8", ">80", "", "预期性"], []],
    ["two cells short", [">80", "预期性"], "failed", [], ["row-shifted"]],
    ["an attribute word, not last", ["预期性", ">80", "1"], "failed", [], ["row-shifted"]],
  ])("a 累计 column before 属性: %s", (_d, cells, state, values, codes) => {
    const reading = readingOf(["某县“十三五”主要指标", "指标\t2015年\t2020年\t〔累计〕\t属性"]);
    const row = reading.addRow({ group: { name: "", rows: 0, fromCell: false }, number: "", name: "甲" }, 2);
    reading.setValues(row, cells, 2, false);
    expect([row.state, row.state === "ok" ? row.values : []]).toEqual([state, values]);
    expect(reading.unread.map((u) => u.code)).toEqual(codes);
  });

  // trial32: a table pasted with full-width spaces between its cells: a run of them is one separator, so an empty 单位
  // cell is lost; a name that gives its unit in brackets says which cell that was (the same row with tabs reads so)
  test.each<[string, string[], string, string[], string, string[], string[], boolean]>([
    ["the name's （%）, its 单位 cell lost", HEAD_SPACED, "普通国省道二级及以上公路比例（%）", ["78.6", "≥85", "预期性"], "ok", ["", "78.6", "≥85", "预期性"], ["unit-from-name"], false],
    ["a footnote mark after the unit", HEAD_SPACED, "道路运输万车死亡率（人/万车）②", ["2.1", "≤1.5", "约束性"], "ok", ["", "2.1", "≤1.5", "约束性"], ["unit-from-name"], false],
    ["a slash for the baseline", HEAD_SPACED, "营运车辆单位运输周转量二氧化碳排放下降（%）", ["/", "〔5〕", "预期性"], "ok", ["", "/", "〔5〕", "预期性"], ["unit-from-name"], false],
    // trial34: a name with no unit whose cell under 单位 is no unit: that lost cell is the blank 单位 (main: cell-count, not loaded)
    ["no unit in the name, a level under 单位", HEAD_SPACED, "城乡公交一体化发展水平", ["AAA级", "AAAA级", "预期性"], "ok", ["", "AAA级", "AAAA级", "预期性"], ["unit-left-blank"], false],
    ["no unit in the name, a figure under 单位", HEAD_SPACED, "人均预期寿命", ["79", "80", "预期性"], "ok", ["", "79", "80", "预期性"], ["unit-left-blank"], false],
    ["no unit in the name, a slash under 单位", HEAD_SPACED, "智慧交通建设", ["/", "基本建成", "预期性"], "ok", ["", "/", "基本建成", "预期性"], ["unit-left-blank"], false],
    ["a name ending in 率 (no written unit), a figure under 单位", HEAD_SPACED, "城镇调查失业率", ["5.2", "<5.5", "预期性"], "ok", ["", "5.2", "<5.5", "预期性"], ["unit-left-blank"], false],
    ["no unit in the name, a unit under 单位: a value lost, tabs asked for", HEAD_SPACED, "人均预期寿命", ["岁", "80", "预期性"], "failed", [], ["cell-count"], true],
    ["no unit in the name, a unit with a scale under 单位: tabs asked for", HEAD_SPACED, "孕产妇死亡", ["1/10万", "9", "约束性"], "failed", [], ["cell-count"], true],
    ["the name's unit under 单位: a value lost, tabs asked for", HEAD_SPACED, "甲率（%）", ["%", "≥85", "预期性"], "failed", [], ["cell-count"], true],
    ["another unit under 单位: tabs asked for", HEAD_SPACED, "乙量（万吨）", ["公里", "12", "预期性"], "failed", [], ["cell-count"], true],
    ["tab text, a cell too many: no tabs to ask for", HEAD, "甲率（%）", ["1", "2", "3", "约束性"], "failed", [], ["cell-count"], false],
    // trial34: a 备注 column after 属性, which a row may leave blank: the 属性 word says whether 单位 or 备注 is the blank
    ["no unit, no 备注", HEAD_NOTE, "人均预期寿命", ["79", "80", "预期性"], "ok", ["", "79", "80", "预期性", ""], ["unit-left-blank"], false],
    ["no unit, a 备注", HEAD_NOTE, "人均预期寿命", ["79", "80", "预期性", "省统计"], "ok", ["", "79", "80", "预期性", "省统计"], ["unit-left-blank"], false],
    ["a unit no unit list knows (星级), no 备注: the 备注 is the blank", HEAD_NOTE, "旅游饭店", ["星级", "3", "5", "预期性"], "ok", ["星级", "3", "5", "预期性", ""], [], false],
    ["the name's （%）, a mark under 属性 (▲, read by the note below)", HEAD_SPACED, "森林覆盖率（%）", ["61.2", "≥62", "▲"], "ok", ["", "61.2", "≥62", "▲"], ["unit-from-name"], false],
  ])("a spaced row one cell short: %s", (_d, head, name, cells, state, values, codes, tabs) => {
    const reading = readingOf(head);
    const row = reading.addRow({ group: { name: "", rows: 0, fromCell: false }, number: "3", name }, 2);
    reading.setValues(row, cells, 2, false);
    expect([row.state, row.state === "ok" ? row.values : []]).toEqual([state, values]);
    expect(reading.unread.map((u) => u.code)).toEqual(codes);
    expect(reading.unread.some((u) => u.reason.includes("请把该行各列改用 Tab 分隔后重新导入"))).toBe(tabs);
  });

  test("a part label before the values, where allowed", () => {
    const reading = readingOf(HEAD);
    const row = reading.addRow({ group: { name: "", rows: 0, fromCell: false }, number: "1", name: "甲" }, 2);
    reading.setValues(row, ["城镇", "1", "2", "约束性"], 2, true);
    expect([row.state, row.part, row.values]).toEqual(["ok", "城镇", ["1", "2", "约束性"]]);
  });
});

describe("TableReading.nextGroup: the domain of a row", () => {
  test.each<[string, (r: ReturnType<typeof readingOf>) => void, string, string, string[]]>([
    ["a domain cell", () => undefined, "民生", "民生", []],
    ["no domain cell: the current one", (r) => { r.group = { name: "经济", rows: 2, fromCell: true }; }, "", "经济", []],
    ["pieces on lines of their own joined", (r) => { r.pending = [{ text: "幼儿", at: 2 }, { text: "照护", at: 3 }]; }, "服务", "幼儿照护服务", ["domain-joined"]],
    ["cut by a page break", (r) => { r.group = { name: "社会", rows: 1, fromCell: true }; r.pageBreak = true; }, "保障", "社会保障", ["domain-page-break"]],
    ["a new domain after a page break", (r) => { r.group = { name: "经济发展", rows: 3, fromCell: true }; r.pageBreak = true; }, "民生", "民生", []],
  ])("%s", (_d, setup, cell, name, codes) => {
    const reading = readingOf(HEAD);
    setup(reading);
    expect(reading.nextGroup(cell, 4).name).toBe(name);
    expect(reading.unread.map((u) => u.code)).toEqual(codes);
  });
});

describe("TableReading.nextGroup: a section row of its own over domain cells (trial45a F3, F4)", () => {
  const SECTION = { text: "生态环境质量", at: 2 };
  test.each<[string, (r: ReturnType<typeof readingOf>) => void, string, boolean, string, string[]]>([
    ["over a numbered domain cell (`1.空气质量`): the level above it", (r) => { r.pending = [SECTION]; }, "空气质量", true, "生态环境质量·空气质量", ["domain-section"]],
    ["over rows without a domain cell: the domain, no join said", (r) => { r.pending = [{ text: "生态保护修复", at: 2 }]; }, "", false, "生态保护修复", []],
    ["the same words in the domain cell: once", (r) => { r.pending = [{ text: "生态保护修复", at: 2 }]; }, "生态保护修复", false, "生态保护修复", []],
    ["a row continuing the domain cell: the same domain", (r) => { r.group = { name: "生态环境质量·空气质量", rows: 1, fromCell: true, cell: "空气质量" }; }, "空气质量", false, "生态环境质量·空气质量", []],
    ["the next domain cell under the section", (r) => { r.major = "生态环境质量"; r.group = { name: "生态环境质量·空气质量", rows: 2, fromCell: true, cell: "空气质量" }; }, "水环境质量", false, "生态环境质量·水环境质量", []],
  ])("%s", (_d, setup, cell, whole, name, codes) => {
    const reading = readingOf(HEAD);
    setup(reading);
    expect(reading.nextGroup(cell, 4, whole).name).toBe(name);
    expect(reading.unread.map((u) => u.code)).toEqual(codes);
  });

  // a sheet's or a document's rows are rows: a line of its own there is no piece of the cell below it (a paste's
  // may be a PDF's wrapped cell, still joined: importTable.test's 幼儿 / 照护 / 服务)
  test.each<[string, TableSource, string, string[]]>([
    ["a sheet", { kind: "sheet", rows: [1, 2, 3, 4, 5] }, "生态环境质量·空气质量", ["domain-section"]],
    ["a document's table", { kind: "docx", rows: [1, 2, 3, 4, 5] }, "生态环境质量·空气质量", ["domain-section"]],
    ["a spreadsheet's rows copied to the clipboard", { kind: "paste", copiedFrom: "excel" }, "生态环境质量·空气质量", ["domain-section"]],
  ])("an unnumbered domain cell below it, from %s", (_d, source, name, codes) => {
    const s = startReading([...HEAD, "生态环境质量", "空气质量\t1\t甲率(%)\t1\t2\t约束性"].join("\n"), "", source);
    if (!s.ok) throw new Error(s.message);
    s.reading.pending = [SECTION];
    expect(s.reading.nextGroup("空气质量", 3).name).toBe(name);
    expect(s.reading.unread.map((u) => u.code)).toEqual(codes);
  });
});

describe("TableReading.afterName: a name merged across the header's 指标 columns (trial45a F1)", () => {
  // (a row filling the second column keeps it: a column blank on every row is dropped, blankColumnsDropped)
  const SPAN = ["某县指标", "指标\t\t2015年\t2020年\t〔累计〕\t属性", "1.空气质量\t甲率（%）\t76.7\t>80\t-\t约束性"];
  test.each<[string, string[], string, number, string[], string[]]>([
    ["the blank after the name, as after the header's 指标: no value", SPAN, "7.乙率（%）\t\t-\t>95\t-\t预期性", 0, ["-", ">95", "-", "预期性"], ["name-merged"]],
    ["a row that fits as written (its 属性 blank): as written", SPAN, "7.乙率（%）\t\t-\t>95\t-", 0, ["", "-", ">95", "-"], []],
    ["a filled cell after the name: as written", SPAN, "7.乙率（%）\t城镇\t-\t>95\t-\t预期性", 0, ["城镇", "-", ">95", "-", "预期性"], []],
    ["the name in the label's second cell: as written", SPAN, "2.水环境质量\t乙率（%）\t\t>95\t-\t预期性", 1, ["", ">95", "-", "预期性"], []],
    ["a header with a 序号 column (setValues' own)", ["某县指标", "序号\t指标\t\t2020年\t2025年\t属性", "1\t甲\t城镇\t1\t2\t预期性"], "2\t乙率（%）\t\t1\t2\t预期性", 1, ["", "1", "2", "预期性"], []],
  ])("%s", (_d, head, line, nameAt, after, codes) => {
    const reading = readingOf([...head, line]);
    const at = head.length;
    expect(reading.afterName(reading.grid[at] ?? [], nameAt, at)).toEqual(after);
    expect(reading.unread.map((u) => u.code)).toEqual(codes);
  });
});

describe("TableReading.numberOf: a 序号, not a value that looks like one", () => {
  const NO_NUMBER = ["某县“十四五”主要指标", "指标名称\t单位\t2020年基期值\t2025年目标值\t属性"];
  test.each<[string, string[], string, string | null]>([
    ["no 序号 column: a decimal value right of the name is no 序号", NO_NUMBER, "人均预期寿命\t岁\t81.5\t82以上\t预期性", null],
    ["no 序号 column: a whole number value neither", NO_NUMBER, "床位数\t张\t13\t15以上\t预期性", null],
    ["no 序号 column, yet a 序号 before the name", NO_NUMBER, "1\t人均预期寿命\t岁\t81.5\t82\t预期性", "1"],
    ["a 序号 column: read as before", HEAD, "1\t甲率(%)\t1\t2\t约束性", "1"],
  ])("%s", (_d, head, line, number) => {
    const reading = readingOf([...head, line]);
    expect(reading.numberOf(reading.grid[head.length] ?? [])?.number ?? null).toBe(number);
  });
});
