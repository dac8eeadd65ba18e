import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { cli } from "../support/cli";

// a trial's report of two units' project-list returns: 各填报单位评估结果汇总 read 0 in every column and 填报单位 × 指标评估等级 was an
// empty table with its 预警 note, while each unit's paragraph counted its projects (已实现 1 个…). A workbook of lists
// only has no indicator to count or grid: the tables are left out, in the .docx and the 评估 workbook (县区对比).
const PJ = "shengsi-2024-projects", RF = "shengsi-2024-reforms", ZS = "zhoushan-2021-2025";
const dir = mkdtempSync(join(tmpdir(), "lists-units-"));

/** [why, templates, entries, indicator tables shown] */
const CASES: Array<[string, string[], InputEntry[], boolean]> = [
  ["a project list only", [PJ], [{ template: PJ, id: "ss24-proj-03", key: "completed", value: 0.2 }, { template: PJ, id: "ss24-proj-03", key: "state", value: "在建" }], false],
  ["a project list and a reform list", [PJ, RF], [{ template: RF, id: "ss24-reform-04", key: "state", value: "推进中" }], false],
  ["an indicator table (control)", [ZS], [], true],
];

async function returns(name: string, templates: string[], entries: InputEntry[]): Promise<string[]> {
  const files: string[] = [];
  for (const unit of ["甲镇", "乙镇"]) {
    const file = join(dir, `${name}-${unit}.xlsx`);
    const r = await cli("template", ...templates, "--year", "2024", "--unit", unit, "--out", file);
    if (r.code !== 0) throw new Error(r.err);
    if (entries.length) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      if (fillInputs(wb, entries).length) throw new Error("not placed");
      await wb.xlsx.writeFile(file);
    }
    files.push(file);
  }
  return files;
}

describe("report of several units: the indicator tables agree with the paragraphs", () => {
  test.each(CASES)("%s", async (why, templates, entries, shown) => {
    const name = String(CASES.findIndex((c) => c[0] === why));
    const files = await returns(name, templates, entries);
    const docx = join(dir, `${name}.docx`), xlsx = join(dir, `${name}.xlsx`);
    expect((await cli("report", ...files, "--out", docx)).code).toBe(0);
    expect((await cli("report", ...files, "--out", xlsx)).code).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(docx))).file("word/document.xml")?.async("string") ?? "";
    const text = xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheets = book.worksheets.map((s) => s.name);
    expect(text.includes("各填报单位评估结果汇总")).toBe(shown);
    expect(text.includes("填报单位 × 指标评估等级")).toBe(shown);
    expect(text.includes("预警：约束性指标")).toBe(shown);
    expect(sheets.includes("县区对比")).toBe(shown);
    // each unit keeps its own section and its 评估 sheet
    for (const unit of ["甲镇", "乙镇"]) {
      expect(text).toContain(`${unit}：总体评估`);
      expect(sheets).toContain(`评估-${unit}`);
    }
    if (templates.includes(PJ)) expect(text).toContain("重大项目 21 个");
  }, 120000);
});
