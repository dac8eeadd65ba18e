import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

/**
 * trial28d F5: a plan revised mid-term (中期调整: 人均预期寿命 ≥81.5 → ≥81, 医师数 baseline 3.0 → 3.2),
 * carried into 2023 by `rollover --from` and on to 2024 without it: the report says the revision,
 * in the paragraph once and in the 附表's 目标值/基期值, and --json gives it per item.
 */
const HEAD = "类别\t序号\t指标\t单位\t2020年\t2025年\t属性";
const plan = (life: string, doctors: string, title: string): string => [
  `表1  青山县“十四五”经济社会发展主要指标${title}`, HEAD,
  "经济发展\t1\t常住人口城镇化率\t%\t62\t70左右\t预期性",
  `民生福祉\t2\t人均预期寿命\t岁\t80.0\t${life}\t约束性`,
  `\t3\t每千人口拥有执业(助理)医师数\t人\t${doctors}\t3.6\t预期性`,
].join("\n") + "\n";

/** Each row's value for a year (by the row's name's start), as a county fills them. */
const VALUES: Record<number, Record<string, number>> = {
  2021: { 常住人口城镇化率: 63, 人均预期寿命: 80.1, 每千人口: 3.2 },
  2022: { 常住人口城镇化率: 64, 人均预期寿命: 80.2, 每千人口: 3.3 },
  2023: { 常住人口城镇化率: 65, 人均预期寿命: 80.3, 每千人口: 3.35 },
  2024: { 常住人口城镇化率: 66.5, 人均预期寿命: 80.5, 每千人口: 3.45 },
};

let dir = "";
/** The plan files, as `import` writes them. */
let original = "";
let revised = "";

async function ok(...args: string[]): Promise<string> {
  const r = await cli(...args);
  if (r.code !== 0) throw new Error(`${args.join(" ")}: ${r.err}`);
  return r.out;
}

/** `file` with the values of `years` typed in, as a county fills its return. */
async function fill(file: string, years: readonly number[]): Promise<void> {
  const t = JSON.parse(readFileSync(original, "utf8")) as Template;
  if (t.kind !== "indicators") throw new Error("indicators");
  const entries: InputEntry[] = years.flatMap((y) => Object.entries(VALUES[y] ?? {}).map(([name, value]) => {
    const d = t.indicators.find((x) => x.name.startsWith(name));
    if (!d) throw new Error(name);
    return { template: t.id, id: d.id, key: `in:${y}`, value };
  }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  if (fillInputs(wb, entries).length) throw new Error("not placed");
  await wb.xlsx.writeFile(file);
}

/** `report --json` of a return. */
async function reportJson(file: string): Promise<{ text: string; items: Array<{ name: string; revisions?: unknown }> }> {
  return JSON.parse(await ok("report", file, "--json")) as { text: string; items: Array<{ name: string; revisions?: unknown }> };
}

/** Every text cell of the 评估 sheet of a report workbook. */
async function evaluationCells(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cells: string[] = [];
  wb.getWorksheet("评估")?.eachRow((row) => row.eachCell((c) => { if (typeof c.value === "string") cells.push(c.value); }));
  return cells;
}

const SAID = "规划中期调整 2 项指标（2023 年起）：人均预期寿命 目标由 ≥81.5 调整为 ≥81；每千人口拥有执业(助理)医师数 基期值由 3.0 调整为 3.2。";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "mid-term-"));
  writeFileSync(join(dir, "plan.txt"), plan("≥81.5", "3.0", ""));
  writeFileSync(join(dir, "plan-revised.txt"), plan("≥81", "3.2", "（中期调整）"));
  original = join(dir, "plan.json");
  revised = join(dir, "plan-revised.json");
  await ok("import", join(dir, "plan.txt"), "--id", "qingshan-2021-2025", "--out", original);
  await ok("import", join(dir, "plan-revised.txt"), "--id", "qingshan-2021-2025", "--out", revised);
  await ok("template", "--from", original, "--year", "2022", "--unit", "青山县", "--out", join(dir, "2022.xlsx"));
  await fill(join(dir, "2022.xlsx"), [2021, 2022]);
  await ok("rollover", join(dir, "2022.xlsx"), "--year", "2023", "--from", revised, "--out", join(dir, "2023.xlsx"));
  await fill(join(dir, "2023.xlsx"), [2023]);
  await ok("rollover", join(dir, "2023.xlsx"), "--year", "2024", "--out", join(dir, "2024.xlsx"));
  await fill(join(dir, "2024.xlsx"), [2024]);
  // the same county had it not been revised: its report reads as before
  await ok("rollover", join(dir, "2022.xlsx"), "--year", "2023", "--out", join(dir, "2023-unrevised.xlsx"));
  await fill(join(dir, "2023-unrevised.xlsx"), [2023]);
}, 120000);

