import { readXlsxBuffer } from "../../src/hosts/xlsx/readXlsx";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { CheckReport } from "../../src/sheet/CheckReport";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { PlannedCell, PlannedSheet } from "../../src/sheet/SheetPlan";
import { summarize, type SummaryArrays } from "../../src/sheet/summarize";
import { wrappedLines } from "../../src/sheet/wrappedLines";
import { writeXlsx } from "../../src/hosts/xlsx/writeXlsx";
import { FLAGS_SHEET, SUMMARY_SHEET, internalLink, summaryWorkbookPlan } from "../../src/sheet/summarySheets";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";

/** The summary workbook as a person reads it (a first-time user's trial, item 14). */
const zs = findTemplate("zhoushan-2021-2025") as Template;
const qz = findTemplate("quzhou-2021-2025") as Template;
const e = (template: Template, id: string, key: string, value: number | string): InputEntry => ({ template: template.id, id, key, value });

async function report(entries: InputEntry[], reportingUnit = "定海区"): Promise<CheckReport> {
  const wb = planToWorkbook(buildWorkbookPlan([zs, qz], { year: 2023, reportingUnit }));
  expect(fillInputs(wb, entries)).toEqual([]);
  const r = checkGrid(await readXlsxBuffer(Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer)));
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

let sheets: PlannedSheet[] = [];
let figures: SummaryArrays;
beforeAll(async () => {
  const r = await report([
    // 〔15〕 running total 1 + 2 + 2.5 = 5.5 of 9 due: lagging, shown 累计 5.5（2023 年 2.5）
    e(zs, "zs21-13", "in:2021", 1), e(zs, "zs21-13", "in:2022", 2), e(zs, "zs21-13", "in:2023", 2.5),
    // beds 6 → 7, 6.2 in 2023 (p 0.2 < s/2 = 0.3): severe, with its 说明 so no issue message
    e(zs, "zs21-24", "in:2023", 6.2), e(zs, "zs21-24", "note", "床位建设延后"),
  ]);
  const s = summarize([{ file: "定海区.xlsx", report: r }]);
  if (!s.ok) throw new Error(s.message);
  figures = s.figures;
  sheets = summaryWorkbookPlan(s.figures, (_f, sheet, cell) => internalLink(sheet, cell)).sheets;
});

const sheet = (name: string): PlannedSheet => sheets.find((s) => s.name === name)!;
const at = (s: PlannedSheet, address: string): PlannedCell | undefined => s.cells.find((c) => c.address === address);
/** the flag row of an indicator (问题清单: 填报单位, 工作表, 位置, 指标/项目, 当年值, 状态, 问题) */
function flagRow(name: string): { shown: PlannedCell | undefined; status: unknown; problem: unknown } {
  const s = sheet(FLAGS_SHEET);
  const c = s.cells.find((x) => x.address.startsWith("D") && x.value === name);
  if (!c) throw new Error(name);
  const r = c.address.slice(1);
  return { shown: at(s, `E${r}`), status: at(s, `F${r}`)?.value, problem: at(s, `G${r}`)?.value };
}

describe("the summary workbook as read and printed", () => {
  test.each([SUMMARY_SHEET, FLAGS_SHEET])("%s heads the county column 填报单位, never 单位 (which reads as the unit of measure)", (name) => {
    const heads = sheet(name).cells.filter((c) => c.style === "header").map((c) => c.value);
    expect(heads).toContain("填报单位");
    expect(heads).not.toContain("单位");
  });

  test("a running total in the lagging list is on its two lines, each whole in its widened column, and its row is tall enough for them", () => {
    const s = sheet(SUMMARY_SHEET);
    const c = s.cells.find((x) => x.value === "累计\u00a05.5\n（2023\u00a0年 2.5）");
    expect(c?.style).toBe("textWrap");
    const row = Number(c!.address.replace(/^[A-Z]+/, ""));
    // at 8 wide LibreOffice cut a longer one mid-number (180.82（2 / 024 年): the column widens until each line fits
    const width = s.columns[3]!.width;
    expect(width).toBeGreaterThan(8);
    for (const line of String(c!.value).split("\n")) expect(wrappedLines(line, width)).toBe(1);
    expect(s.rowHeights[row]).toBeGreaterThanOrEqual(2 * 13.5);
  });

  test.each<[string, string, string, RegExp]>([
    // trial43c F5: as check and the 审核 sheet say it (missingDue), not 2023 年数值未填（目标 4.45）
    ["未填报: what check says, its 序时应达", "每千人护士数(人)", "", /^未填报（序时应达 3\.99）$/],
    // §3 our reading: a words target left blank with no reviewer's word is 未填报, and says what is asked
    ["未填报 of a words target: the target, and no reviewer's word", "居民人均可支配收入增长（%）", "", /^未填报（目标 保持全省领先，审核人员也未评估）$/],
    ["严重滞后 with a 说明: its progress against 序时进度", "每千人口拥有医疗机构床位数(张)", "6.2", /^进度 20\.0%，低于序时进度 60\.0%$/],
  ])("问题清单 %s", (_why, name, shown, problem) => {
    const row = flagRow(name);
    expect(row.shown?.value ?? "").toBe(shown === "" ? "" : Number(shown));
    expect(String(row.problem)).toMatch(problem);
    expect(row.problem).not.toBe(row.status);
  });

  // a manager's trial: 问题清单 clipped 累计 11（2023 年 4）, whose column (10 wide) LibreOffice wraps into three
  // lines in a row sized for two. The lines LibreOffice shows, by the column's width, were rendered and looked at
  // (10: 累计 / 11（2023 年 / 4）; 13: 累计 11（2023 年 / 4）); the row must hold them (the estimate may give a line more).
  // Now on two lines (figureLines) in a column widened for them: 13, 15 and 16 wide each show the two, rendered and looked at
  test.each<[string, number, string, Record<number, number>]>([
    ["the trial's", 11, "4", { 10: 3, 13: 2 }],
    ["a small", 5.5, "2.5", { 13: 2, 15: 2 }],
    ["a long", 1250.75, "430.25", { 13: 3, 16: 2 }],
  ])("问题清单 shows %s running total whole: the row as tall as the lines it wraps into", async (_, cumulative, value, linesByWidth) => {
    const flag = figures.flags.find((x) => x.item.cumulative !== undefined)!;
    const f: SummaryArrays = { ...figures, flags: [{ ...flag, item: { ...flag.item, cumulative, value } }], planNotes: [] };
    const s = summaryWorkbookPlan(f, (_f, sheet, cell) => internalLink(sheet, cell)).sheets.find((x) => x.name === FLAGS_SHEET)!;
    const shown = at(s, "E2");
    expect(shown?.style).toBe("textWrap");
    expect(shown?.value).toBe(`累计\u00a0${cumulative}\n（2023\u00a0年 ${value}）`);
    const width = s.columns[4]!.width;
    const lines = linesByWidth[width];
    if (lines === undefined) throw new Error(`render 问题清单 with 当年值 ${width} wide and add the lines LibreOffice shows`);
    expect(s.rowHeights[2]).toBeGreaterThanOrEqual(lines * 13.5);
    if (process.env["PLAN_RETURNS_KEEP"]) await writeXlsx({ sheets: [s], names: [] }, `${process.env["PLAN_RETURNS_KEEP"]}/flags-${cumulative}.xlsx`);
  });
});

