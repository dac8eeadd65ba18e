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
  // the second file's cover unit, whether the two are two returns (summed) or one return twice (refused)
  test.each<[string, string, boolean]>([
    ["another unit's cover (北岭县 beside 东城县)", "北岭县", true],
    ["the same unit's cover", "东城县", false],
    ["a cover left blank", "", false],
  ])("%s: two returns %s", async (_why, unit, two) => {
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
    expect(findDuplicateReturn(grids)).toEqual(two ? null : [b, a]);
    const s = await cli("summary", dir, "--out", join(root, `s-${unit || "blank"}.xlsx`));
    if (two) {
      expect([s.code, s.out]).toEqual([0, expect.stringContaining(cycleMessage("same_values_units", { file: b, unit, other: a, otherUnit: "东城县", task: "summary" }, "zh"))]);
      expect(s.out).toContain("（2 份，2023 年度）");
      // report and check count the same two returns
      const r = await cli("report", dir, "--out", join(root, `r-${unit}.docx`));
      expect([r.code, r.out]).toEqual([0, expect.stringContaining("（2 份，2023 年度）")]);
      expect(r.out).toContain(cycleMessage("same_values_units", { file: b, unit, other: a, otherUnit: "东城县", task: "report" }, "zh"));
    } else {
      expect(s.code).toBe(1);
      expect(s.err).toContain("内容相同，是同一份填报");
    }
  });
});
