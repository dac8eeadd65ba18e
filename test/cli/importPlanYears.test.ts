import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import type { IndicatorTemplate } from "../../src/templates/TemplateSchema";

/**
 * A fresh user's 江苏 小康 sheet: 指标名称 merged over B:C (the group, then its sub-indicators), 序号 and the
 * group merged down over them, only a target year (2020年目标值) and no plan period in the title. Before, it
 * was refused for its years; with 十三五 in the title, 26 of 29 rows were refused (读到 4 格数值).
 */
const dir = mkdtempSync(join(tmpdir(), "import-plan-years-"));

async function makeXlsx(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("小康指标");
  ws.addRow(["江苏高水平全面建成小康社会指标"]);
  ws.addRow(["序号", "指标名称", "", "计量单位", "2020年目标值", "资料来源"]);
  ws.mergeCells("B2:C2");
  ws.addRow([1, "常住人口城镇化率", "", "%", "≥72", "省统计局"]);
  ws.mergeCells("B3:C3");
  ws.addRow([2, "人力资源水平", "每万劳动力中研发人员数", "人年", "≥140", "省统计局"]);
  ws.addRow(["", "", "每万劳动力中高技能人才数", "人", "≥750", ""]);
  ws.mergeCells("A4:A5");
  ws.mergeCells("B4:B5");
  ws.mergeCells("F4:F5");
  ws.addRow([3, "农村低收入人口累计脱贫率", "", "%", "=100", "省扶贫办"]);
  ws.mergeCells("B6:C6");
  await wb.xlsx.writeFile(file);
}

describe("import of a sheet with only a target year and 指标名称 merged over two columns", () => {
  const xlsx = join(dir, "js.xlsx");
  beforeAll(() => makeXlsx(xlsx));

  test.each<[string, string[], number, RegExp]>([
    ["no baseline year: one line naming it and --baseline-year", [], 2, /只有目标年份 2020，没有基期年份.*--baseline-year/],
    ["in English", ["--lang", "en"], 2, /only the target year 2020, no baseline year.*--baseline-year/],
    ["not a year", ["--baseline-year", "15"], 1, /--baseline-year 应为 2000–2100 之间的年份/],
  ])("%s", async (_d, extra, code, message) => {
    const r = await cli("import", xlsx, ...extra, "--out", join(dir, `refused-${extra.join("")}.json`));
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
  });

  test("--baseline-year 2015: every row, the sub-indicators as parts (said), =100 a point", async () => {
    const out = join(dir, "js.json");
    const r = await cli("import", xlsx, "--baseline-year", "2015", "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/“人力资源水平”（序号 2）分为几项指标/);
    const t = JSON.parse(readFileSync(out, "utf8")) as IndicatorTemplate;
    expect([t.baselineYear, t.targetYear]).toEqual([2015, 2020]);
    expect(t.indicators.map((d) => [d.name, d.part ?? null, d.unit, d.target, d.targetKind])).toEqual([
      ["常住人口城镇化率", null, "%", "≥72", "floor"],
      ["人力资源水平", "每万劳动力中研发人员数", "人年", "≥140", "floor"],
      ["人力资源水平", "每万劳动力中高技能人才数", "人", "≥750", "floor"],
      ["农村低收入人口累计脱贫率", null, "%", "=100", "point"],
    ]);
  });
});
