import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { cycleMessage } from "../../src/cli/cycleMessages";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { findDuplicateReturn } from "../../src/sheet/findDuplicateReturn";
import { checkGrid } from "../../src/sheet/checkGrid";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

/**
 * trial35 M2: `summary d2022/` stopped with "2022-北岭县.xlsx：与 2022-东城县.xlsx 内容相同，是同一份填报…请去掉其中一个文件"
 * (exit 1, no workbook) where two counties sent identical values under covers naming each county, while `report` evaluated
 * both and `check` listed both. Covers naming two units are two returns: both summed, the likeness said in one line
 * (same_values_units); the same unit's cover, or one left blank, is still the same return twice (duplicate_return).
 */
const zs = findTemplate("zhoushan-2021-2025") as Template;
async function returnBytes(unit: string): Promise<Buffer> {
  const wb = planToWorkbook(buildWorkbookPlan([zs], { year: 2023, reportingUnit: unit }));
  fillInputs(wb, sampleReturn(zs, 2023));
  return Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer);
}
const root = mkdtempSync(join(tmpdir(), "same-values-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("two files alike in every value", () => {
  // the second file's cover unit, whether the two are two returns (summed), one return counted once (the same unit's
  // copy: its versions, trial39c F5) or one return twice that cannot be counted once (a blanked cover: refused)
  test.each<[string, string, "two" | "once" | "refused"]>([
    ["another unit's cover (北岭县 beside 东城县)", "北岭县", "two"],
    ["the same unit's cover", "东城县", "once"],
    ["a cover left blank", "", "refused"],
  ])("%s: %s", async (_why, unit, counted) => {
    const two = counted === "two";
    const dir = join(root, `u${unit || "blank"}`);
    mkdirSync(dir);
    const a = join(dir, "2023-东城县.xlsx"), b = join(dir, "2023-副本.xlsx");
    writeFileSync(a, await returnBytes("东城县"));
    writeFileSync(b, await returnBytes(unit));
    // the pane's 汇总所选文件 decides as summary does (findDuplicateReturn)
    const grids = await Promise.all([a, b].map(async (file) => {
      const grid = await readXlsxZip(readFileSync(file));
      const r = checkGrid(grid);
      if (!r.ok) throw new Error(r.message);
      return { file, grid, report: r.report };
    }));
    expect(findDuplicateReturn(grids)).toEqual(counted === "refused" ? [b, a] : null);
    const s = await cli("summary", dir, "--out", join(root, `s-${unit || "blank"}.xlsx`));
    if (two) {
      expect([s.code, s.out]).toEqual([0, expect.stringContaining(cycleMessage("same_values_units", { units: `东城县、${unit}`, files: `${a}、${b}`, n: 2, task: "summary" }, "zh"))]);
      expect(s.out).toContain("（2 份，2023 年度）");
      // report and check count the same two returns
      const r = await cli("report", dir, "--out", join(root, `r-${unit}.docx`));
      expect([r.code, r.out]).toEqual([0, expect.stringContaining("（2 份，2023 年度）")]);
      expect(r.out).toContain(cycleMessage("same_values_units", { units: `东城县、${unit}`, files: `${a}、${b}`, n: 2, task: "report" }, "zh"));
    } else if (counted === "once") {
      // one line naming the copy not summed again; report and check count it once too
      expect([s.code, s.out]).toEqual([0, expect.stringContaining("（1 份，2023 年度）")]);
      expect(s.out).toMatch(/东城县 收到 2 版，按最新一版（[^）]+，其余与它内容完全相同，是同一份填报的副本，只计一次）汇总，不重复汇总：/);
      const r = await cli("report", dir, "--out", join(root, `r-${unit}.docx`));
      expect([r.code, r.out]).toEqual([0, expect.stringContaining("（1 份，2023 年度）")]);
    } else {
      expect(s.code).toBe(1);
      expect(s.err).toContain("内容相同，是同一份填报");
    }
  });
});

/**
 * trial37c F6: three returns alike were paired differently by summary (景宁县 与 莲都区, 丽水经开区 与 莲都区) and report
 * (景宁县 与 丽水经开区, 莲都区 与 丽水经开区). One line per group names all three, in the same order in both (sameValueGroups):
 * the expected units' order (--units) where given, else the files' paths.
 */
describe("three units alike in every value", () => {
  test.each<[string, "zh" | "en", string[], string]>([
    ["zh, no --units: by file path", "zh", [], "东城县、北岭县、西山县 3 个单位填报的数值完全相同"],
    ["zh, --units order", "zh", ["西山县", "东城县", "北岭县"], "西山县、东城县、北岭县 3 个单位填报的数值完全相同"],
    ["en, --units order", "en", ["西山县", "东城县", "北岭县"], "西山县, 东城县 and 北岭县 sent exactly the same values"],
  ])("%s: one line in summary and report", async (why, lang, units, said) => {
    const dir = join(root, `three-${lang}-${units.length}`);
    mkdirSync(dir);
    // file names sort 1-, 2-, 3-: the path order is 东城县, 北岭县, 西山县
    for (const [i, unit] of ["东城县", "北岭县", "西山县"].entries()) writeFileSync(join(dir, `2023-${i + 1}${unit}.xlsx`), await returnBytes(unit));
    const lines = (out: string): string[] => out.split("\n").filter((l) => l.includes(lang === "en" ? "exactly the same values" : "完全相同"));
    const unitArgs = units.length ? ["--units", units.join(",")] : [];
    const s = await cli("summary", dir, ...unitArgs, "--lang", lang, "--out", join(root, `s3-${why}.xlsx`));
    const r = await cli("report", dir, ...unitArgs, "--lang", lang, "--out", join(root, `r3-${why}.docx`));
    expect([s.code, r.code]).toEqual([0, 0]);
    expect(lines(s.out)).toEqual([expect.stringContaining(said)]);
    expect(lines(r.out)).toEqual([expect.stringContaining(said)]);
    expect(lines(r.out)[0]!.replace(lang === "en" ? "evaluated" : "评估", "")).toBe(lines(s.out)[0]!.replace(lang === "en" ? "summed" : "汇总", ""));
  });
});
