import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { cycleMessage } from "../../src/cli/cycleMessages";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

/**
 * Session 44: summary's line on a cover that names no 填报单位 was kept for every file read (its `files`), not for the
 * returns counted: 东城县's older version, its cover blank, said 「…文件名是下发给东城县的…按东城县的填报汇总」 though the
 * corrected version was summed and the older one was not. The line now follows the returns counted, as the
 * identical-figures line (sameValueGroups) and report's cover lines already did. On the old code the first case printed it.
 */
const zs = findTemplate("zhoushan-2021-2025") as Template;
async function returnBytes(unit: string, saved: string, value: number): Promise<Buffer> {
  const wb = planToWorkbook(buildWorkbookPlan([zs], { year: 2023, reportingUnit: unit }));
  const entries = sampleReturn(zs, 2023);
  // the two versions differ in one value, so neither is a copy of the other
  fillInputs(wb, entries.map((e, k) => (k === 0 ? { ...e, value } : e)));
  wb.modified = new Date(saved);
  return Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer);
}
const root = mkdtempSync(join(tmpdir(), "cover-counted-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a blank cover is said of a return counted, not of a version passed over", () => {
  // the files (name, cover unit, saved): whether the blank cover's line is said by summary and report
  test.each<[string, Array<[string, string, string]>, boolean]>([
    ["the blank-cover version is older: the corrected one is summed, no line", [["2023-东城县.xlsx", "", "2024-01-10"], ["2023-东城县（更正）.xlsx", "东城县", "2024-01-20"]], false],
    ["the blank-cover version is the latest: summed, said", [["2023-东城县.xlsx", "", "2024-01-20"], ["2023-东城县（旧）.xlsx", "东城县", "2024-01-10"]], true],
    ["the only return, its cover blank: said", [["2023-东城县.xlsx", "", "2024-01-20"]], true],
  ])("%s", async (_why, files, said) => {
    const dir = join(root, `d${files.length}${said ? "s" : "n"}`);
    mkdirSync(dir);
    for (const [k, [name, unit, saved]] of files.entries()) writeFileSync(join(dir, name), await returnBytes(unit, saved, 10 + k));
    const blank = join(dir, "2023-东城县.xlsx");
    const s = await cli("summary", dir, "--units", "东城县");
    const r = await cli("report", dir, "--units", "东城县");
    expect([s.code, r.code]).toEqual([0, 0]);
    for (const [out, task] of [[s.out, "summary"], [r.out, "report"]] as const) {
      const line = cycleMessage("cover_unit_by_name", { file: blank, unit: "东城县", task, gone: 0 }, "zh");
      expect([task, out.includes(line)]).toEqual([task, said]);
    }
  });
});
