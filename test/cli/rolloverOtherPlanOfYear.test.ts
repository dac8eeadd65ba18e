import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

/**
 * trial34 C9: `rollover 收到/ --year 2024` named another plan's 2024 return (江山县2024年国民经济… beside the
 * 交通 returns of 2023) "未换年度（已是 2024 年度的填报）", as if it were this plan's return already rolled over,
 * while summary and report on the same folder say it is another plan's. It now says so with their reason
 * (other_plan, domain/UnusableReason); this plan's own return of 2024 is still 已是 2024 年度的填报.
 */
const dir = mkdtempSync(join(tmpdir(), "rollover-other-plan-"));
const got = join(dir, "收到");
const zs = findTemplate("zhoushan-2021-2025") as Template;
const other = join(got, "2024-定海区-错.xlsx");
const same = join(got, "2024-岱山县.xlsx");

beforeAll(async () => {
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区", "--deadline", "2024-01-31", "--out-dir", got)).code).toBe(0);
  for (const [unit, shift] of [["定海区", 0], ["普陀区", 0.5]] as const) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(got, `2023-${unit}.xlsx`));
    expect(fillInputs(wb, sampleReturn(zs, 2023).filter((e) => typeof e.value === "number").map((e) => ({ ...e, value: (e.value as number) + shift })))).toEqual([]);
    await wb.xlsx.writeFile(join(got, `2023-${unit}.xlsx`));
  }
  expect((await cli("template", "quzhou-2021-2025", "--year", "2024", "--unit", "定海区", "--out", other)).code).toBe(0);
  expect((await cli("template", "zhoushan-2021-2025", "--year", "2024", "--unit", "岱山县", "--out", same)).code).toBe(0);
}, 60000);

describe("rollover names another plan's return of the year as summary does", () => {
  test.each<["zh" | "en", string, string, string]>([
    ["zh", `未换年度：${other}（是另一规划「“十四五”衢州市公共服务提升主要指标目标表」的填报，本次所用的是「舟山市“十四五”公共服务主要指标目标表」）`, `未换年度（已是 2024 年度的填报）：${same}`, "已是 2024 年度的填报）：" + other],
    ["en", `Not rolled over: ${other} (a return on another plan, "“十四五”衢州市公共服务提升主要指标目标表"; the returns used are on "舟山市“十四五”公共服务主要指标目标表")`, same, `${other} already`],
  ])("%s", async (lang, otherLine, sameLine, never) => {
    const r = await cli("--lang", lang, "rollover", got, "--year", "2024", "--out-dir", join(dir, `下发-${lang}`));
    expect(r.err).toBe("");
    const lines = r.out.split("\n");
    // (the English line of a folder's unusable file starts in lower case, as unusableFileLine writes it for every task)
    expect(lines.some((l) => l.toLowerCase().startsWith(otherLine.toLowerCase()))).toBe(true);
    expect(lines.filter((l) => l.includes(sameLine))).toHaveLength(1);
    expect(r.out).not.toContain(never);
  }, 60000);
});
