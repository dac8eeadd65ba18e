import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readLedgerBook } from "../../src/cycle/ledgerBook";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { cli } from "../support/cli";

/**
 * A manager's trial: `rollover 收到/ --out-dir …` called the folder's 报送台账.xlsx 不是规划指标填报工作簿,
 * wrote the new ledger in file-name order, and its closing hint named neither the units that sent
 * nothing nor all the units. The old year's ledger in a folder is recognised: its order is the new
 * ledger's, and its units without a return to roll over are named, with every unit in --units.
 */
const dir = mkdtempSync(join(tmpdir(), "rollover-ledger-"));
const sent = join(dir, "下发");
const got = join(dir, "收到");
const noLedger = join(dir, "无台账");

beforeAll(async () => {
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区,岱山县,嵊泗县", "--deadline", "2024-01-31", "--out-dir", sent)).code).toBe(0);
  for (const d of [got, noLedger]) {
    mkdirSync(d);
    // file names that sort against the ledger's order: 普陀区 before 定海区
    copyFileSync(join(sent, "2023-普陀区.xlsx"), join(d, "a普陀区.xlsx"));
    copyFileSync(join(sent, "2023-定海区.xlsx"), join(d, "b定海区.xlsx"));
  }
  copyFileSync(join(sent, "报送台账.xlsx"), join(got, "报送台账.xlsx"));
}, 60000);

test.each<[string, string, string[], string[], string]>([
  ["the folder's ledger of 2023: its order, its units without a return named", got, [], ["定海区", "普陀区"],
    `注意：岱山县、嵊泗县 在原报送台账（${join(got, "报送台账.xlsx")}，2023 年度）中，但没有可换年度的填报（今年未报送或文件无法读取），不在新台账中：请用 distribute（--units 岱山县,嵊泗县）为其下发，汇总时用 --units 列出全部应报单位：--units 定海区,普陀区,岱山县,嵊泗县 --deadline 2025-01-31`],
  ["in English", got, ["--lang", "en"], ["定海区", "普陀区"],
    `note: 岱山县, 嵊泗县 are in the old ledger (${join(got, "报送台账.xlsx")}, 2023) but have no return to roll over (none sent this year, or unreadable), so not in the new ledger: distribute to them with distribute (--units 岱山县,嵊泗县), and summarise with --units naming every unit expected: --units 定海区,普陀区,岱山县,嵊泗县 --deadline 2025-01-31`],
  ["no ledger: the files' order, and the general note", noLedger, [], ["普陀区", "定海区"],
    "注意：报送台账只列出换年度的单位；今年未报送的单位没有可换年度的填报，不在其中：请用 distribute --units 为其下发，汇总时改用 --units 列出全部应报单位（如 --units 普陀区,定海区,… --deadline 2025-01-31）"],
])("%s", async (_name, folder, flags, order, last) => {
  const out = mkdtempSync(join(dir, "out-"));
  const r = await cli("rollover", folder, "--year", "2024", "--out-dir", out, "--deadline", "2025-01-31", ...flags);
  expect([r.code, r.err]).toEqual([0, ""]);
  const lines = r.out.trim().split("\n");
  expect(lines[lines.length - 1]).toBe(last);
  if (folder === got) expect(lines).toContain(flags.length ? `ledger (报送台账, 2023): ${join(got, "报送台账.xlsx")}, not rolled over; the new ledger keeps its order of units` : `报送台账（2023 年度）：${join(got, "报送台账.xlsx")}，不换年度；新台账按其中的单位顺序`);
  const book = readLedgerBook(await readXlsxZip(readFileSync(join(out, "报送台账.xlsx"))));
  expect(book?.units.map((u) => u.unit)).toEqual(order);
  expect(book?.year).toBe(2024);
}, 60000);