describe("按单位统计's file names", () => {
  // a file name is a link, which LibreOffice does not wrap: the column widens to show it whole, up to 40 (26 until
  // trial37b F1 cut 开化县2023年度规划指标填报（终稿）.x) while the sheet prints at 85 % or more; a longer name wraps (Excel)
  test.each<[string, string[], number]>([
    ["names that fit keep column B at 13", ["收到/定海.xlsx", "收到/普陀.xlsx"], 13],
    ["the names distribute gives widen it a little", ["收到/2024-定海区.xlsx", "收到/2024-普陀区.xlsx"], 15],
    ["a long name widens it to fit on one line", ["收到/2025-南浔区.xlsx", "收到/2025-湖州市卫健委.xlsx"], 21],
    ["the trial's renamed file fits on one line", ["收到/开化县2023年度规划指标填报（终稿）.xlsx", "收到/2023-衢江区.xlsx"], 36],
    ["a very long name stops at 40", ["a/2025-某某市某某区卫生健康委员会第二版修订稿.xlsx", "b/2025-南浔区.xlsx"], 40],
  ])("%s", async (_why, files, width) => {
    const r = [await report([], "甲单位"), await report([], "乙单位")];
    const s = summarize(files.map((file, i) => ({ file, report: r[i]! })));
    if (!s.ok) throw new Error(s.message);
    const plan = summaryWorkbookPlan(s.figures, (_f, sh, cell) => internalLink(sh, cell)).sheets.find((x) => x.name === SUMMARY_SHEET)!;
    expect(plan.columns[1]?.width).toBe(width);
    const shown = files.map((f) => f.split("/").pop()!);
    // one line each at this width; one narrower and the longest would wrap (the column is no wider than it needs)
    for (const name of shown) if (width < 40) expect(wrappedLines(name, width)).toBe(1);
    if (width > 13) expect(Math.max(...shown.map((n) => wrappedLines(n, width - 1)))).toBe(2);
    expect(plan.cells.filter((c) => shown.includes(String(c.value))).length).toBe(2);
  });
});

describe("wrappedLines: lines of wrapped text as a spreadsheet breaks them (at spaces and beside CJK, never inside a number)", () => {
  test.each<[string, number, number]>([
    ["累计 11（2023 年 4）", 10, 3], // the trial's clipped cell: its characters alone would fill two lines
    ["累计 11（2023 年 4）", 8, 3],
    ["累计 11（2023 年 4）", 13, 2],
    ["累计 1250.75（2023 年 430.25）", 13, 3],
    ["累计 11\n（2023 年 4）", 13, 2], // a line break starts a line
    ["12345678901234567890", 8, 3], // a number longer than the line is cut
    ["指标名称未注明单位，无法推断，仅检查是否为数值", 50, 1],
    ["自然灾害灾情信息报告员覆盖率(%)", 20, 2],
    ["", 10, 1],
  ])("%j in a column %d wide: %d", (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });
});

// trial39a F8: the 模板 line read “十四五”推进农业农村现代化主要指标 while every sheet title said 湖州市“十四五”…: the summary
// names each plan as the return's sheets do, its region in front where its title does not name it (titleWithRegion)
describe("the summary names the plans as the return's sheets do", () => {
  test.each([
    ["a title without its region (舟山市)", "舟山市“十四五”公共服务主要指标目标表"],
    ["a title that names its region already (衢州市)", "“十四五”衢州市公共服务提升主要指标目标表"],
  ])("%s", (_why, shown) => {
    const cells = sheet(SUMMARY_SHEET).cells;
    const line = cells.find((c) => String(c.value).startsWith("模板："));
    expect(String(line?.value).slice(3).split("；")).toContain(shown);
    // 按模板与领域统计's 模板 column the same
    expect(cells.some((c) => c.address.startsWith("A") && c.value === shown)).toBe(true);
  });
});
