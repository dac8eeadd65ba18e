import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { countyReturn } from "../support/countyReturn";
import { cli } from "../support/cli";
import { findTemplate } from "../../src/templates/catalog";
import { templateRows } from "../../src/templates/templateRows";
import type { Template } from "../../src/templates/TemplateSchema";
import { titleWithRegion } from "../../src/templates/titleWithRegion";

/**
 * Two versions of one imported plan keep one id (a title's plan imported again), and their row
 * ids r01… then name other indicators. A trial summed a town of each and its report graded one
 * town on the other's 等级客运站. `summary` and `report` refuse them (named on the command line, as many
 * units on each), naming both files and the row that differs; a
 * corrected target keeps the rows, and the returns go together as before.
 */
const dir = mkdtempSync(join(tmpdir(), "versions-"));
const zs = findTemplate("zhoushan-2021-2025") as Template & { kind: "indicators" };
// the plan imported again with its third row left out: the same id, rows renumbered as an import numbers them
const fewer: Template = { ...zs, indicators: zs.indicators.filter((_, i) => i !== 2).map((d, i) => ({ ...d, id: zs.indicators[i]!.id })) };
const retargeted: Template = { ...zs, indicators: zs.indicators.map((d, i) => (i === 0 ? { ...d, target: "≥99" } : d)) };

describe("two versions of one template", () => {
  test.each<[string, Template, boolean]>([
    ["the same template", zs, true],
    ["a corrected target: the same rows", retargeted, true],
    ["a row left out, the rest renumbered", fewer, false],
    ["a row renamed", { ...zs, indicators: zs.indicators.map((d, i) => (i === 4 ? { ...d, name: `${d.name}（新）` } : d)) }, false],
  ])("templateRows: %s", (_, t, same) => {
    expect(templateRows(t) === templateRows(zs)).toBe(same);
  });

  // named on the command line, one file each: no version has more units, so which is current cannot be told;
  // both named with the row that differs (trial K: it was one file, and not what differs)
  test.each([
    ["summary", "汇总.xlsx", "汇总"],
    ["report", "评估.xlsx", "评估"],
  ])("%s refuses returns of two versions, naming both files", async (cmd, out, verb) => {
    const sub = mkdtempSync(join(dir, "set-"));
    const a = await countyReturn(sub, "东坑镇.xlsx", "东坑镇", 0, [zs]);
    const b = await countyReturn(sub, "沙湾镇.xlsx", "沙湾镇", 0.05, [fewer]);
    const r = await cli(cmd, a, b, "--out", join(sub, out));
    expect(r.code).not.toBe(0);
    expect(r.err).toContain(`这些填报是同一规划的 2 个版本，所用的填报单位一样多，无法判断${verb}哪一版（现行版本）：（1）${a}；（2）${b}（是「${titleWithRegion(zs)}」的另一版本：与（1）相比少了 ${zs.indicators[2]!.name}）`);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });

  test("a corrected target goes with the first version, as before", async () => {
    const sub = mkdtempSync(join(dir, "set-"));
    const a = await countyReturn(sub, "东坑镇.xlsx", "东坑镇", 0, [zs]);
    const b = await countyReturn(sub, "沙湾镇.xlsx", "沙湾镇", 0.05, [retargeted]);
    const r = await cli("summary", a, b, "--out", join(sub, "汇总.xlsx"));
    expect([r.code, r.err]).toEqual([0, ""]);
  });
});
