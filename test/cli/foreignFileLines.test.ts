import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { unusableFileOf } from "../../src/cli/unusableFileOf";

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
  // trial42b F4: a CSV renamed .xlsx, random bytes, a return with bytes put in front, a Word document, this tool's report
  writeFileSync(at("改名.xlsx"), Buffer.from("指标,2023\n地区生产总值,1234\n"));
  writeFileSync(at("乱码.xlsx"), Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 256)));
  writeFileSync(at("前缀.xlsx"), Buffer.concat([Buffer.from("MZ"), Buffer.alloc(1022), Buffer.from(await plain.xlsx.writeBuffer())]));
  const word = (creator: string): Promise<Buffer> => {
    const z = new JSZip();
    z.file("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="r2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`);
    z.file("word/document.xml", "<w:document/>");
    z.file("docProps/core.xml", `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${creator}</dc:creator></cp:coreProperties>`);
    return z.generateAsync({ type: "nodebuffer" });
  };
  writeFileSync(at("说明.docx"), await word("张三"));
  writeFileSync(at("评估报告.docx"), await word("plan-returns"));
}, 30_000);

test.each<[string, string[], RegExp]>([
  ["review of a .csv says what check says", ["review", at("县区数据.csv")], /县区数据\.csv：是 CSV 文本文件，只存有一张表的数值.*请用下发的原表（\.xlsx）重新填写/],
  ["check of a web page saved as .xls: what to do", ["check", at("导出.xls")], /不是 \.xlsx 文件（是网页（HTML）），常见于从业务系统导出的“\.xls”：请在 Excel 或 WPS 中打开后另存为 \.xlsx；如是填报，请在下发的原表中重新填写/],
  ["the same in English", ["check", at("导出.xls"), "--lang", "en"], /open it in Excel or WPS and save it as \.xlsx; if it is a return, fill in the distributed file again/],
  ["an .ods with a password: the password named", ["check", at("加密.ods")], /是设置了打开密码的 OpenDocument 表格（\.ods），请在 LibreOffice 或 WPS 中取消密码后另存为 \.xlsx/],
  ["a workbook that is no return, in a clerk's words", ["check", at("别的表.xlsx")], /别的表\.xlsx：不是本工具下发的填报表（缺少填报表自带的隐藏工作表）/],
  ["the same in English", ["check", at("别的表.xlsx"), "--lang", "en"], /Not a return distributed by this tool \(it lacks the hidden sheet every return carries\)/],
  ["check of a CSV renamed .xlsx: what check says of a .csv", ["check", at("改名.xlsx")], /改名\.xlsx：不是 \.xlsx 文件（是文本文件，如 CSV），只存有一张表的数值（本工具的隐藏表、公式和格式都已丢失），不能另存为填报工作簿；请用下发的原表（\.xlsx）重新填写$/m],
  ["the same in English", ["check", at("改名.xlsx"), "--lang", "en"], /not an \.xlsx file: a text file \(a CSV, say\) that holds one sheet's values only .* fill in the distributed file \(\.xlsx\) again$/m],
  ["check of random bytes: what to do", ["check", at("乱码.xlsx")], /乱码\.xlsx：不是 \.xlsx 文件（看不出是什么文件：可能已损坏，或在文件前面加进了别的内容）：如是填报，请在 Excel 或 WPS 中打开后另存为 \.xlsx；打不开的，请用下发的原表重新填写$/m],
  ["a return with bytes put in front, in English", ["check", at("前缀.xlsx"), "--lang", "en"], /not an \.xlsx file \(what it is cannot be told: it may be damaged, or have something put in front of it\): if it is a return, open it in Excel or WPS and save it as \.xlsx; if it does not open, fill in the distributed file again$/m],
  ["a Word document is not told to be saved as .xlsx", ["check", at("说明.docx")], /说明\.docx：不是 \.xlsx 文件（是 Word 文档（\.docx）），不是填报：请给出填报的 \.xlsx 文件$/m],
  ["the same in English", ["check", at("说明.docx"), "--lang", "en"], /not an \.xlsx file \(it is a Word document \(\.docx\)\) and not a return: give the return's \.xlsx file$/m],
  ["this tool's own report is named as such", ["check", at("评估报告.docx")], /评估报告\.docx：是本工具写出的评估报告（Word 文档，\.docx），不是填报：请给出各单位交回的填报文件（\.xlsx）$/m],
  ["the same in English", ["check", at("评估报告.docx"), "--lang", "en"], /: an evaluation report this tool wrote \(a Word document, \.docx\), not a return: give the returns the units sent back \(\.xlsx\)$/m],
])("%s", async (_, args, line) => {
  const r = await cli(...args);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(line);
  expect(r.err).not.toMatch(/插件元数据|metadata/);
}, 30_000);

// a CSV renamed .xlsx is a CSV in a folder's line too (UnusableReason csv), as one named .csv
test.each<[string, string | undefined, string]>([
  ["a text file named .xlsx", "text", "csv"],
  ["a PDF named .xlsx", "pdf", "other_format"],
])("%s is passed over as %s", (_name, kind, reason) => {
  const loaded = { ok: false as const, reason: "not_zip" as const, problem: { code: "not_zip" as const, ...(kind ? { params: { kind } } : {}) }, message: "x" };
  expect(unusableFileOf("x.xlsx", { loaded }, "zh").reason).toBe(reason);
});
