import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

/**
 * `summary --json` alone (a manager's trial: refused with "必须给出选项 --out"): the figures on
 * stdout and no workbook written, as `report --json` does; neither --out nor --json is a usage
 * error saying both ways, in --lang.
 */
const dir = mkdtempSync(join(tmpdir(), "summary-json-"));
const got = join(dir, "收到");
const zs = findTemplate("zhoushan-2021-2025") as Template;

beforeAll(async () => {
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区", "--deadline", "2024-01-31", "--out-dir", got)).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(got, "2023-定海区.xlsx"));
  expect(fillInputs(wb, sampleReturn(zs, 2023).filter((e) => typeof e.value === "number"))).toEqual([]);
  await wb.xlsx.writeFile(join(got, "2023-定海区.xlsx"));
}, 60000);

describe("summary --json without --out", () => {
  const files = (): string[] => readdirSync(got).sort();
  test.each<[string, string[], (json: Record<string, unknown>) => void]>([
    ["one return", ["2023-定海区.xlsx"], (j) => expect((j["units"] as Array<{ unit: string }>).map((u) => u.unit)).toEqual(["定海区"])],
    ["a folder with its ledger: the ledger's facts too", ["<folder>", "--ledger", "报送台账.xlsx", "--as-of", "2024-02-05"], (j) => {
      expect((j["ledger"] as Array<{ unit: string; state: string }>).map((x) => [x.unit, x.state])).toEqual([["定海区", "已报"], ["普陀区", "未报"]]);
    }],
  ])("%s: JSON on stdout, no workbook written", async (_, args, more) => {
    const before = files();
    const r = await cli("summary", ...args.map((a) => (a === "<folder>" ? got : a.endsWith(".xlsx") ? join(got, a) : a)), "--json");
    expect([r.code, r.err]).toEqual([0, ""]);
    const json = JSON.parse(r.out) as Record<string, unknown>;
    expect(json["year"]).toBe(2023);
    more(json);
    expect(files()).toEqual(before);
    expect(existsSync(join(process.cwd(), "汇总.xlsx"))).toBe(false);
  }, 30000);

  // a manager's trial: `summary 收到` refused without --out or --json; a first look at a folder
  // now prints the terminal lines and writes nothing
  test.each<[string, string[], RegExp]>([
    ["neither --out nor --json", [], /^汇总（2 份，2023 年度[^\n]*）；未生成工作簿，加 --out 汇总\.xlsx 即可生成\n已达标 \d+/],
    ["neither, in --lang en", ["--lang", "en"], /^Summary \(2 returns, year 2023[^\n]*\); no workbook written: add --out 汇总\.xlsx to write one\nMet \d+/],
  ])("%s: the terminal lines, nothing written", async (_, more, text) => {
    const before = files();
    const r = await cli("summary", got, ...more);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toMatch(text);
    expect(files()).toEqual(before);
    expect(existsSync(join(process.cwd(), "汇总.xlsx"))).toBe(false);
  }, 30000);
});
