import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importPlanTable, importTable } from "../../src/import";
import { readTableFile } from "../../src/cli/readTableFile";
import { unreadMessage } from "../../src/import/unreadMessages";
import type { Template } from "../../src/templates/TemplateSchema";

/**
 * trial45 (博县“十四五”教育事业发展主要指标表): a row 「义务教育标准班额比例(%)其中:小学」 over its 初中 row, or both parts in
 * one name cell. Import said to write 其中： before 初中, and a user who did got 「义务教育标准班额比例(%)其中:小学：初中」. Each
 * part is now an indicator of its own, named after the parent (`义务教育标准班额比例：小学`, as a `其中：小学` row under it is),
 * with the parent's unit, whichever way the table writes them and whether or not the advice was followed.
 */
const PARENT = "义务教育标准班额比例(%)";
const EXPECTED = [
  ["1", "学前教育毛入园率(%)", "", "%", "99%", "99%以上"],
  ["2", "义务教育标准班额比例", "小学", "%", "34.52%", "80%以上"],
  ["2", "义务教育标准班额比例", "初中", "%", "77.34%", "85%以上"],
  ["3", "智慧校园比例(%)", "", "%", "60%", "100%"],
];
const shown = (t: Extract<Template, { kind: "indicators" }>): string[][] => t.indicators.map((d) => [d.number ?? "", d.name, d.part ?? "", d.unit, d.baseline ?? "", d.target ?? ""]);

/** The rows of each form: [序号, 指标, 2020年, 2025年, 属性] (a sheet's merged 序号 blank on the rows below). */
const FORMS: Array<[string, string[][]]> = [
  ["the first part glued to the name, the second on the row below", [["2", `${PARENT}其中:小学`, "34.52%", "80%以上", "预期性"], ["", "初中", "77.34%", "85%以上", "预期性"]]],
  // import's advice (no-number) followed literally: 其中： written before the part's name
  ["the advice followed: 其中： before 初中", [["2", `${PARENT}其中:小学`, "34.52%", "80%以上", "预期性"], ["", "其中：初中", "77.34%", "85%以上", "预期性"]]],
  ["the name ending in 其中：, the parts below", [["2", `${PARENT}其中：`, "", "", "预期性"], ["", "小学", "34.52%", "80%以上", "预期性"], ["", "初中", "77.34%", "85%以上", "预期性"]]],
  ["the name ending in 其中：, the advice followed below", [["2", `${PARENT}其中：`, "", "", "预期性"], ["", "其中：小学", "34.52%", "80%以上", "预期性"], ["", "其中：初中", "77.34%", "85%以上", "预期性"]]],
  ["both parts in the name cell, two values in each cell (/)", [["2", `${PARENT}其中:小学/初中`, "34.52%/77.34%", "80%以上/85%以上", "预期性"]]],
  ["both parts in the name cell, two values in each cell (、)", [["2", `${PARENT}其中：小学、初中`, "34.52%、77.34%", "80%以上、85%以上", "预期性"]]],
  ["both parts in the name cell, a line each, the first glued (Alt+Enter)", [["2", `${PARENT}其中:小学\n初中`, "34.52%\n77.34%", "80%以上\n85%以上", "预期性"]]],
];
const grid = (rows: string[][]): string[][] => [
  ["博县“十四五”教育事业发展主要指标表"], ["序号", "指标", "2020年", "2025年", "属性"],
  ["1", "学前教育毛入园率(%)", "99%", "99%以上", "约束性"], ...rows, ["3", "智慧校园比例(%)", "60%", "100%", "预期性"],
];

describe("a row's parts written after 其中: one indicator each, named after the parent", () => {
  // (the Alt+Enter form is a sheet's: in pasted text its line breaks are lines)
  test.each(FORMS.filter(([d]) => !d.includes("Alt+Enter")))("pasted text: %s", (_d, rows) => {
    const r = importTable(grid(rows).map((c) => c.join("\t")).join("\n"));
    if (!r.ok) throw new Error(r.message);
    expect(shown(r.template)).toEqual(EXPECTED);
    expect(r.stats.rowsNotLoaded).toBe(0);
    // nothing left to tell the user to write 其中： anywhere
    expect(r.unread.map((u) => u.code)).not.toContain("no-number");
    expect(r.template.indicators.map((d) => d.name).join()).not.toContain("其中");
  });

  const dir = mkdtempSync(join(tmpdir(), "named-parts-"));
  test.each(FORMS)(".xlsx: %s", async (_d, rows) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("主要指标");
    for (const r of grid(rows)) ws.addRow(r.map((c) => (c === "" ? null : /^\d+$/.test(c) ? Number(c) : c)));
    const file = join(dir, "plan.xlsx");
    await wb.xlsx.writeFile(file);
    const read = await readTableFile(file);
    if (!read.ok) throw new Error(read.message);
    const r = importPlanTable(read.text, { fileName: "plan.xlsx", source: read.source });
    if (!r.ok) throw new Error(r.message);
    if (r.template.kind !== "indicators") throw new Error(r.template.kind);
    expect(shown(r.template)).toEqual(EXPECTED);
    expect(r.unread.map((u) => u.code)).not.toContain("no-number");
  });

  test.each<[string, string]>([
    ["zh", "名称“义务教育标准班额比例(%)其中:小学”在“其中”之后写了分项：读作“义务教育标准班额比例(%)”的分项“小学”，其下没有序号的行是它的其他分项，已载入，请核对"],
    ["en", "the name “义务教育标准班额比例(%)其中:小学” writes parts after 其中: read as the part “小学” of “义务教育标准班额比例(%)”, the rows below it without a number its other parts; loaded, to check"],
  ])("name-parts said (%s)", (lang, text) => {
    const r = importTable(grid(FORMS[0]?.[1] ?? []).map((c) => c.join("\t")).join("\n"));
    if (!r.ok) throw new Error(r.message);
    const said = r.unread.find((u) => u.code === "name-parts");
    expect(said && unreadMessage(said, lang as "zh" | "en")).toBe(text);
  });
});
