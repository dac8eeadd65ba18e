import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { returnWithoutCover } from "../support/returnWithoutCover";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { consolidationSummary } from "../../src/ui/shared/summaryPlans";
import { chosenFilesEvaluation } from "../../src/ui/shared/chosenFilesEvaluation";

/*
 * trial35 F1: a return whose 填报说明 sheet was deleted, given without a ledger (summary 收到/, summary or report of the
 * file alone) was said to have a blank C4 to fill in ("「填报说明」表 C4 的填报单位是空的…请填写填报单位") and summed as no
 * unit's, while check said the cover was deleted and the unit read from the file's name. One rule now (coverlessUnit):
 * the unit of distribute's name 2023-定海区.xlsx, the line "cover deleted, copy it back"; a file renamed names none.
 */

let named = "";
let renamed = "";
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "cover-deleted-no-ledger-"));
  mkdirSync(join(dir, "a"));
  mkdirSync(join(dir, "b"));
  named = await returnWithoutCover(join(dir, "a"), "2023-定海区.xlsx");
  renamed = join(dir, "b", "定海区报表.xlsx");
  copyFileSync(named, renamed);
}, 60000);

const ZH_NAMED = "：「填报说明」表已被删除；文件名是下发给定海区的（distribute 的文件名），按定海区的填报";
const EN_NAMED = ": the 填报说明 sheet was deleted; the file's name is the one distribute gave 定海区, so it is";
test.each([
  ["summary of the folder", "zh", ["summary", "a"], `${ZH_NAMED}汇总；请该单位从下发的原表把「填报说明」表复制回来`],
  ["summary of the file", "zh", ["summary", "a/2023-定海区.xlsx"], `${ZH_NAMED}汇总；请该单位从下发的原表把「填报说明」表复制回来`],
  ["report of the file", "zh", ["report", "a/2023-定海区.xlsx"], `${ZH_NAMED}评估；请该单位从下发的原表把「填报说明」表复制回来`],
  ["report of the file", "en", ["report", "a/2023-定海区.xlsx"], `${EN_NAMED} evaluated as 定海区's return; ask the unit to copy the 填报说明 sheet back`],
  ["summary of the folder", "en", ["summary", "a"], `${EN_NAMED} summed as 定海区's return; ask the unit to copy the 填报说明 sheet back`],
  ["check of the file", "zh", ["check", "a/2023-定海区.xlsx"], "报告年份按本表下发时的 2023 年读取，填报单位按文件名读作定海区；请从下发的原表把「填报说明」表复制回来"],
  ["check of the file", "en", ["check", "a/2023-定海区.xlsx"], "the reporting year is read as 2023, the year the workbook was made for, and the reporting unit from the file's name as 定海区; copy"],
  ["summary of a renamed file", "zh", ["summary", "b"], "：「填报说明」表已被删除，文件名也不是下发时的（年度-单位.xlsx），读不出填报单位，汇总时以文件名代称、不属于任何单位；请从下发的原表把「填报说明」表复制回来，填好填报单位后再汇总"],
  ["report of a renamed file", "en", ["report", "b"], ": the 填报说明 sheet was deleted and the file's name is not one distribute gave (year-unit.xlsx), so it names no reporting unit; evaluated under its file name, as no unit's return; copy the 填报说明 sheet back"],
  ["check of a renamed file", "zh", ["check", "b/定海区报表.xlsx"], "文件名也不是下发时的（年度-单位.xlsx），读不出填报单位"],
] as const)("a deleted 填报说明 sheet without a ledger: %s (%s) says the sheet was deleted and the file name's unit", async (_name, lang, [cmd, path], line) => {
  const root = join(named, "..", "..");
  const r = await cli(cmd, join(root, path), "--lang", lang);
  expect(r.code).toBe(0);
  expect(r.out).toContain(line);
  // never the blank C4 a deleted sheet does not have
  expect(r.out + r.err).not.toContain(lang === "zh" ? "C4 的填报单位是空的" : "(C4) is blank");
}, 60000);

test.each([
  ["named", () => named, ["定海区"], 1],
  ["renamed", () => renamed, [] as string[], 0],
] as const)("the pane's 汇总所选文件 and 评估所选文件 take a deleted cover's unit by the same rule (%s)", async (_name, file, units, byName) => {
  const f = file();
  const grid = await readXlsxZip(readFileSync(f));
  const name = f.split(/[\\/]/).pop()!;
  const s = consolidationSummary([{ file: name, grid }], grid);
  if (!s.ok) throw new Error("refused");
  expect(s.said?.units.map((u) => u.unit).filter((u) => !u.includes("（"))).toEqual(units);
  expect(s.said?.coverGone).toEqual([{ file: name, ...(byName ? { unit: "定海区" } : {}) }]);
  const e = chosenFilesEvaluation([{ file: name, grid }], [], "zh");
  if (!e.ok || !("covers" in e)) throw new Error("not evaluated");
  expect(e.covers?.[0]).toContain(byName ? "按定海区的填报评估" : "文件名也不是下发时的");
});

test.each([
  ["zh", "按定海区的填报换年度，新文件「填报说明」表的填报单位填定海区", "（定海区）"],
  ["en", "so it is rolled over as 定海区's return, with 定海区 on the new file's 填报说明 sheet", " (定海区)"],
] as const)("rollover of the file alone writes the file name's unit on the new 填报说明 sheet (%s)", async (lang, line, title) => {
  const out = join(named, "..", "..", `next-${lang}`, "2024-定海区.xlsx");
  const roll = await cli("rollover", named, "--year", "2024", "--out", out, "--lang", lang);
  expect(roll.code).toBe(0);
  expect(roll.out).toContain(line);
  const rolled = await cli("check", out, "--lang", lang);
  expect(rolled.out.split("\n")[0]).toContain(title);
}, 60000);