describe("a plan revised mid-term (rollover --from) is said by the report of that year and later", () => {
  test.each(["2023.xlsx", "2024.xlsx"])("%s: the paragraph says it once, after the count", async (file) => {
    const r = await reportJson(join(dir, file));
    expect(r.text.startsWith(`规划确定主要指标 3 项（约束性 1 项、预期性 2 项）。${SAID}截至 `)).toBe(true);
    expect(r.text.split("规划中期调整")).toHaveLength(2);
  }, 60000);

  test.each<[string, string, unknown]>([
    ["a target", "人均预期寿命", [{ year: 2023, target: { from: "≥81.5", to: "≥81" } }]],
    ["a baseline", "每千人口拥有执业(助理)医师数", [{ year: 2023, baseline: { from: "3.0", to: "3.2" } }]],
    ["none on a row not revised", "常住人口城镇化率", undefined],
  ])("--json gives the revisions of %s, kept by a rollover without --from", async (_what, name, revisions) => {
    const r = await reportJson(join(dir, "2024.xlsx"));
    expect(r.items.find((i) => i.name.startsWith(name))?.revisions).toEqual(revisions);
  }, 60000);

  test.each([
    ["目标值", "≥81（2023 年中期调整，原 ≥81.5）"],
    ["基期值", "3.2（2023 年中期调整，原 3.0）"],
  ])("the xlsx 附表's %s says the revision", async (_column, cell) => {
    const out = join(dir, "report2024.xlsx");
    await ok("report", join(dir, "2024.xlsx"), "--out", out, "--force");
    expect(await evaluationCells(out)).toContain(cell);
  }, 60000);

  test("grades stay on the revised values: the 2023 report grades 人均预期寿命 against ≥81", async () => {
    const r = await reportJson(join(dir, "2023.xlsx"));
    expect(r.text).toMatch(/人均预期寿命（预计 2025 年 [\d.]+ 岁，目标 ≥81 岁；/);
  }, 60000);

  test("a second revision appends, with its own year", async () => {
    writeFileSync(join(dir, "plan-2024.txt"), plan("≥80.8", "3.2", "（再次调整）"));
    await ok("import", join(dir, "plan-2024.txt"), "--id", "qingshan-2021-2025", "--out", join(dir, "plan-2024.json"));
    await ok("rollover", join(dir, "2023.xlsx"), "--year", "2024", "--from", join(dir, "plan-2024.json"), "--out", join(dir, "2024-again.xlsx"));
    const r = await reportJson(join(dir, "2024-again.xlsx"));
    expect(r.items.find((i) => i.name.startsWith("人均预期寿命"))?.revisions).toEqual([
      { year: 2023, target: { from: "≥81.5", to: "≥81" } }, { year: 2024, target: { from: "≥81", to: "≥80.8" } },
    ]);
    expect(r.text).toContain("人均预期寿命 目标由 ≥81.5 调整为 ≥81（2023 年起）、目标由 ≥81 调整为 ≥80.8（2024 年起）");
  }, 60000);

  // trial35 M9: the count went 3 → 4 while the paragraph named only the changed target: an added row is named with the changes
  test.each<[string, string[], string]>([
    ["zh", [], "规划中期调整 2 项指标（2023 年起）：人均预期寿命 目标由 ≥81.5 调整为 ≥81；每千名老年人口康复护理床位数 为新增指标。"],
    ["en", ["--lang", "en"], "The plan was revised mid-term for 2 indicators (from 2023): 人均预期寿命 target from ≥81.5 to ≥81; 每千名老年人口康复护理床位数 added. "],
  ])("an indicator added by the revision is named (%s)", async (_lang, flags, said) => {
    const added = join(dir, "plan-added.txt");
    writeFileSync(added, plan("≥81", "3.0", "（中期调整）") + "\t4\t每千名老年人口康复护理床位数\t张\t3.0\t5.5\t预期性\n");
    await ok("import", added, "--id", "qingshan-2021-2025", "--out", join(dir, "plan-added.json"), "--force");
    await ok("rollover", join(dir, "2022.xlsx"), "--year", "2023", "--from", join(dir, "plan-added.json"), "--out", join(dir, "2023-added.xlsx"), "--force");
    const r = JSON.parse(await ok("report", join(dir, "2023-added.xlsx"), "--json", ...flags)) as { text: string; items: Array<{ name: string; revisions?: unknown }> };
    expect(r.text).toContain(said);
    expect(r.items.find((i) => i.name.startsWith("每千名老年人口"))?.revisions).toEqual([{ year: 2023, added: true }]);
  }, 60000);

  // trial35 M9: an indicator the amendment removed was named nowhere: named with the changes, and in --json's `removed`
  test.each<[string, string, string[], string]>([
    ["zh", "2023-removed.xlsx", [], "规划确定主要指标 2 项（约束性 1 项、预期性 1 项）。规划中期调整 2 项指标（2023 年起）：人均预期寿命 目标由 ≥81.5 调整为 ≥81；每千人口拥有执业(助理)医师数 已删去（不再评估）。"],
    ["en", "2023-removed.xlsx", ["--lang", "en"], "The plan was revised mid-term for 2 indicators (from 2023): 人均预期寿命 target from ≥81.5 to ≥81; 每千人口拥有执业(助理)医师数 removed (no longer evaluated). "],
    ["zh, a year later (rollover without --from keeps it)", "2024-removed.xlsx", [], "规划中期调整 2 项指标（2023 年起）：人均预期寿命 目标由 ≥81.5 调整为 ≥81；每千人口拥有执业(助理)医师数 已删去（不再评估）。"],
  ])("an indicator removed by the revision is named (%s)", async (_lang, file, flags, said) => {
    const removed = join(dir, "plan-removed.txt");
    // the revised plan without its row 3 (医师数)
    writeFileSync(removed, plan("≥81", "3.0", "（中期调整）").split("\n").filter((l) => !l.includes("医师数")).join("\n"));
    await ok("import", removed, "--id", "qingshan-2021-2025", "--out", join(dir, "plan-removed.json"), "--force");
    await ok("rollover", join(dir, "2022.xlsx"), "--year", "2023", "--from", join(dir, "plan-removed.json"), "--out", join(dir, "2023-removed.xlsx"), "--force");
    await ok("rollover", join(dir, "2023-removed.xlsx"), "--year", "2024", "--out", join(dir, "2024-removed.xlsx"), "--force");
    const r = JSON.parse(await ok("report", join(dir, file), "--json", ...flags)) as { text: string; items: Array<{ name: string }>; removed?: unknown };
    expect(r.text).toContain(said);
    expect(r.items.some((i) => i.name.includes("医师数"))).toBe(false);
    expect(r.removed).toEqual([{ template: "qingshan-2021-2025", id: expect.any(String), name: "每千人口拥有执业(助理)医师数", revisions: [{ year: 2023, removed: true }] }]);
  }, 60000);

  // trial39e F2: a unit changed (人 → 人/千人, the name the same) read as the row added and the row removed, one name twice
  test.each<[string, string[], string]>([
    ["zh", [], "规划中期调整 2 项指标（2023 年起）：人均预期寿命 目标由 ≥81.5 调整为 ≥81；每千人口拥有执业(助理)医师数 单位由 人 调整为 人/千人。"],
    ["en", ["--lang", "en"], "The plan was revised mid-term for 2 indicators (from 2023): 人均预期寿命 target from ≥81.5 to ≥81; 每千人口拥有执业(助理)医师数 unit from 人 to 人/千人. "],
  ])("an indicator whose unit the revision changed is said as such, neither added nor removed (%s)", async (_lang, flags, said) => {
    const unit = join(dir, "plan-unit.txt");
    writeFileSync(unit, plan("≥81", "3.0", "（中期调整）").replace("医师数\t人\t", "医师数\t人/千人\t"));
    await ok("import", unit, "--id", "qingshan-2021-2025", "--out", join(dir, "plan-unit.json"), "--force");
    await ok("rollover", join(dir, "2022.xlsx"), "--year", "2023", "--from", join(dir, "plan-unit.json"), "--out", join(dir, "2023-unit.xlsx"), "--force");
    const r = JSON.parse(await ok("report", join(dir, "2023-unit.xlsx"), "--json", ...flags)) as { text: string; items: Array<{ name: string; revisions?: unknown }>; removed?: unknown };
    expect(r.text).toContain(said);
    expect(r.items.find((i) => i.name.includes("医师数"))?.revisions).toEqual([{ year: 2023, unit: { from: "人", to: "人/千人" } }]);
    expect("removed" in r).toBe(false);
  }, 60000);

  test("a return not revised reads as before: no word of it", async () => {
    const r = await reportJson(join(dir, "2023-unrevised.xlsx"));
    expect(r.text).not.toContain("中期调整");
    expect(r.items.every((i) => i.revisions === undefined)).toBe(true);
    expect("removed" in r).toBe(false);
    const out = join(dir, "report-unrevised.xlsx");
    await ok("report", join(dir, "2023-unrevised.xlsx"), "--out", out);
    expect((await evaluationCells(out)).some((c) => c.includes("中期调整"))).toBe(false);
  }, 60000);
});
