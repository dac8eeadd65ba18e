import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellText } from "../../src/domain/CellValue";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import type { InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { LEDGER_SHEET } from "../../src/cycle/ledgerSheet";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { fillDistributed } from "../support/countyReturn";

/*
 * trial35 F4: `summary 收到/ --ledger 下发/报送台账.xlsx --out 汇总.xlsx` with 木鱼镇's 填报说明 sheet deleted: the terminal
 * and 问题清单 asked the unit to copy the sheet back, yet the printed 报送台账 left its 催办 empty and its name off the 催报
 * list, so a manager chasing from the paper never asked. Now its 催办 says 补回「填报说明」表, a 催报 line says what to copy
 * back and fill in, and `ledger[].chase` has restore_cover; the terminal says it in zh and en. On main the cell is empty.
 */
const zs = findTemplate("zhoushan-2021-2025") as Template;
const numbers = (): InputEntry[] => sampleReturn(zs, 2023).filter((e) => typeof e.value === "number");

let dir = "";
beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), "chase-restore-cover-")), "cycle");
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,岱山县", "--deadline", "2024-01-31", "--out-dir", dir)).code).toBe(0);
  await fillDistributed(dir, 2023, { 定海区: numbers(), 岱山县: numbers() });
  const f = join(dir, "2023-定海区.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  wb.removeWorksheet(wb.getWorksheet("填报说明")!.id);
  await wb.xlsx.writeFile(f);
}, 90000);

test.each([
  ["zh", "2023-定海区.xlsx：「填报说明」表已被删除；文件名是下发给定海区的（distribute 的文件名），按定海区的填报汇总；请该单位从下发的原表把「填报说明」表复制回来"],
  ["en", "2023-定海区.xlsx: the 填报说明 sheet was deleted; the file's name is the one distribute gave 定海区, so it is summed as 定海区's return; ask the unit to copy the 填报说明 sheet back from the distributed workbook"],
] as const)("the 报送台账 chases a unit whose 填报说明 sheet was deleted to copy it back, as the terminal asks (%s)", async (lang, line) => {
  const out = join(dir, "..", `汇总-${lang}.xlsx`);
  const args = [dir, "--ledger", join(dir, "报送台账.xlsx"), "--as-of", "2024-02-05", "--lang", lang];
  const r = await cli("summary", ...args, "--out", out);
  expect(r.code).toBe(0);
  expect(r.out).toContain(line);
  const json = await cli("summary", ...args, "--json");
  const ledger = (JSON.parse(json.out) as { ledger: Array<{ unit: string; chase: string[]; coverDeleted?: boolean }> }).ledger;
  expect(ledger.find((x) => x.unit === "定海区")).toMatchObject({ chase: expect.arrayContaining(["restore_cover"]) as unknown, coverDeleted: true });
  expect(ledger.find((x) => x.unit === "岱山县")?.chase).not.toContain("restore_cover");
  // the sheet is Chinese whatever --lang (cli-reference, --lang): the 催办 cell and the 催报 list's line
  const g = await readXlsxZip(readFileSync(out));
  const rows = g.sheets.find((x) => x.name === LEDGER_SHEET)!.rows.map((row) => (row ?? []).map((c) => (c ? cellText(c) : "")));
  const head = rows.find((x) => x.includes("催办"))!;
  const unitRow = rows.find((x) => /^\d+$/.test(x[0] ?? "") && x[1] === "定海区")!;
  expect(unitRow[head.indexOf("催办")]).toMatch(/^补回「填报说明」表/);
  const list = rows.findIndex((x) => x[0] === "催报");
  expect(rows.slice(list).find((x) => x[1] === "定海区")?.slice(2, 4)).toEqual(["补回「填报说明」表", "「填报说明」表已被删除，请该单位从下发的原表把「填报说明」表复制回来，填好报告年份、填报单位和填报人、单位负责人签字"]);
}, 90000);
