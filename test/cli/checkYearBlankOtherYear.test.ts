import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { fillDistributed } from "../support/countyReturn";

/**
 * Trial 37b F7: `check 收到/` checked a 2022 return among 28 of 2023 as any other and its footer said nothing of it,
 * while summary and report pass it over (other_year) and say why; and a return with nothing entered printed 54 rows of
 * 未填报 with no word that nothing was filled. Now a line under the title says 空表 / 本年度未填 (cycle/blankOf) and that
 * summary counts it 未报, in words for the filler too (trial40 F4: the filler's first check of the blank form it was sent
 * read the manager's 收到空表…催报), and the folder's footer names the other year's return with summary's reason and fix.
 */
const dir = mkdtempSync(join(tmpdir(), "check-year-blank-"));
const got = join(dir, "收到");
const file = (name: string): string => join(got, name);
const value = (key: string): Array<{ template: string; id: string; key: string; value: number }> => [{ template: "zhoushan-2021-2025", id: "zs21-24", key, value: 6.8 }];

beforeAll(async () => {
  const d2022 = join(dir, "下发2022");
  const d2023 = join(dir, "下发2023");
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2022", "--units", "嵊泗县", "--out-dir", d2022)).code).toBe(0);
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区,岱山县", "--out-dir", d2023)).code).toBe(0);
  // 定海区 filled 2023; 普陀区 sent the form back untouched; 岱山县 filled 2022 only; 嵊泗县 sent its 2022 return, filled
  await fillDistributed(d2023, 2023, { 定海区: value("in:2023"), 岱山县: value("in:2022") });
  await fillDistributed(d2022, 2022, { 嵊泗县: value("in:2022") });
  mkdirSync(got);
  for (const u of ["定海区", "普陀区", "岱山县"]) copyFileSync(join(d2023, `2023-${u}.xlsx`), file(`2023-${u}.xlsx`));
  copyFileSync(join(d2022, "2022-嵊泗县.xlsx"), file("2023-嵊泗县.xlsx"));
}, 60000);

const FIX_ZH = "如是上一年度的表，请用 rollover \"该文件\" --year 2023 --out \"新文件\" 换到 2023 年度（已填的数值一并带入，其中 2023 年的逐格核实）或在 2023 年度的表中重填；如只是「填报说明」表 C5 的报告年份填错，改为 2023 后再汇总";

test.each<[string, string[], Record<string, string | undefined>, string]>([
  ["zh", [], {
    定海区: undefined,
    普陀区: "! 空表：一个数值也没有填（汇总时按未报）；以下各项均为未填报",
    岱山县: "! 本年度未填：2023 年的数值都是空的（只填了以前各年，汇总时按未报）；以下各项均为未填报",
    嵊泗县: undefined,
  }, `汇总和评估时不计入：${file("2023-嵊泗县.xlsx")}：「填报说明」表的报告年份是 2022 年，不是 2023 年，${FIX_ZH}`],
  ["en", ["--lang", "en"], {
    定海区: undefined,
    普陀区: "! Blank form: no value was entered at all (summary counts it as not sent). Every item below is Not reported",
    岱山县: "! No values for the year: every value of 2023 is blank (earlier years only; summary counts it as not sent). Every item below is Not reported",
    嵊泗县: undefined,
  }, `Set aside by summary and report: ${file("2023-嵊泗县.xlsx")}: the reporting year on its 填报说明 sheet (the cover) is 2022, not 2023; if it is last year's form, roll it over with rollover "file" --year 2023 --out "new file" (its values are carried; check those of 2023 cell by cell) or fill in the form of 2023; if only the reporting year on the 填报说明 sheet (C5) is wrong, set it to 2023 and summarise again`],
])("check of a folder (%s): the headline under a blank return's title, the other year's return in the footer", async (_lang, flags, headline, footer) => {
  const r = await cli("check", got, ...flags);
  expect(r.code).toBe(0);
  const lines = r.out.split("\n");
  // the line under each file's title
  for (const [unit, said] of Object.entries(headline)) {
    const title = lines.findIndex((l) => l.startsWith(file(`2023-${unit}.xlsx`)));
    expect([unit, lines[title + 1]?.startsWith("! ") ? lines[title + 1] : undefined]).toEqual([unit, said]);
  }
  expect(lines.filter((l) => l.startsWith("汇总和评估时不计入") || l.startsWith("Set aside by summary"))).toEqual([footer]);
}, 60000);

test.each<[string, string[], string]>([
  ["zh", [], "! 空表：一个数值也没有填（汇总时按未报）；以下各项均为未填报"],
  ["en", ["--lang", "en"], "! Blank form: no value was entered at all (summary counts it as not sent). Every item below is Not reported"],
])("a blank return checked alone says so too (%s)", async (_lang, flags, said) => {
  const r = await cli("check", file("2023-普陀区.xlsx"), ...flags);
  expect(r.out.split("\n")[1]).toBe(said);
}, 60000);
