import { clipboardOrigin } from "../../src/ui/taskpane/clipboardOrigin";

/** The clipboard HTML's heads as the programs write them (shortened), and what the pane names the paste by. */
const EXCEL = `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
</head><body><table><tr><td>序号</td></tr></table></body></html>`;
const WPS = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
  <meta name="ProgId" content="Excel.Sheet"/>
  <meta name="Generator" content="WPS Office ET"/>
 </head><body><table><tr><td>序号</td></tr></table></body></html>`;
const CALC = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8"/>
<title></title><meta name="generator" content="LibreOffice 7.6.4.1 (Linux)"/>
</head><body><table cellspacing="0" border="0"><tr><td>序号</td></tr></table></body></html>`;
const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"></head><body><table></table></body></html>`;
const WEB = `<meta charset="utf-8"><table class="MsoNormalTable"><tbody><tr><td><p>序号</p></td></tr></tbody></table>`;
const SHEETS = `<meta charset="utf-8"><google-sheets-html-origin><style type="text/css"><!--td {border: 1px solid #cccccc;}--></style><table xmlns="http://www.w3.org/1999/xhtml"></table>`;

describe("clipboardOrigin: the program a paste was copied from, by its clipboard HTML", () => {
  test.each<[string, string, ReturnType<typeof clipboardOrigin>]>([
    ["Excel for Windows (xmlns:x, ProgId Excel.Sheet, unquoted attributes)", EXCEL, "excel"],
    ["Excel's namespace alone", `<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table></table></body></html>`, "excel"],
    ["ProgId alone, quoted", `<meta name="ProgId" content="Excel.Sheet">`, "excel"],
    ["WPS 表格 (Excel's markers and its own generator)", WPS, "wps"],
    ["LibreOffice Calc", CALC, "libreoffice"],
    ["Word (a table copied out of a plan's .docx)", WORD, "word"],
    ["a web page (Word's class names in the page are not Word's markers)", WEB, undefined],
    ["Google Sheets (not named: the guess stands)", SHEETS, undefined],
    ["no HTML on the clipboard (text copied from a PDF)", "", undefined],
  ])("%s", (_d, html, origin) => {
    expect(clipboardOrigin(html)).toBe(origin);
  });
});
