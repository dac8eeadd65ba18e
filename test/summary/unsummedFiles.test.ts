import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";

/**
 * Trial I: a folder of 3 returns and 51 files of other programs was summed with each file named on
 * the terminal, while the workbook said only 汇总范围：…（3 份）: a manager who opens the workbook
 * never learns of them. Now the scope line counts them and 问题清单 has a row for each.
 */
const dir = mkdtempSync(join(tmpdir(), "unsummed-"));
const got = join(dir, "收到");
let scope = "";
let head = "";
let rows: string[][] = [];

beforeAll(async () => {
  const d = await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "甲区,乙区", "--deadline", "2024-01-31", "--out-dir", got);
  expect(d.code).toBe(0);
  // a workbook of another program, named after no unit, and a CSV named after 乙区's neighbour
  const other = new ExcelJS.Workbook();
  other.addWorksheet("Sheet1").getCell("A1").value = "企业名录";
  await other.xlsx.writeFile(join(got, "企业名录.xlsx"));
  writeFileSync(join(got, "丙区数据.csv"), "指标,数值\n城镇化率,70\n");
  const r = await cli("summary", got, "--out", join(dir, "汇总.xlsx"));
  expect(r.code).toBe(0);
  head = r.out.split("\n")[0] ?? "";
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "汇总.xlsx"));
  wb.getWorksheet("汇总")!.eachRow((row) => { const v = String(row.getCell(1).value ?? ""); if (v.startsWith("汇总范围")) scope = v; });
  rows = [];
  wb.getWorksheet("问题清单")!.eachRow((row) => rows.push([1, 2, 3, 4, 5, 6, 7].map((c) => String(row.getCell(c).value ?? ""))));
}, 120_000);

describe("files not summed are in the summary workbook", () => {
  test("the scope line counts them and points at 问题清单", () => {
    expect(scope).toMatch(/（2 份.*；另有 2 个文件未汇总，见「问题清单」表）$/);
  });

  test("the terminal's first line counts them", () => {
    expect(head).toMatch(/；另有 2 个文件未汇总，逐个列在下面和「问题清单」表中）$/);
  });

  test.each<[string, RegExp]>([
    ["企业名录.xlsx", /企业名录\.xlsx/],
    ["丙区数据.csv", /丙区数据\.csv/],
  ])("%s has its row, with why", (file, says) => {
    const row = rows.find((r) => r[2] === file);
    expect(row?.[3]).toBe("（文件未汇总）");
    expect(row?.[6]).toMatch(says);
  });
});
