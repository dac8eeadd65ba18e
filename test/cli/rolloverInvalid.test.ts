import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeIssue } from "../../src/domain/describeIssue";
import { loadWorkbookFile } from "../../src/cli/loadWorkbookFile";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { Issue } from "../../src/domain/Issue";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

// a manager's trial: rollover carried 约3.2, "3,520", ５９．２ and 0.955 in a 0.0% cell and said only
// "带入 90 个已填单元格"; they showed up first in the next year's check. Each value of the return's own
// year or an earlier one that its check finds invalid is now named, where it sits in the new return
const dir = mkdtempSync(join(tmpdir(), "rollover-invalid-"));
const T = findTemplate("zhoushan-2021-2025")!;
if (T.kind !== "indicators") throw new Error("indicators");
const ids = T.indicators.map((d) => d.id);

// a trial's plan gave some rows no target in the return's year (`—`): ３.８ and 约3.5 there were
// left off rollover's list, and the new year's check flagged them all the same
const noTarget: Template = { ...T, indicators: T.indicators.map((d) => (d.id === ids[1] ? { ...d, yearlyTargets: { "2023": "—", "2025": "4.5" } } : d)) };

// trial 28a: rows the plan never gives a number (全覆盖 at the end with `/` before it; `/` throughout): −3 and
// 「1,234」 there passed 2023's check unsaid (§8g) and were listed, then flagged 请改正 in 2024's check
const noNumber: Template = { ...T, indicators: T.indicators.map((d) => (d.id === ids[2] ? { ...d, target: "全覆盖", yearlyTargets: { "2023": "/", "2025": "全覆盖" } }
  : d.id === ids[5] ? { ...d, baseline: "/", target: "/" } : d)) };

type Typed = { id: string; year: number; value: string | number | Date; numFmt?: string };

async function rolled(name: string, typed: Typed[], lang: "zh" | "en" = "zh", template: Template = T): Promise<{ lines: string[]; at: (id: string, year: number) => string; issue: (id: string, year: number) => Issue | undefined; invalid: number }> {
  const src = join(dir, `${name}.xlsx`), out = join(dir, `${name}-2024.xlsx`);
  const wb = planToWorkbook(buildWorkbookPlan([template], { year: 2023, reportingUnit: "定海区" }));
  // the samples numbers only: it types some invalid values of its own (约100, #DIV/0!, ４.２)
  const valid = sampleReturn(T, 2023).filter((e) => typeof e.value === "number" && !e.numFmt?.includes("%"));
  const entries: InputEntry[] = [...valid.filter((e) => !typed.some((x) => e.id === x.id && e.key === `in:${x.year}`)), ...typed.map((x) => ({ template: T.id, id: x.id, key: `in:${x.year}`, value: x.value, ...(x.numFmt ? { numFmt: x.numFmt } : {}) }))];
  expect(fillInputs(wb, entries)).toEqual([]);
  await wb.xlsx.writeFile(src);
  const r = await cli("rollover", src, "--year", "2024", "--out", out, "--force", "--lang", lang);
  expect([r.code, r.err]).toEqual([0, ""]);
  const g = await loadWorkbookFile(out);
  if (!g.ok) throw new Error(g.message);
  const c = checkGrid(g.grid);
  if (!c.ok) throw new Error(c.message);
  const at = (id: string, year: number): string => {
    const i = c.report.items.find((x) => x.id === id)!;
    return `${i.sheet}!${i.cells[String(year)]} ${i.name} ${year}`;
  };
  const issue = (id: string, year: number): Issue | undefined => {
    const i = c.report.items.find((x) => x.id === id)!;
    return i.issues.find((x) => x.cell === i.cells[String(year)]);
  };
  return { lines: r.out.split("\n"), at, issue, invalid: c.report.counts.invalid };
}

