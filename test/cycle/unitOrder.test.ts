import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";

/**
 * Units are summed in the order the office uses (a user's trial, item 15): the ledger's or
 * --units order when given, else the order the files were given; never by code point, which
 * puts 丁县 before 丙区 before 乙县 before 甲县.
 */
const dir = mkdtempSync(join(tmpdir(), "unit-order-"));
const d = join(dir, "下发");
const UNITS = ["甲县", "乙县", "丙区", "丁县"];

beforeAll(async () => {
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", UNITS.join(","), "--deadline", "2024-01-31", "--out-dir", d)).code).toBe(0);
  const ExcelJS = (await import("exceljs")).default;
  const { fillInputs } = await import("../../src/hosts/xlsx/fillInputs");
  for (const [i, unit] of UNITS.entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(d, `2023-${unit}.xlsx`));
    expect(fillInputs(wb, [{ template: "zhoushan-2021-2025", id: "zs21-24", key: "in:2023", value: 6.5 + i / 10 }])).toEqual([]);
    await wb.xlsx.writeFile(join(d, `2023-${unit}.xlsx`));
  }
}, 60000);

const files = (names: string[]): string[] => names.map((u) => join(d, `2023-${u}.xlsx`));

test.each<[string, string[], string[]]>([
  ["the folder, with the ledger: the ledger's order", [d, "--ledger", join(d, "报送台账.xlsx")], UNITS],
  ["files in another order, with --units: the --units order", [...files(["丁县", "甲县", "丙区", "乙县"]), "--units", "乙县,甲县,丁县,丙区"], ["乙县", "甲县", "丁县", "丙区"]],
  ["files named one by one, no list: the order given", files(["丙区", "甲县", "丁县", "乙县"]), ["丙区", "甲县", "丁县", "乙县"]],
  ["--units naming only some: those first, then the others as given", [...files(["丁县", "丙区", "乙县", "甲县"]), "--units", "甲县,乙县"], ["甲县", "乙县", "丁县", "丙区"]],
])("%s", async (_why, args, order) => {
  const out = join(dir, `汇总-${order.join("")}.xlsx`);
  const s = await cli("summary", ...args, "--as-of", "2024-02-01", "--out", out, "--json");
  expect(s.err).toBe("");
  const json = JSON.parse(s.out) as { units: Array<{ unit: string }>; lagging: Array<{ unit: string }> };
  expect(json.units.map((u) => u.unit)).toEqual(order);
  // the lists follow the same order (the lagging rows of one indicator, a unit each)
  expect(json.lagging.map((x) => x.unit)).toEqual(order.filter((u) => json.lagging.some((x) => x.unit === u)));
  const text = await cli("summary", ...args, "--as-of", "2024-02-01", "--out", out, "--force");
  expect(text.code).toBe(0);
}, 60000);
