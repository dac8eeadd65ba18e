/**
 * The 审核 sheet's 位置 (and its link) is the row's cell for the year, the one `check` names in its 单元格
 * column and whose value and status 当年值 and 状态 are; 问题 names every other cell a problem is about.
 * trial32: 位置 I7, the 2021 cell, stood beside 当年值 2480500 of K7; trial33 T12: 位置 I18 (2021) beside
 * 2023's value and status while check named K18. fu10 issue 10 had put another year's cell (K7, M11) in
 * 位置 when no problem was about the year's; that rule is gone: those cells are named in 问题 instead.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { KEY, returnFile, reviewRows, reviewWorksheet, run, V1, years } from "../support/trialReturn";

/** 位置, the cell its link goes to, and 问题, of a 审核 row. */
interface Place { cell: string; link: string; issue: string }

/** The links of a workbook's sheet as written (`<hyperlink ref location>`: ExcelJS reads none of a location's), cell → the cell it goes to. */
async function links(f: string, sheet: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(f));
  const text = async (p: string): Promise<string> => (await zip.file(p)?.async("string")) ?? "";
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(await text("xl/workbook.xml"))?.[1];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(await text("xl/_rels/workbook.xml.rels"))?.[1] ?? "";
  const xml = await text(`xl/${target.replace(/^\/?xl\//, "")}`);
  return new Map([...xml.matchAll(/<hyperlink [^>]*ref="([A-Z]+\d+)"[^>]*location="([^"]+)"/g)].map((m) => [m[1]!, m[2]!.replace(/^.*!/, "")]));
}

/** Each 审核 row's Place, by row key. */
async function places(f: string): Promise<Map<string, Place>> {
  const rows = await reviewRows(f);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  const { ws, col } = reviewWorksheet(wb);
  const to = await links(f, ws.name);
  const out = new Map<string, Place>();
  ws.eachRow((row) => {
    const key = String(row.getCell(col.get("key")!).value ?? "");
    if (rows.has(key)) out.set(key, { cell: rows.get(key)!["cell"] ?? "", link: to.get(row.getCell(col.get("cell")!).address) ?? "", issue: rows.get(key)!["issue"] ?? "" });
  });
  return out;
}

describe("the 审核 sheet's 位置 is the row's cell for the year, as check's 单元格 (trial32, trial33 T12)", () => {
  let v1 = new Map<string, Place>();
  let both = new Map<string, Place>();
  beforeAll(async () => {
    const f = await returnFile(V1);
    await run("review", f);
    v1 = await places(f);
    // 2024's own value and earlier years' all far beyond the plan (亿立方米 typed as 万立方米, 立方米 as 升): each earlier
    // year's warning (earlier_year_far) comes before the year's own (far_from_plan), as 南河县's I7, J7, K7 did
    const g = await returnFile([...years("r07", 45500, 46000, 4.58, 46200), ...years("r15", 12000, 12.1, 11.5, 11000)]);
    await run("review", g);
    both = await places(g);
  }, 60000);

  test.each<[string, "v1" | "both", string, string]>([
    // another year's cell is named in 问题 (below), never in 位置 beside the year's value and status
    ["a 2023 value typed as text: 2024's cell, not 2023's", "v1", "r04", "L7"],
    ["a value typed in the 2025 column: 2024's cell, not 2025's", "v1", "r08", "L11"],
    ["a lagging row without a 说明: the value, not the 说明", "v1", "r09", "L12"],
    ["a row without problems", "v1", "r01", "L4"],
    ["2021, 2022 and 2024 far beyond the plan: 2024's cell, not 2021's", "both", "r07", "L10"],
    ["2021 and 2024 far beyond the plan: 2024's cell, not 2021's", "both", "r15", "L18"],
  ])("%s (%s %s): %s, and its link", (_, file, id, cell) => {
    const got = (file === "v1" ? v1 : both).get(KEY(id));
    expect({ cell: got?.cell, link: got?.link }).toEqual({ cell, link: cell });
  });

  test.each<[string, "v1" | "both", string[]]>([
    ["r04", "v1", ["K7"]],
    ["r08", "v1", ["M11"]],
    ["r07", "both", ["I10", "J10", "L10"]],
    ["r15", "both", ["I18", "L18"]],
  ])("%s (%s): 问题 names each cell it speaks of, the earlier year's too (%j)", (id, file, cells) => {
    const issue = (file === "v1" ? v1 : both).get(KEY(id))?.issue ?? "";
    // a clause after a question starts without 「；」 (clausesJoined, trial47d F7)
    for (const c of cells) expect(issue).toMatch(new RegExp(`(^|[；、？])${c}[：、]`));
  });
});
