import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { coverlessUnitName } from "../../src/sheet/coverlessUnitName";
import { cli } from "../support/cli";

/**
 * Trial 32's wording: an empty .xlsx was told to be imported as a plan's table; `check /no-such-folder/` said 文件不存在;
 * summary named a return whose cover has no 填报单位 单位2（青石2023-blank.xlsx）, a unit that does not exist.
 */
const dir = mkdtempSync(join(tmpdir(), "trial32-wording-"));
const empty = join(dir, "2023-中原县.xlsx");
const folder = join(dir, "收到");

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet");
  await wb.xlsx.writeFile(empty);
  mkdirSync(folder);
  expect((await cli("template", "zhoushan-2021-2025", "--year", "2023", "--unit", "定海区", "--out", join(folder, "2023-定海区.xlsx"))).code).toBe(0);
  expect((await cli("template", "zhoushan-2021-2025", "--year", "2023", "--out", join(folder, "青石2023-blank.xlsx"))).code).toBe(0);
}, 60000);

test.each<[string, string[], string]>([
  ["an empty workbook", ["check", empty], `${empty}：工作簿是空的（没有一张工作表有内容），不是本工具下发的填报表：请在下发的原表中填写后再报送`],
  ["an empty workbook, in English", ["check", empty, "--lang", "en"], `${empty}: The workbook is empty (no sheet holds anything), not a return distributed by this tool: fill in the distributed workbook and send that`],
  ["a folder that does not exist", ["check", "/no-such-folder-trial32/"], "/no-such-folder-trial32/：文件夹不存在；请检查路径"],
  ["a folder that does not exist, in English", ["check", "/no-such-folder-trial32/", "--lang", "en"], "/no-such-folder-trial32/: the folder does not exist; check the path"],
  // a file's path is still a file's
  ["a file that does not exist", ["check", "/no-such-folder-trial32/x.xlsx"], "/no-such-folder-trial32/x.xlsx：文件不存在或无法读取；请检查文件名和路径"],
])("check: %s", async (_name, args, line) => {
  const r = await cli(...args);
  expect((r.out + r.err).trim().split("\n")).toContain(line);
});

test.each<[string, string, boolean, string]>([
  ["by its file name", "/a/收到/青石2023-blank.xlsx", false, "青石2023-blank.xlsx（「填报说明」表未填填报单位）"],
  ["its path when the name is taken", "/a/旧/青石2023-blank.xlsx", true, "/a/旧/青石2023-blank.xlsx（「填报说明」表未填填报单位）"],
])("coverlessUnitName: %s", (_name, file, taken, name) => {
  expect(coverlessUnitName(file, () => taken)).toBe(name);
});

test("summary names a return without 填报单位 by its file name and the blank cover, never 单位N", async () => {
  const r = await cli("summary", folder);
  expect(r.code).toBe(0);
  expect(r.out.split("\n")[0]).toContain("青石2023-blank.xlsx（「填报说明」表未填填报单位）");
  expect(r.out).not.toMatch(/单位\d（/);
}, 60000);
