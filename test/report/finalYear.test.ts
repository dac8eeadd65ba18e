import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { cli } from "../support/cli";
import { indicatorTemplate } from "../support/seedRows";
import { countyReturns } from "./countyReturns";

/**
 * The report in the plan's last year (Y = T) and with a bad value in an earlier year, in every
 * output that carries the §6 paragraph: --json, the .docx, the 评估 sheet and --lang en.
 */
const dir = mkdtempSync(join(tmpdir(), "final-year-"));
let final = "";
let counties: string[] = [];

interface ReportDoc { items: Array<{ id: string; name: string; attribute: string | null; grade: string }>; text: string }

async function docxText(file: string): Promise<string> {
  const xml = await (await JSZip.loadAsync(readFileSync(file))).file("word/document.xml")?.async("string") ?? "";
  return xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "").replace(/&gt;/g, ">").replace(/&lt;/g, "<").replace(/&amp;/g, "&");
}

beforeAll(async () => {
  // 舟山 十三五 in 2020 with the plan's own reported results (as the demo), and a 责任单位 for 城镇住房保障受益覆盖率
  const t = structuredClone(indicatorTemplate("zhoushan-2016-2020"));
  for (const d of t.indicators) if (d.id === "zs16-14") d.responsibleUnit = "市住建局";
  const tfile = join(dir, "zs16.json");
  writeFileSync(tfile, JSON.stringify(t));
  final = join(dir, "2020.xlsx");
  const r = await cli("template", "--from", tfile, "--year", "2020", "--unit", "定海区", "--out", final);
  if (r.code !== 0) throw new Error(r.err);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(final);
  if (fillInputs(wb, sampleReturn(t, 2020)).length) throw new Error("not placed");
  await wb.xlsx.writeFile(final);

  // 岱山县 2018: 95% typed in 2017 for a % row, text in 2016 for another
  counties = await countyReturns(join(dir));
  const check = JSON.parse((await cli("check", counties[2] ?? "", "--json")).out) as { items: Array<{ id: string; sheet: string; cells: Record<string, string> }> };
  const cb = new ExcelJS.Workbook();
  await cb.xlsx.readFile(counties[2] ?? "");
  const at = (id: string, year: string): ExcelJS.Cell => {
    const i = check.items.find((x) => x.id === id);
    const ws = cb.getWorksheet(i?.sheet ?? "");
    if (!i || !ws) throw new Error(id);
    return ws.getCell(i.cells[year] ?? "");
  };
  const c = at("zs16-14", "2017");
  c.value = 0.2412;
  c.style = { ...c.style, numFmt: "0.00%" }; // its own style: ExcelJS shares one style object between cells
  at("zs16-20", "2016").value = "约1.9";
  await cb.xlsx.writeFile(counties[2] ?? "");
});

const UNFINISHED = ["behind", "on_schedule", "ahead"];

