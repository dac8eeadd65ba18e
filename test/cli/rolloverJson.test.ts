import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";

/**
 * `rollover --json` (rollover had no --json while check, summary, report and diff had): one JSON document on stdout, what
 * the lines say as data: the new returns (`rolled[]`, with the years never received, `yearsSkipped`), the files passed over
 * (`skipped[]`, summary's shape, plus rollover's `same_year` and `no_unit`), a unit's other returns (`versions`), the new
 * 报送台账 (`ledger`) and the units left without a new file (`unrolled`).
 */
const dir = mkdtempSync(join(tmpdir(), "rollover-json-"));
const sent = join(dir, "下发");
const got = join(dir, "收到");
const ledger = join(sent, "报送台账.xlsx");
const f = (name: string): string => join(got, name);
const BLANK = (year: number): string => `${year} 年度的填报一个数值也没有填（收到空表，按未报）：${year} 年的数值待补填`;
const UNITS = ["定海区", "普陀区", "岱山县", "嵊泗县", "六横镇", "金塘镇"];

interface Doc {
  year: number; templates: string[];
  rolled: Array<{ unit: string; file: string; from: number; out: string; carried: number; yearsSkipped?: number[]; coverBlank?: true; lines: string[] }>;
  skipped?: Array<Record<string, unknown>>; versions?: Array<Record<string, unknown>>;
  ledger?: { file: string; kept: boolean; units?: Array<{ unit: string; file: string; note?: string }> }; unrolled?: Array<{ unit: string; why: string }>;
}

const template = async (year: number, unit: string | null, out: string): Promise<void> => {
  expect((await cli("template", "zhoushan-2021-2025", "--year", String(year), ...(unit ? ["--unit", unit] : []), "--out", out)).code).toBe(0);
};

let doc: Doc;
let code = -1;
const out = join(dir, "下发2024");
beforeAll(async () => {
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", UNITS.join(","), "--deadline", "2024-01-31", "--out-dir", sent)).code).toBe(0);
  mkdirSync(got);
  copyFileSync(join(sent, "2023-定海区.xlsx"), f("2023-定海区.xlsx"));
  // 定海区 also sent last year's again; 岱山县 only its 2022 return (2023 never received); 嵊泗县 already the 2024 form;
  // a cover without 填报单位 under a name no unit was given, and one under the name distribute gave 金塘镇; 普陀区 an empty
  // workbook; 六横镇 nothing
  await template(2022, "定海区", f("2022-定海区.xlsx"));
  await template(2022, "岱山县", f("2022-岱山县.xlsx"));
  await template(2024, "嵊泗县", f("2024-嵊泗县.xlsx"));
  await template(2023, null, f("新建.xlsx"));
  await template(2023, null, f("2023-金塘镇.xlsx"));
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1");
  await wb.xlsx.writeFile(f("2023-普陀区.xlsx"));
  mkdirSync(join(dir, "只有本年"));
  copyFileSync(f("2024-嵊泗县.xlsx"), join(dir, "只有本年", "2024-嵊泗县.xlsx"));
  const r = await cli("rollover", got, "--year", "2024", "--out-dir", out, "--ledger", ledger, "--json");
  code = r.code;
  doc = JSON.parse(r.out) as Doc;
}, 120000);

