/**
 * trial32 item 2: a long 问题 on the 审核 sheet printed from its middle (南河县's I7 and K15 rows began
 * "2600）最大者的 923.1 倍…", their first cell cut): the row was held at 120 pt, 8 lines, whatever the
 * text took. Each row is now as tall as its wrapped text: at least the lines LibreOffice lays it out
 * in (counted on `soffice --convert-to pdf` of these very rows, 36-wide 问题 at 10 pt, 14 pt a line
 * and 2 of padding, as sheet/linesHeight says), at most Excel's 409.
 */
import ExcelJS from "exceljs";
import type { InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { KEY, returnFile, reviewWorksheet, run, years } from "../support/trialReturn";

/** The 审核 rows' heights (points, as written; 0 for none) by row key. */
async function heights(f: string): Promise<Map<string, number>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  const { ws, col } = reviewWorksheet(wb);
  const out = new Map<string, number>();
  ws.eachRow((row) => { out.set(String(row.getCell(col.get("key")!).value ?? ""), row.height ?? 0); });
  return out;
}

describe("the 审核 sheet's rows are as tall as their wrapped 问题 (trial32 item 2)", () => {
  const cases: Array<[string, string, number, InputEntry[]]> = [
    // five messages on 新增水利工程投资 (亿元 typed as 万元 each year): 10 lines in LibreOffice
    ["a cumulative row's four years typed in 万元", "r02", 10, years("r02", 30000, 31000, 32000, 28000)],
    // 用水总量 in 万立方米: a message on each year, 说明 and 进度 besides: 14 lines
    ["four years far beyond the plan, lagging without a 说明", "r07", 14, years("r07", 45500, 46000, 46100, 46200)],
    // 未填报 beside a two-line sheet name: two lines
    ["a row with nothing typed", "r09", 2, []],
  ];
  let got = new Map<string, number>();
  beforeAll(async () => {
    const f = await returnFile(cases.flatMap(([, , , e]) => e));
    await run("review", f);
    got = await heights(f);
  }, 60000);

  test.each(cases)("%s (%s): the row holds the %i lines LibreOffice lays it out in", (_what, id, lines) => {
    const h = got.get(KEY(id)) ?? 0;
    expect(h).toBeGreaterThanOrEqual(14 * lines + 2);
    // room for what the text takes, not a page of empty row: half as many lines again at most, never past Excel's 409
    expect(h).toBeLessThanOrEqual(Math.min(409, 15 * Math.ceil(lines * 1.5)));
  });
});
