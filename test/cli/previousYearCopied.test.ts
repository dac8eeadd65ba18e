import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { sampleWorkbook } from "../support/sampleWorkbook";
import { FIRST_DATA_ROW, KEY_ROW } from "../../src/sheet/keys";
import { FLAGS_SHEET } from "../../src/sheet/summarySheets";

/**
 * A county's real .xlsx whose 2023 column holds its 2022 values, copied over and not updated (the
 * habit an earlier trial found): `check` says so once, in --lang's words, `--json` gives it coded, and
 * `summary`'s 问题清单 and `review`'s output list it as they list every problem of a sheet.
 */
const ID = "zhoushan-2021-2025";
const YEAR = 2023;
const dir = mkdtempSync(join(tmpdir(), "previous-year-copied-"));
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const unquoted = (s: string): string => s.replace(/"[^"]*"/g, '""');
const bangLines = (out: string): string[] => out.split("\n").filter((l) => l.startsWith("! "));

type Copied = { file: string; sheet: string; params: { sheet: string; year: number; previous: number; equal: number; count: number; cells: string } };

/** The sample return of 定海区 for 2023, then (when `copy`) its 2022 column pasted over 2023's wherever 2022 holds a number. */
async function countyFile(name: string, copy: boolean): Promise<Copied> {
  const { wb, ws } = sampleWorkbook(ID, YEAR, "定海区");
  const col = (key: string): number => { let c = 0; ws.getRow(KEY_ROW).eachCell((x, n) => { if (x.value === key) c = n; }); return c; };
  const [before, now, id] = [col(`in:${YEAR - 1}`), col(`in:${YEAR}`), col("id")];
  const cells: string[] = [];
  for (let r = FIRST_DATA_ROW; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, before).value;
    if (!copy || typeof v !== "number" || typeof ws.getCell(r, id).value !== "string") continue;
    ws.getCell(r, now).value = v;
    cells.push(ws.getCell(r, now).address);
  }
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return { file, sheet: ws.name, params: { sheet: ws.name, year: YEAR, previous: YEAR - 1, equal: cells.length, count: cells.length, cells: cells.slice(0, 5).join("\n") } };
}

describe("check, summary and review of a return whose 2023 column is 2022's, copied", () => {
  test("the sample return copies enough rows to be told (the test is not empty)", async () => {
    const m = await countyFile("enough.xlsx", true);
    expect(m.params.count).toBeGreaterThanOrEqual(10);
  });

  test.each<[string, boolean, boolean]>([
    ["the copied column: told once", true, true],
    ["the sample return as filled (2023 its own): not told", false, false],
  ])("%s, Chinese by default, English with --lang en", async (_why, copy, told) => {
    const m = await countyFile(`check-${String(copy)}.xlsx`, copy);
    const zh = await cli("check", m.file);
    const en = await cli("check", m.file, "--lang", "en");
    expect([zh.code, en.code]).toEqual([0, 0]);
    const zhLines = bangLines(zh.out).filter((l) => l.includes("几乎全部相同") || l.includes("全部相同"));
    const enLines = bangLines(en.out).filter((l) => l.includes(`the same as ${YEAR - 1}'s`));
    if (!told) { expect([zhLines, enLines]).toEqual([[], []]); return; }
    const { count, cells } = m.params;
    const named = cells.split("\n");
    expect(zhLines).toEqual([`! 工作表「${m.sheet}」${YEAR} 年的数值与 ${YEAR - 1} 年全部相同：两年都填了数值的 ${count} 行中有 ${count} 行与上年相同（${named.join("、")} 等），可能是复制了上年的列（或整行数值）后没有改成本年的；核对、汇总和评估都把这些数值当作 ${YEAR} 年的。请逐行核对并填入 ${YEAR} 年的数值；确实与上年相同的（如保持不变的耕地保有量）可不改。本条是提醒，不影响锁定`]);
    expect(enLines).toHaveLength(1);
    const line = enLines[0] ?? "";
    expect(line.startsWith(`! Sheet "${m.sheet}": the ${YEAR} values are all the same as ${YEAR - 1}'s: of the ${count} rows with a number in both years, ${count} hold the same value as in ${YEAR - 1} (${named.join(", ")}, …)`)).toBe(true);
    expect(unquoted(line)).not.toMatch(CJK);
  });

  test("check --json: `problemCodes` coded alike in both languages, `problems` in the --lang asked for", async () => {
    const m = await countyFile("json.xlsx", true);
    const docs = await Promise.all((["zh", "en"] as const).map(async (lang) => {
      const r = await cli("check", m.file, "--json", "--lang", lang);
      expect(r.code).toBe(0);
      return JSON.parse(r.out) as { problems: string[]; problemCodes: Array<{ code: string; params: unknown }> };
    }));
    const [zh, en] = docs as [typeof docs[0], typeof docs[0]];
    expect(zh.problemCodes.filter((p) => p.code === "previous_year_copied")).toEqual([{ code: "previous_year_copied", params: m.params }]);
    expect(en.problemCodes).toEqual(zh.problemCodes);
    const at = zh.problemCodes.findIndex((p) => p.code === "previous_year_copied");
    expect(zh.problems[at]).toMatch(new RegExp(`^工作表「${m.sheet}」${YEAR} 年的数值与 ${YEAR - 1} 年全部相同`));
    expect(en.problems[at]).toMatch(new RegExp(`^Sheet "${m.sheet}": the ${YEAR} values are all the same as ${YEAR - 1}'s`));
  });

  test("summary's 问题清单: one row for the sheet, its 位置 the first equal cell; review prints the line", async () => {
    const m = await countyFile("summary.xlsx", true);
    const out = join(dir, "汇总.xlsx");
    const s = await cli("summary", m.file, "--out", out);
    expect(s.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const flags = wb.getWorksheet(FLAGS_SHEET);
    if (!flags) throw new Error("no 问题清单");
    const rows: string[][] = [];
    flags.eachRow((row) => { rows.push(Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).text)); });
    const copied = rows.filter((r) => r.some((c) => c.includes(`${YEAR} 年的数值与 ${YEAR - 1} 年全部相同`)));
    expect(copied).toHaveLength(1);
    const [unit, sheet, place, what] = copied[0] ?? [];
    expect([unit, sheet, place, what]).toEqual(["定海区", m.sheet, `${m.sheet}!${m.params.cells.split("\n")[0]}`, "（整张工作表）"]);

    const r = await cli("review", m.file, "--out", join(dir, "审核.xlsx"));
    expect(r.code).toBe(0);
    expect(bangLines(r.out).filter((l) => l.includes(`${YEAR} 年的数值与 ${YEAR - 1} 年全部相同`))).toHaveLength(1);
  });
});
