/**
 * s42: the line on a unit's versions that cannot be told apart (versions_tied) named both causes there might be, joined by
 * 或 (the same save time, or no save time and file times less than a minute apart), whichever applied. It now names the one
 * versionOrder found (TieCause), in summary, report and rollover alike (unusableFileLine, one home: UnusableReason's words),
 * and says plainly, once, that which is newer cannot be told; the words without a cause (a ledger note's) say it plainly too.
 */
import { tiedVersionsFile } from "../../src/cycle/tiedVersionsFile";
import { unusableFileLine } from "../../src/cycle/unusableFileLine";
import type { TieCause } from "../../src/domain/TieCause";
import { unusableText } from "../../src/domain/UnusableReason";

const FILES = ["收到/2023-定海区-更正.xlsx", "收到/2023-定海区.xlsx"];

test.each<[string, TieCause | null, "zh" | "en", string, RegExp]>([
  ["one save time", { by: "saved" }, "zh", "定海区：收到的文件无法汇总（几版无法区分新旧：内容不同而工作簿记录的保存时间相同（多是其中一版经保留原保存时间的程序写出，如 LibreOffice 转换、openpyxl），文件时间又只是下载、复制或写入审核表的时间），请用 review \"新版\" --replaces \"旧版\" 记下哪一版是新的，或删去旧版，再汇总：收到/2023-定海区-更正.xlsx、收到/2023-定海区.xlsx", /或未记录保存时间|相差不到 1 分钟/],
  ["one save time, in English", { by: "saved" }, "en", "定海区: the file received cannot be summed (its versions cannot be told apart: they hold different values but record the same save time (one most likely written by a program that keeps the time it read, such as a LibreOffice conversion or openpyxl), and a file's time is only when it was downloaded, copied or had its review sheet written); record which is newer with review \"new\" --replaces \"old\", or remove the old one, and summarise again: 收到/2023-定海区-更正.xlsx, 收到/2023-定海区.xlsx", /no save time|less than a minute/],
  ["no save time in any", { by: "received", unsaved: 2, of: 2 }, "zh", "（几版无法区分新旧：各版工作簿都未记录保存时间，文件时间又相差不到 1 分钟（多为复制时未保留文件时间）），", /保存时间相同/],
  ["no save time in one of two", { by: "received", unsaved: 1, of: 2 }, "zh", "（几版无法区分新旧：其中 1 版工作簿未记录保存时间，文件时间又相差不到 1 分钟（多为复制时未保留文件时间）），", /保存时间相同/],
  ["no save time in any, in English", { by: "received", unsaved: 2, of: 2 }, "en", "(its versions cannot be told apart: none of the workbooks records when it was saved, and their file times are less than a minute apart (mostly a copy that did not keep them));", /same save time/],
  ["no save time in one of three, in English", { by: "received", unsaved: 1, of: 3 }, "en", "(its versions cannot be told apart: 1 of them does not record when it was saved, and their file times", /same save time/],
  ["no save time in two of three, in English", { by: "received", unsaved: 2, of: 3 }, "en", "(its versions cannot be told apart: 2 of them do not record when they were saved, and their file times", /same save time/],
])("%s", (_why, cause, lang, says, never) => {
  const line = cause ? unusableFileLine(tiedVersionsFile("定海区", FILES, cause), "summary", lang) : "";
  expect(line).toContain(says);
  expect(line).not.toMatch(never);
});

// without a cause (a ledger's 催报 line of an older fact): one plain sentence, no two causes joined by 或 / or
test.each<["zh" | "en", string]>([
  ["zh", "收到的文件无法汇总（几版无法区分新旧：工作簿记录的保存时间和文件时间都不能说明哪一版较新），"],
  ["en", "the file received cannot be summed (its versions cannot be told apart: neither the save times the workbooks record nor the files' times tell which is newer);"],
])("the words without a cause say it plainly once (%s)", (lang, says) => {
  expect(unusableText("versions_tied", lang, "summary")).toContain(says);
});