describe("report in the plan's last year (Y = T): what is not achieved at the end, never 没有预计难以完成", () => {
  test("--json: the paragraph counts 期末未完成 as the table's rows, binding first with its 责任单位", async () => {
    const r = await cli("report", final, "--json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as ReportDoc;
    const k = doc.items.filter((i) => UNFINISHED.includes(i.grade)).length;
    expect(k).toBeGreaterThan(0);
    expect(doc.text).toContain(`截至规划期末（2020 年），已实现 ${doc.items.filter((i) => i.grade === "achieved").length} 项，未完成 ${k} 项（其中约束性 `);
    expect(doc.text).toContain(`未完成的 ${k} 项：城镇住房保障受益覆盖率 (%)（2020 年 25%，目标 >25%；责任单位：市住建局）；`);
    // in the last year nothing is early, ahead or on schedule any more: one set of words (our reading)
    expect(doc.text).not.toMatch(/提前实现|快于预期|基本符合预期|滞后于预期/);
    expect(doc.text).not.toContain("难以完成");
  });

  test.each([
    ["docx", ".docx"],
    ["the 评估 sheet", ".xlsx"],
  ] as const)("%s: the paragraph and a 期末未完成 list of as many lines, binding first", async (_what, ext) => {
    const out = join(dir, `2020-评估${ext}`);
    expect((await cli("report", final, "--out", out, "--force")).code).toBe(0);
    const doc = JSON.parse((await cli("report", final, "--json")).out) as ReportDoc;
    const k = doc.items.filter((i) => UNFINISHED.includes(i.grade)).length;
    let text: string;
    if (ext === ".docx") text = await docxText(out);
    else {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const ws = wb.getWorksheet("评估");
      expect(ws?.getCell("B2").value).toBe(doc.text);
      text = `${String(ws?.getCell("B2").value)}\n${String(ws?.getCell("B3").value)}`;
    }
    // the 评估 sheet holds the paragraph whole; the docx's 总体评估 sums up: its counts, then the 未完成 rows by name,
    // pointing to the section that gives each with its figures (trial29c F14: the list was said twice)
    if (ext === ".xlsx") expect(text).toContain(doc.text);
    else {
      const opening = doc.text.slice(0, doc.text.indexOf(`未完成的 ${k} 项：`));
      expect(opening.length).toBeGreaterThan(0);
      expect(text).toContain(`${opening}未完成的 ${k} 项：城镇住房保障受益覆盖率 (%)、`);
      expect(text).toContain("，逐项见“期末未完成的指标”。");
      expect(text).not.toContain("城镇住房保障受益覆盖率 (%)（2020 年 25%，目标 >25%；责任单位：市住建局）");
    }
    expect(text).not.toContain("没有预计难以完成");
    expect(text).toContain(ext === ".docx" ? "期末未完成的指标" : "期末未完成：");
    const lines = text.split("\n").filter((l) => /^\d+\. /.test(l) && /未完成，/.test(l));
    expect(lines).toHaveLength(k);
    expect(lines[0]).toBe("1. 【约束性未完成】城镇住房保障受益覆盖率 (%)（约束性）：规划期末（2020 年）未完成，2020 年为 25%，目标 >25%；责任单位：市住建局");
  });

  test("--lang en says it in English, with the same count", async () => {
    const out = join(dir, "2020-en.docx");
    const r = await cli("report", final, "--out", out, "--force", "--lang", "en");
    expect(r.code).toBe(0);
    const doc = JSON.parse((await cli("report", final, "--json")).out) as ReportDoc;
    const k = doc.items.filter((i) => UNFINISHED.includes(i.grade)).length;
    expect(r.out).toContain(`At the end of the plan period (2020): achieved ${doc.items.filter((i) => i.grade === "achieved").length}, not achieved ${k} (of which binding `);
    expect(r.out).toContain(`Not achieved: 城镇住房保障受益覆盖率 (%) (2020: 25%, target >25%; responsible unit: 市住建局); `);
    expect(r.out).not.toMatch(/[规划确定主要指标]{8}/);
  });
});

describe("a bad value in an earlier year is said to be left out of the trend (§2, §6)", () => {
  test.each([
    ["--json", "json"],
    ["docx", "docx"],
    ["--lang en", "en"],
  ] as const)("%s names the year, the indicator and why", async (_what, form) => {
    const f = counties[2] ?? "";
    let text: string;
    if (form === "json") text = (JSON.parse((await cli("report", f, "--json")).out) as ReportDoc).text;
    else if (form === "docx") {
      const out = join(dir, "岱山.docx");
      expect((await cli("report", f, "--out", out, "--force")).code).toBe(0);
      text = await docxText(out);
    } else text = (await cli("report", f, "--out", join(dir, "岱山-en.docx"), "--force", "--lang", "en")).out;
    expect(text).toContain(form === "en"
      ? "Left out of the trend and forecast as not a valid number: 城镇住房保障受益覆盖率 (%), 2017 (the cell is in a percent style: \"24.12%\" is stored as 0.2412; the row's unit is %, so enter 24.12 (without %)); 人均体育场地面积 (平方米), 2016 (expected a number (平方米 ≥ 0), found the approximate \"约1.9\": enter the exact figure; if it is 1.9, enter 1.9)."
      : "以下数值不是有效数值，未计入趋势与预测：城镇住房保障受益覆盖率 (%) 2017 年（单元格为百分比格式，填入「24.12%」实际存为 0.2412；本行单位为 %，应填 24.12（不带 %））；人均体育场地面积 (平方米) 2016 年（应填数值（平方米 ≥ 0），实际为约数「约1.9」：请填确切数值，如确为 1.9，请填 1.9）。");
  });

  test("the docx's domain section says it on the indicator's own line", async () => {
    const out = join(dir, "岱山-line.docx");
    expect((await cli("report", counties[2] ?? "", "--out", out, "--force")).code).toBe(0);
    const lines = (await docxText(out)).split("\n");
    expect(lines.find((l) => l.startsWith("城镇住房保障受益覆盖率 (%)（约束性）："))).toContain("2017 年的数值无效，未计入趋势");
    expect(lines.find((l) => l.startsWith("人均体育场地面积 (平方米)（预期性）："))).toContain("2016 年的数值无效，未计入趋势");
  });

  test("check keeps its contract: it judges year Y's value only", async () => {
    const r = JSON.parse((await cli("check", counties[2] ?? "", "--json")).out) as { items: Array<{ id: string; issues: Array<{ cell?: string; severity: string }>; cells: Record<string, string> }> };
    const housing = r.items.find((i) => i.id === "zs16-14");
    expect(housing?.issues.filter((i) => i.severity === "error" && i.cell === housing.cells["2017"])).toEqual([]);
  });
});
