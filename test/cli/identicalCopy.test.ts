import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

/**
 * Trial 39c F5: a return downloaded twice (「2023-定海区 (1).xlsx」 beside 「2023-定海区.xlsx」) made summary refuse the whole
 * folder (exit 1, nothing written) with a line reading 不重复汇总, while check and report called the two 几版无法区分新旧,
 * left 定海区 out, and advised review --replaces, which review refuses for a copy. A copy of the same content is one
 * return: check, summary and report count it once and say so in one line naming the copy.
 */
const dir = mkdtempSync(join(tmpdir(), "identical-copy-"));
const zs = findTemplate("zhoushan-2021-2025") as Template;

/** how the copy is made: the same bytes, or the same content saved again (another save time, other bytes) */
const COPIES: ReadonlyArray<[string, (from: string, to: string) => Promise<void>]> = [
  ["byte for byte (downloaded twice)", async (from, to) => copyFileSync(from, to)],
  ["the same content saved again", async (from, to) => { const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(from); await wb.xlsx.writeFile(to); }],
];
const folderOf = (i: number): string => join(dir, `收到${i}`);
const original = (i: number): string => join(folderOf(i), "2024-定海区.xlsx");
const copy = (i: number): string => join(folderOf(i), "2024-定海区 (1).xlsx");

beforeAll(async () => {
  const d = await cli("distribute", zs.id, "--year", "2024", "--units", "定海区,普陀区", "--out-dir", join(dir, "下发"));
  expect(d.code).toBe(0);
  for (const [i, [, make]] of COPIES.entries()) {
    mkdirSync(folderOf(i));
    for (const unit of ["定海区", "普陀区"]) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, "下发", `2024-${unit}.xlsx`));
      expect(fillInputs(wb, sampleReturn(zs, 2024))).toEqual([]);
      await wb.xlsx.writeFile(join(folderOf(i), `2024-${unit}.xlsx`));
    }
    await make(original(i), copy(i));
  }
}, 60000);

const CASES = COPIES.flatMap(([how], i) => (["check", "summary", "report"] as const).map((command) => [command, how, i] as const));

describe("an identical copy of a return is counted once, said in one line", () => {
  test.each(CASES)("%s, a copy made %s", async (command, _how, i) => {
    const args = command === "check" ? ["check", folderOf(i)] : command === "summary" ? ["summary", folderOf(i), "--out", join(dir, `汇总${i}.xlsx`)] : ["report", folderOf(i), "--out", join(dir, `评估${i}.docx`)];
    const r = await cli(...args);
    const all = `${r.out}${r.err}`;
    expect(r.code).toBe(0);
    expect(all).not.toContain("无法区分新旧");
    expect(all).not.toContain("--replaces");
    // one line says the copy is the same return, counted once, and names the file not counted
    const lines = all.split("\n").filter((l) => l.includes("只计一次"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^定海区 收到 2 版，按最新一版（[^，]+，其余与它内容完全相同，是同一份填报的副本，只计一次）/);
    expect([original(i), copy(i)].filter((f) => lines[0]!.includes(f))).toHaveLength(2);
    if (command !== "check") expect(r.out).toContain("（2 份，2024 年度）");
  }, 90000);

  test.each(COPIES.map(([how], i) => [how, i] as const))("summary --lang en, a copy made %s: the line in English", async (_how, i) => {
    const r = await cli("summary", folderOf(i), "--out", join(dir, `汇总-en${i}.xlsx`), "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/定海区 sent 2 versions; the latest \([^,]+, the others are identical copies of it, the same return counted once\) is summed; not summed again: /);
  }, 60000);
});