describe("rollover names each carried value its check finds invalid", () => {
  test.each<[string, Typed[], Array<[id: string, year: number, typed: string, why: string]>]>([
    ["an approximate value typed as text, the return's own year", [{ id: ids[3]!, year: 2023, value: "约15.2" }], [[ids[3]!, 2023, "约15.2", "实际为约数「约15.2」：请填确切数值，如确为 15.2，请填 15.2"]]],
    ["a number with separators typed as text", [{ id: ids[1]!, year: 2023, value: "3,520" }], [[ids[1]!, 2023, "3,520", "「3,520」"]]],
    ["full-width digits, an earlier year", [{ id: ids[4]!, year: 2022, value: "８９．２" }], [[ids[4]!, 2022, "８９．２", "填写的是文本「８９．２」，公式无法读取；应填数值，建议改为 89.2"]]],
    ["95.5% typed into a percent style of a % row", [{ id: ids[4]!, year: 2023, value: 0.955, numFmt: "0.0%" }], [[ids[4]!, 2023, "95.5%", "应填 95.5（不带 %）"]]],
    ["several, in the new return's order", [{ id: ids[4]!, year: 2023, value: "约89" }, { id: ids[1]!, year: 2022, value: "3,520" }],
      [[ids[1]!, 2022, "3,520", "「3,520」"], [ids[4]!, 2023, "约89", "约数「约89」"]]],
    // trial 25a: rollover said 数字存为文本, check 数值带了单位「亿元」…建议改为 12.5
    ["a number with its unit typed as text", [{ id: ids[3]!, year: 2023, value: "12.5亿元" }], [[ids[3]!, 2023, "12.5亿元", "所带单位「亿元」不是本行单位"]]],
    ["valid numbers only: nothing named", [], []],
  ])("%s", async (name, typed, named) => {
    await expectNamed(name, typed, named, T);
  });

  test.each<[string, Typed[], Array<[id: string, year: number, typed: string, why: string]>]>([
    ["full-width digits in a year the plan sets no target for", [{ id: ids[1]!, year: 2023, value: "３.８" }], [[ids[1]!, 2023, "３.８", "「３.８」"]]],
    ["an approximate value in a year without a target, beside one with", [{ id: ids[1]!, year: 2023, value: "约3.5" }, { id: ids[3]!, year: 2023, value: "约15.2" }],
      [[ids[1]!, 2023, "约3.5", "约数「约3.5」"], [ids[3]!, 2023, "约15.2", "约数「约15.2」"]]],
  ])("%s", async (name, typed, named) => {
    await expectNamed(`nt-${name}`, typed, named, noTarget);
  });

  test.each<[string, Typed[], Array<[id: string, year: number, typed: string, why: string]>]>([
    ["−3 under `/` with 全覆盖 at the end, 「1,234」 in a row `/` throughout: words may answer them", [{ id: ids[2]!, year: 2023, value: -3 }, { id: ids[5]!, year: 2023, value: "1,234" }], []],
    ["the same beside a row judged by a number", [{ id: ids[2]!, year: 2023, value: -3 }, { id: ids[5]!, year: 2023, value: "1,234" }, { id: ids[3]!, year: 2023, value: "约15.2" }],
      [[ids[3]!, 2023, "约15.2", "约数「约15.2」"]]],
  ])("%s", async (name, typed, named) => {
    await expectNamed(`nn-${name}`, typed, named, noNumber);
  });

  async function expectNamed(name: string, typed: Typed[], named: Array<[string, number, string, string]>, template: Template): Promise<void> {
    const { lines, at, issue, invalid } = await rolled(name.slice(0, 12), typed, "zh", template);
    // one rule: the list is what the new return's check calls unusable in those cells: warnings, not 数据异常
    for (const [id, y] of named) expect([issue(id, y)?.code, issue(id, y)?.severity]).toEqual(["earlier_year_invalid", "warning"]);
    expect(invalid).toBe(0);
    const head = lines.findIndex((l) => l.startsWith("注意：带入的"));
    if (named.length === 0) {
      expect(head).toBe(-1);
      return;
    }
    // trial29c F11: it said 仍会报错 while the new check warned and counted 数据异常 0; it now says what check does
    expect(lines[head]).toBe(`注意：带入的 ${named.length} 格在原填报（2023 年度）核对时不是有效数值，已照原样带入；新年度核对将其列为往年数值不能使用的警告（不计入数据异常，评估的趋势与预测不计入该年），请逐格改正：`);
    // one home for the reason: each line gives check's own words for the cell (its 「…数值不能使用（reason）」)
    // with check's caveat on a suggestion far from the plan (§8f our reading: 「3,520」 → 3520 in a 2.02 → 4.5 row)
    const checkSays = (id: string, y: number): string => {
      const said = describeIssue(issue(id, y)!, "zh");
      return (/数值不能使用（(.*)），评估/.exec(said)?.[1] ?? "(none)") + (/（但 [^（]*请核对单位和位数后再填）$/.exec(said)?.[0] ?? "");
    };
    expect(lines.slice(head + 1, head + 1 + named.length)).toEqual(named.map(([id, y]) => `  ${at(id, y)} 年：${checkSays(id, y)}`));
    for (const [i, [, , v, why]] of named.entries()) expect(lines[head + 1 + i]).toContain(why === v ? v : why);
  }

  test("a date typed in 2023 (9.5 read as 9月5日) stays a date, and the new check still offers 9.5", async () => {
    const { lines, at, issue } = await rolled("date", [{ id: ids[3]!, year: 2023, value: new Date(Date.UTC(2023, 8, 5)), numFmt: "yyyy-mm-dd" }]);
    // said to be a date, not "not a number" (session 18's note)
    expect(lines.find((l) => l.startsWith(`  ${at(ids[3]!, 2023)} 年：`))).toMatch(/日期 2023-09-05.*9\.5/);
    expect(issue(ids[3]!, 2023)?.params).toMatchObject({ reason: "not_a_number", meant: "9.5" });
  });

  test("in English", async () => {
    const { lines, at } = await rolled("en", [{ id: ids[1]!, year: 2023, value: "3,520" }], "en");
    const head = lines.findIndex((l) => l.startsWith("Note: 1 cell carried"));
    expect(lines[head]).toBe("Note: 1 cell carried is not a valid number in the 2023 return's check, carried as it is; the new year's check lists it as a warning that an earlier year's value cannot be used (not counted as 数据异常 (invalid data); the evaluation's trend and forecast leave that year out): correct each one:");
    // session 42: an earlier year's text number offered its slip reading, as the current year's is
    expect(lines[head + 1]).toMatch(new RegExp(`^  ${at(ids[1]!, 2023).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: "3,520" is text the formulas cannot read; read as 3520, about 782.2 times the largest of the plan's numbers: the wrong unit or a digit too many or too few\\? Did you mean 3\\.52\\?$`));
  });
});