describe("rollover of a folder --json: one document, what the lines say", () => {
  test.each<[string, (d: Doc) => unknown, unknown]>([
    ["the year and the templates", (d) => [d.year, d.templates], [2024, ["zhoushan-2021-2025"]]],
    ["each new return: unit, the return rolled from, its year, the new file, the years never received, a blank cover", (d) => d.rolled.map((x) => [x.unit, x.file, x.from, x.out, x.yearsSkipped ?? [], x.coverBlank ?? false]),
      [["定海区", f("2023-定海区.xlsx"), 2023, join(out, "2024-定海区.xlsx"), [], false], ["岱山县", f("2022-岱山县.xlsx"), 2022, join(out, "2024-岱山县.xlsx"), [2023], false],
        ["金塘镇", f("2023-金塘镇.xlsx"), 2023, join(out, "2024-金塘镇.xlsx"), [], true]]],
    ["each new return's lines are the terminal's: 已生成 first, then rolled_years_skipped's note", (d) => d.rolled.map((x) => [x.lines[0]?.startsWith(`已生成 ${x.out}`), x.lines.some((l) => l.startsWith("注意：岱山县：") && l.includes("没有收到 2023 年度的填报"))]),
      [[true, false], [true, true], [true, false]]],
    ["the files passed over, with their reasons", (d) => d.skipped, [
      { file: f("2024-嵊泗县.xlsx"), reason: "same_year", unit: "嵊泗县", year: 2024 },
      { file: f("新建.xlsx"), reason: "no_unit" },
      { file: f("2023-普陀区.xlsx"), reason: "empty_workbook", unit: "普陀区" },
    ]],
    ["a unit's other return", (d) => d.versions, [{ unit: "定海区", file: f("2023-定海区.xlsx"), others: [f("2022-定海区.xlsx")], laterYear: true }]],
    ["the new ledger: every unit of the old, its 备注", (d) => [d.ledger?.file, d.ledger?.kept, d.ledger?.units?.map((u) => [u.unit, u.note ?? ""])], [join(out, "报送台账.xlsx"), false, [
      // the returns here are forms sent back blank (收到空表, rolled_note_year_blank: trial37b F4)
      ["定海区", BLANK(2023)], ["普陀区", "收到的文件无法换年度（工作簿是空的：没有一张工作表有内容），未生成文件"], ["岱山县", `${BLANK(2022)}；2023 年度的填报未收到：按 2022 年度的填报换年度，2023 年的数值待补填`],
      ["嵊泗县", "收到的已是 2024 年度的填报，未换年度"], ["六横镇", "今年未报送，未生成文件"], ["金塘镇", BLANK(2023)],
    ]]],
    ["the units without a new file, and why", (d) => d.unrolled, [{ unit: "普陀区", why: "unusable" }, { unit: "嵊泗县", why: "same_year" }, { unit: "六横镇", why: "not_sent" }]],
  ])("%s", (_name, part, expected) => {
    expect(code).toBe(0);
    expect(part(doc)).toEqual(expected);
  });
});

describe("the other forms", () => {
  test.each<[string, string[], number, (d: Doc) => unknown, unknown]>([
    ["one file: the same document, one return rolled", ["rollover", f("2022-岱山县.xlsx"), "--year", "2024", "--out", join(dir, "单个", "岱山县.xlsx")], 0,
      (d) => [d.year, d.rolled.map((x) => [x.unit, x.from, x.yearsSkipped, x.lines.length > 1]), d.skipped, d.ledger], [2024, [["岱山县", 2022, [2023], true]], undefined, undefined]],
    ["one file whose 填报说明 sheet (the cover) names no unit: coverBlank, said in its lines", ["rollover", f("新建.xlsx"), "--year", "2024", "--out", join(dir, "单个", "新建.xlsx")], 0,
      (d) => d.rolled.map((x) => [x.unit, x.coverBlank, x.lines[x.lines.length - 1]]), [["", true, `${f("新建.xlsx")}：「填报说明」表 C4 的填报单位是空的，新文件 ${join(dir, "单个", "新建.xlsx")} 的也是空的；请在新文件的「填报说明」表 C4 填写填报单位后再下发`]]],
    ["one file, --lang en: the lines in English, the codes alike", ["rollover", f("2022-岱山县.xlsx"), "--year", "2024", "--out", join(dir, "单个", "岱山县-en.xlsx"), "--lang", "en"], 0,
      (d) => d.rolled.map((x) => [x.yearsSkipped, x.lines.some((l) => l.startsWith("Note: 岱山县: "))]), [[[2023], true]]],
    ["nothing to roll over: exit 1, the document says so (rolled [])", ["rollover", join(dir, "只有本年"), "--year", "2024", "--out-dir", join(dir, "无")], 1,
      (d) => [d.rolled, d.skipped], [[], [{ file: join(dir, "只有本年", "2024-嵊泗县.xlsx"), reason: "same_year", unit: "嵊泗县", year: 2024 }]]],
  ])("%s", async (_name, args, exit, part, expected) => {
    const r = await cli(...args, "--json");
    expect(r.code).toBe(exit);
    expect(part(JSON.parse(r.out) as Doc)).toEqual(expected);
  }, 60000);

  test("without --json the lines are as they were", async () => {
    const r = await cli("rollover", f("2022-岱山县.xlsx"), "--year", "2024", "--out", join(dir, "单个", "岱山县-文字.xlsx"));
    expect(r.code).toBe(0);
    expect(r.out.startsWith(`已生成 ${join(dir, "单个", "岱山县-文字.xlsx")}`)).toBe(true);
  }, 60000);
});
