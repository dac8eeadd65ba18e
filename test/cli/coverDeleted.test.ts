import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { returnWithoutCover } from "../support/returnWithoutCover";

/*
 * trial34 M2: a unit deleted only the 填报说明 sheet (the cover); the indicator sheet and the metadata were whole, yet check
 * refused it (「填报说明」C5：报告年份…实际为空, of a sheet no longer there, exit 2) and summary, report and rollover dropped the
 * return as 文件已损坏或不完整. The year is now the one the workbook was made for, the unit the file's name, said in one line.
 */

test.each([
  ["zh", "2023 年度（「填报说明」表已被删除）", "! 工作表「填报说明」（封面）已被删除：报告年份按本表下发时的 2023 年读取，填报单位按文件名读作定海区；请从下发的原表把「填报说明」表复制回来", "：「填报说明」表已被删除；文件名是下发给定海区的", "文件已损坏"],
  ["en", "(the 填报说明 sheet was deleted)", '! The "填报说明" sheet (the cover) was deleted: the reporting year is read as 2023, the year the workbook was made for, and the reporting unit from the file\'s name', ": the 填报说明 sheet was deleted; the file's name is the one distribute gave 定海区", "damaged"],
] as const)("a return whose 填报说明 sheet was deleted is checked and summed as of its made-for year and its file's unit (%s)", async (lang, title, line, summed, damaged) => {
  const dir = mkdtempSync(join(tmpdir(), "cover-deleted-"));
  const f = await returnWithoutCover(dir);
  const check = await cli("check", f, "--lang", lang);
  expect(check.err).not.toContain("C5");
  expect(check.out.split("\n")[0]).toContain(title);
  expect(check.out).toContain(line);
  const summary = await cli("summary", dir, "--units", "定海区", "--lang", lang);
  expect(summary.code).toBe(0);
  expect(summary.out).toContain(summed);
  expect(summary.out + summary.err).not.toContain(damaged);
  const report = await cli("report", dir, "--units", "定海区", "--lang", lang);
  expect(report.code).toBe(0);
  expect(report.out).toContain(summed);
  // rollover carries it, with a new 填报说明 sheet for the new year (it said 文件已损坏 and wrote nothing)
  const next = join(dir, "next", "2024-定海区.xlsx");
  const roll = await cli("rollover", f, "--year", "2024", "--out", next, "--lang", lang);
  expect(roll.code).toBe(0);
  const rolled = await cli("check", next, "--lang", lang);
  expect(rolled.out.split("\n")[0]).toContain("2024");
  expect(rolled.out).not.toContain(lang === "zh" ? "已被删除" : "was deleted");
}, 90000);
