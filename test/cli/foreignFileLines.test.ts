import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";

/**
 * What a clerk is told of a file that is no return (a trial of 398 foreign files): review said of a
 * .csv only 「不是 .xlsx 文件（是文本文件）」 where check explained it; a web page saved as .xls (what
 * government systems export) got no fix; an .ods with a password was named only as an .ods; a
 * workbook without our hidden sheet was 「未找到插件元数据」, words a clerk cannot act on.
 */
const dir = mkdtempSync(join(tmpdir(), "foreign-lines-"));
const at = (name: string): string => join(dir, name);

beforeAll(async () => {
  writeFileSync(at("县区数据.csv"), Buffer.from("指标,2023\n地区生产总值,1234\n"));
  writeFileSync(at("导出.xls"), "<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>指标</td></tr></table></body></html>");
  const ods = new JSZip();
  ods.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
  ods.file("content.xml", "encrypted bytes");
  ods.file("META-INF/manifest.xml", `<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>`);
  writeFileSync(at("加密.ods"), await ods.generateAsync({ type: "nodebuffer" }));
  const plain = new ExcelJS.Workbook();
  plain.addWorksheet("Sheet1").getCell("A1").value = "指标";
  await plain.xlsx.writeFile(at("别的表.xlsx"));
}, 30_000);

test.each<[string, string[], RegExp]>([
  ["review of a .csv says what check says", ["review", at("县区数据.csv")], /县区数据\.csv：是 CSV 文本文件，只存有一张表的数值.*请用下发的原表（\.xlsx）重新填写/],
  ["check of a web page saved as .xls: what to do", ["check", at("导出.xls")], /不是 \.xlsx 文件（是网页（HTML）），常见于从业务系统导出的“\.xls”：请在 Excel 或 WPS 中打开后另存为 \.xlsx；如是填报，请在下发的原表中重新填写/],
  ["the same in English", ["check", at("导出.xls"), "--lang", "en"], /open it in Excel or WPS and save it as \.xlsx; if it is a return, fill in the distributed file again/],
  ["an .ods with a password: the password named", ["check", at("加密.ods")], /是设置了打开密码的 OpenDocument 表格（\.ods），请在 LibreOffice 或 WPS 中取消密码后另存为 \.xlsx/],
  ["a workbook that is no return, in a clerk's words", ["check", at("别的表.xlsx")], /别的表\.xlsx：不是本工具下发的填报表（缺少填报表自带的隐藏工作表）/],
  ["the same in English", ["check", at("别的表.xlsx"), "--lang", "en"], /Not a return distributed by this tool \(it lacks the hidden sheet every return carries\)/],
])("%s", async (_, args, line) => {
  const r = await cli(...args);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(line);
  expect(r.err).not.toMatch(/插件元数据|metadata/);
}, 30_000);
