import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { statedValue } from "../../src/domain/evaluationText";
import type { InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { cli } from "../support/cli";
import { countyReturns, countyReturnWith } from "./countyReturns";

// the report states a value by what check made of it: an invalid one (§2) quoted as typed and marked,
// never with the unit appended as if it were a figure (a manager's trial: 约3.2, "3,520", 95.5% typed)
test.each<[string, string, string, { invalid?: boolean; verify?: { code: "far_from_plan"; factor: number; side: "above" } }, string, string]>([
  ["a number, with its unit", "95", "%", {}, "95%", "95%"],
  ["an approximate value typed as text", "约3.2", "", { invalid: true }, "“约3.2”（数据异常，未采用）", "\"约3.2\" (invalid, not used)"],
  ["a number with separators typed as text: no unit appended", "3,520", "万人次", { invalid: true }, "“3,520”（数据异常，未采用）", "\"3,520\" (invalid, not used)"],
  ["full-width digits", "５９．２", "%", { invalid: true }, "“５９．２”（数据异常，未采用）", "\"５９．２\" (invalid, not used)"],
  ["95.5% in a percent style, as shown", "95.5%", "%", { invalid: true }, "“95.5%”（数据异常，未采用）", "\"95.5%\" (invalid, not used)"],
  ["a value to verify keeps its caveat", "500", "张", { verify: { code: "far_from_plan", factor: 10, side: "above" } }, "500 张（数值约为规划数值的 10 倍，待核实）", "500张 (the value is about 10× the plan's numbers: to be verified)"],
  ["nothing entered", "", "%", { invalid: true }, "", ""],
])("%s", (_d, value, unit, marks, zh, en) => {
  expect(statedValue(value, unit, marks, "zh")).toBe(zh);
  if (!marks.verify) expect(statedValue(value, unit, marks, "en")).toBe(en);
});

const dir = mkdtempSync(join(tmpdir(), "report-invalid-"));
let files: string[] = [];
beforeAll(async () => {
  files = await countyReturns(dir);
});

const withValues = (name: string, entries: InputEntry[]): Promise<string> => countyReturnWith(dir, files[0]!, name, entries);

const T = "zhoushan-2016-2020";

/** Every cell of a written report's first sheet, as text. */
async function firstSheetCells(xlsx: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const cells: string[] = [];
  wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => { cells.push(String(c.value)); }));
  return cells;
}
describe("report: an invalid value is quoted as typed, in the text, the 附表, the 评估 sheet and --json", () => {
  test.each<[string, InputEntry[], string, string, string, string]>([
    ["text with a word", [{ template: T, id: "zs16-18", key: "in:2018", value: "约40" }], "zs16-18", "not_a_number",
      "2018 年 “约40”（数据异常，未采用）", "“约40”（数据异常，未采用）"],
    ["a number with separators typed as text", [{ template: T, id: "zs16-18", key: "in:2018", value: "1,040" }], "zs16-18", "text_number",
      "2018 年 “1,040”（数据异常，未采用）", "“1,040”（数据异常，未采用）"],
  ])("%s", async (why, entries, id, code, line, annex) => {
    const file = await withValues(`${why.slice(0, 6)}.xlsx`, entries);
    const j = await cli("report", file, "--json");
    const doc = JSON.parse(j.out) as { items: Array<{ id: string; invalid?: string; status: string }> };
    const item = doc.items.find((i) => i.id === id);
    expect(item?.status).toBe("invalid");
    expect(item?.invalid).toBe(code);
    expect(doc.items.filter((i) => i.invalid !== undefined).length).toBe(1);
    const out = join(dir, `${why.slice(0, 6)}.docx`);
    expect((await cli("report", file, "--out", out)).code).toBe(0);
    const mammoth = await import("mammoth");
    const text = (await mammoth.extractRawText({ path: out })).value;
    expect(text).toContain(line);
    expect(text.split(/\n+/)).toContain(annex);
    const xlsx = join(dir, `${why.slice(0, 6)}.out.xlsx`);
    expect((await cli("report", file, "--out", xlsx)).code).toBe(0);
    expect(await firstSheetCells(xlsx)).toContain(annex);
  });
});

// a year the plan gives no target (`—`: 不适用) is not judged, but check still refuses a value §2 rejects
// (unjudged_value_invalid, a warning): a trial's report quoted 104.01 in a % row and a full-width ３.８ as
// the year's figures, unmarked, while 约8 in a judged row was marked
describe("report: a value check refuses in a year without a target is marked the same", () => {
  const Q = "qingtian-test";
  const template = {
    schemaVersion: 1, id: Q, kind: "indicators", title: "青田县“十四五”卫生健康发展规划主要指标", region: "青田县",
    source: { document: "plan.txt", table: "主要指标" }, baselineYear: 2020, targetYear: 2025, notes: [], yearlyTargetYears: [2021, 2022, 2023, 2024, 2025],
    indicators: [
      { id: "r06", domain: "医疗资源", number: "6", name: "每千人口注册护士数（人）", unit: "人", attribute: "预期性", baseline: "3.3", target: "4.0",
        yearlyTargets: { 2021: "—", 2022: "—", 2023: "—", 2024: "—", 2025: "4.0" }, targetKind: "point", source: "6" },
      { id: "r14", domain: "公共卫生", number: "14", name: "传染病报告及时率（%）", unit: "%", attribute: "约束性", baseline: "100", target: "100",
        yearlyTargets: { 2021: "—", 2022: "—", 2023: "—", 2024: "—", 2025: "100" }, targetKind: "point", source: "14" },
    ],
  };
  let base = "";
  beforeAll(async () => {
    const tfile = join(dir, "qingtian.json");
    writeFileSync(tfile, JSON.stringify(template));
    base = join(dir, "qingtian-2024.xlsx");
    const r = await cli("template", "--from", tfile, "--year", "2024", "--unit", "温溪镇", "--out", base);
    if (r.code !== 0) throw new Error(r.err);
  });

  test.each<[string, string, string | number, string, string, string]>([
    ["a percentage above 100", "r14", 104.01, "percent_out_of_range", "2024 年 “104.01”（数据异常，未采用）", "“104.01”（数据异常，未采用）"],
    ["full-width digits", "r06", "３.８", "text_number", "2024 年 “３.８”（数据异常，未采用）", "“３.８”（数据异常，未采用）"],
  ])("%s", async (_why, id, value, code, line, annex) => {
    const file = await countyReturnWith(dir, base, `na-${id}.xlsx`, [{ template: Q, id, key: "in:2024", value }]);
    const doc = JSON.parse((await cli("report", file, "--json")).out) as { items: Array<{ id: string; invalid?: string; status: string }> };
    const item = doc.items.find((i) => i.id === id);
    expect(item?.status).toBe("not_applicable");
    expect(item?.invalid).toBe(code);
    const out = join(dir, `na-${id}.docx`);
    expect((await cli("report", file, "--out", out)).code).toBe(0);
    const mammoth = await import("mammoth");
    const text = (await mammoth.extractRawText({ path: out })).value;
    expect(text).toContain(line);
    expect(text.split(/\n+/)).toContain(annex);
    const xlsx = join(dir, `na-${id}.out.xlsx`);
    expect((await cli("report", file, "--out", xlsx)).code).toBe(0);
    expect(await firstSheetCells(xlsx)).toContain(annex);
  });
});
