import ExcelJS from "exceljs";
import { PassThrough } from "node:stream";

/**
 * streamXlsx waits for the zip to take a sheet's XML (StreamedSheet.drained) by reading ExcelJS's
 * and archiver's stream internals: a worksheet's `_stream` (StreamBuf) piped into the zip entry's
 * stream, whose `_writableState.length` is what waits. Were an upgrade to rename them, drained()
 * would resolve at once and summary's memory would grow with its rows again (issue 19) with no
 * test failing; this one fails instead.
 */
describe("the stream internals the summary writer waits on (issue 19)", () => {
  test.each([
    ["a small sheet", 10],
    ["a sheet larger than ExcelJS's 64 KB buffer", 3000],
  ])("%s: the worksheet's stream is piped into an entry whose waiting bytes can be read and drained", async (_what, rows) => {
    const out = new PassThrough();
    out.resume();
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
    const ws = wb.addWorksheet("问题清单");
    for (let r = 1; r <= rows; r++) ws.getRow(r).getCell(1).value = `第 ${r} 行：填写的是文本，应为数值（衢州市主要指标目标表 K${r}）`;
    for (let r = 1; r <= rows; r++) ws.getRow(r).commit();
    const entry = (ws as unknown as { _stream?: { pipes?: Array<{ _writableState?: { length: unknown }; once?: unknown }> } })._stream?.pipes?.[0];
    expect(typeof entry?._writableState?.length).toBe("number");
    expect(typeof entry?.once).toBe("function");
    ws.commit();
    await wb.commit();
  });
});
