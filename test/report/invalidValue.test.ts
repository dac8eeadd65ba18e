import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
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
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const cells: string[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => { cells.push(String(c.value)); }));
    expect(cells).toContain(annex);
  });
});
