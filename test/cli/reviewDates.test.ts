/** fu10 issue 7: a date the reviewer typed in the 审核 sheet stays a date through `review`. */
import ExcelJS from "exceljs";
import { FIRST_DATA_ROW } from "../../src/sheet/keys";
import { decide, KEY, returnFile, reviewWorksheet, run, V1 } from "../support/trialReturn";

describe("review keeps what the reviewer typed as they typed it (fu10 issue 7)", () => {
  test.each<[string, ExcelJS.CellValue, (v: ExcelJS.CellValue) => void]>([
    ["a date stays a date", new Date(Date.UTC(2025, 1, 10)), (v) => expect(v).toEqual(new Date(Date.UTC(2025, 1, 10)))],
    ["a date typed as text stays that text", "2025-02-10", (v) => expect(v).toBe("2025-02-10")],
    ["a text stays text", "2月10日", (v) => expect(v).toBe("2月10日")],
  ])("%s", async (_, typed, check) => {
    const f = await returnFile(V1);
    await run("review", f);
    await decide(f, { [KEY("r04")]: { decision: "退回修改", date: typed } });
    await run("review", f);
    await run("review", f);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
    const { ws, col } = reviewWorksheet(wb);
    let r = FIRST_DATA_ROW;
    while (ws.getCell(r, col.get("key")!).value !== KEY("r04")) r++;
    check(ws.getCell(r, col.get("date")!).value);
  }, 60000);
});
