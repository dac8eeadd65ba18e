import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorkbookFile } from "../../src/cli/loadWorkbookFile";
import { yearBlankLine } from "../../src/cli/yearBlankLine";
import { blankOf } from "../../src/cycle/blankOf";
import { figuresWanted } from "../../src/cycle/figuresWanted";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { checkGrid } from "../../src/sheet/checkGrid";
import { cli } from "../support/cli";

/**
 * Session 42: a project list rolled over to 2024 asks for each 累计完成投资 (本年度未填; the pane's 填写数值). Once one
 * figure was typed, the return no longer held nothing for its year: the other blank rows went back to 填写说明 in the pane
 * and check said nothing of them. A return holding entries besides the year's figures (the 状态 carried) keeps asking
 * for the blank rows' figures, whatever other rows hold, and check names those rows under its title.
 */
const P = "quzhou-2021-2025-housing-projects";
const ROWS = ["qz21-housing-01", "qz21-housing-02", "qz21-housing-03", "qz21-housing-04"];
const dir = mkdtempSync(join(tmpdir(), "figures-wanted-"));
let rolled = "";

async function filled(file: string, entries: InputEntry[], out: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(fillInputs(wb, entries)).toEqual([]);
  await wb.xlsx.writeFile(out);
  return out;
}

beforeAll(async () => {
  const made = join(dir, "2023-柯城区.xlsx");
  const r = await cli("template", P, "--year", "2023", "--unit", "柯城区", "--out", made);
  expect(r.code).toBe(0);
  const e = (id: string, key: string, value: ExcelJS.CellValue): InputEntry => ({ template: P, id, key, value });
  await filled(made, ROWS.flatMap((id, k) => [e(id, "completed", 10 - 2 * k), e(id, "state", "在建"), e(id, "unit", "柯城区住建局")]), made);
  rolled = join(dir, "2024-柯城区.xlsx");
  const roll = await cli("rollover", made, "--year", "2024", "--out", rolled);
  expect([roll.code, roll.err]).toEqual([0, ""]);
});

describe("a rolled project list's blank rows keep asking for their figure", () => {
  test.each<[string, Array<[id: string, key: string, value: ExcelJS.CellValue]>, string[], string | null, string | null]>([
    ["nothing typed yet: 本年度未填, every row", [], ["K4", "K5", "K6", "K7"],
      "本年度未填：项目的累计完成投资都是空的", "No values for the year: every project's 累计完成投资"],
    ["one figure typed: the other three still named", [["qz21-housing-01", "completed", 12]], ["K5", "K6", "K7"],
      "本年度尚未填完：3 个项目的累计完成投资是空的（K5、K6、K7；清单按年度填写，请填写截至 2024 年底的累计完成投资），未填的按未填报",
      "Not yet filled for the year: 3 projects' 累计完成投资 (investment completed to date) are blank (K5, K6, K7; a list is filled in each year: type each project's total to the end of 2024); rows left blank are Not reported"],
    ["a blank row with its reason in 说明 is 未填报（已说明）: not asked", [["qz21-housing-01", "completed", 12], ["qz21-housing-02", "note", "项目暂缓，待省发改委批复后续建"]], ["K6", "K7"],
      "本年度尚未填完：2 个项目的累计完成投资是空的（K6、K7；", "2 projects' 累计完成投资"],
    // the pane's own roll (paneRollFigures): only one row had a 状态 to carry, the others hold nothing of their own
    ["rows holding nothing of their own in a rolled list: still asked", [["qz21-housing-01", "completed", 12], ["qz21-housing-03", "state", null], ["qz21-housing-04", "state", null]], ["K5", "K6", "K7"],
      "3 个项目的累计完成投资是空的（K5、K6、K7；", "3 projects' 累计完成投资"],
    ["a list holding nothing but the year's figures (as first filled): 填写说明 as any blank row", [["qz21-housing-01", "completed", 12], ...ROWS.map((id): [string, string, null] => [id, "state", null])], [], null, null],
    ["every figure typed: nothing asked", ROWS.map((id) => [id, "completed", 12]), [], null, null],
  ])("%s", async (why, typed, cells, zh, en) => {
    const file = await filled(rolled, typed.map(([id, key, value]) => ({ template: P, id, key, value })), join(dir, `${why.slice(0, 12)}.xlsx`));
    const g = await loadWorkbookFile(file);
    if (!g.ok) throw new Error(g.message);
    const c = checkGrid(g.grid);
    if (!c.ok) throw new Error(c.message);
    const blank = blankOf(g.grid, c.report);
    const wanted = figuresWanted(g.grid, c.report);
    expect([...wanted.values()]).toEqual(cells);
    const line = (lang: "zh" | "en"): string | null => yearBlankLine(c.report, blank, lang, wanted);
    if (zh === null || en === null) expect([line("zh"), line("en")]).toEqual([null, null]);
    else {
      expect(line("zh")).toContain(zh);
      expect(line("en")).toContain(en);
    }
  });

  test("check prints the line under its title", async () => {
    const file = await filled(rolled, [{ template: P, id: "qz21-housing-01", key: "completed", value: 12 }], join(dir, "printed.xlsx"));
    const r = await cli("check", file);
    expect(r.out.split("\n")[1]).toBe("! 本年度尚未填完：3 个项目的累计完成投资是空的（K5、K6、K7；清单按年度填写，请填写截至 2024 年底的累计完成投资），未填的按未填报");
  });
});
