import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { findTemplate } from "../../src/templates/catalog";
import type { IndicatorTemplate, Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

/**
 * Trial K: a folder holding one return on last year's version of the plan (imported again since, a
 * row dropped and one added: same id, other rows) or on a sibling plan refused the whole summary,
 * naming one file a run and not what differs. Now the plan (the ledger's, else most units') and its
 * version (most units') are summed, each other return named with what differs and left out, its
 * unit chased as one whose file cannot be used; refused only when no version has more units than
 * every other, or a file named on the command line is on another.
 */
const dir = mkdtempSync(join(tmpdir(), "plan-versions-"));
const zs = findTemplate("zhoushan-2021-2025") as IndicatorTemplate;
const NEW: Template = { ...zs, indicators: [...zs.indicators.filter((d) => d.id !== "zs21-02"), { ...zs.indicators[2]!, id: "zs21-99", name: "城镇新增就业(万人)" }] };
const OLD: Template = zs;
const SIBLING: Template = { ...zs, id: "health-2021-2025", title: "舟山市卫生健康事业发展“十四五”规划主要指标", indicators: zs.indicators.slice(20, 26) };
// the plan amended mid-period (same rows): one target and one attribute changed, as trial K's 70 → 72 and 预期性 → 约束性
const AMENDED: Template = { ...NEW, indicators: NEW.indicators.map((d, i) => (i === 0 ? { ...d, target: "99" } : i === 1 ? { ...d, attribute: d.attribute === "约束性" ? "预期性" as const : "约束性" as const } : d)) };
const OLD_NAME = zs.indicators.find((d) => d.id === "zs21-02")?.name ?? "";

/** Writes each unit's return on its template into a fresh 收到 folder; the ledger is the NEW plan's. */
async function folder(name: string, units: Array<[string, Template]>): Promise<string> {
  const got = join(dir, name, "收到");
  mkdirSync(got, { recursive: true });
  for (const [i, [unit, t]] of units.entries()) {
    const file = join(dir, name, `${t.id}-${t === OLD ? "old" : "new"}.json`);
    writeFileSync(file, JSON.stringify(t));
    const out = join(dir, name, `下发${i}`);
    const d = await cli("distribute", file, "--year", "2023", "--units", unit, "--deadline", "2024-01-31", "--out-dir", out);
    expect(d.err).toBe("");
    if (t !== OLD && t !== SIBLING) copyFileSync(join(out, "报送台账.xlsx"), join(dir, name, "报送台账.xlsx"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, `2023-${unit}.xlsx`));
    // values apart per unit: the same values twice are one return given twice (duplicate_return)
    fillInputs(wb, sampleReturn(t, 2023).map((e) => (typeof e.value === "number" ? { ...e, value: e.value + i * 0.1 } : e)));
    await wb.xlsx.writeFile(join(got, `2023-${unit}.xlsx`));
  }
  return got;
}

interface Json { targetsDiffer?: Array<{ name: string; current: boolean; fields: string[]; versions: Array<{ target: string; attribute: string; units: string[] }> }>; skipped?: Array<{ file: string; reason: string; unit?: string; version?: { missing: string[]; extra: string[] } }>; units?: unknown[] }

describe("summary and report of a folder with returns on another plan or version", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  test.each<[string, Array<[string, Template]>, number, Array<[string, string]>, RegExp]>([
    ["one unit on last year's version: named with the rows that differ, the rest summed",
      [["定海区", NEW], ["普陀区", NEW], ["岱山县", NEW], ["嵊泗县", OLD]], 0, [["嵊泗县", "other_version"]],
      new RegExp(`嵊泗县：收到的文件无法汇总（是「[^」]+」的另一版本：与多数单位所用的版本相比少了 城镇新增就业\\(万人\\)，多了 ${OLD_NAME.replace(/[()]/g, "\\$&")}）`)],
    ["one unit on a sibling plan and one on the old version",
      [["定海区", NEW], ["普陀区", NEW], ["岱山县", SIBLING], ["嵊泗县", OLD]], 0, [["岱山县", "other_plan"], ["嵊泗县", "other_version"]],
      /岱山县：收到的文件无法汇总（是另一规划「舟山市卫生健康事业发展“十四五”规划主要指标」的填报/],
    ["as many units on each version: refused, both named with the difference",
      [["定海区", NEW], ["嵊泗县", OLD]], 1, [],
      /这些填报是同一规划的 2 个版本，所用的填报单位一样多.*（2）.*2023-嵊泗县\.xlsx（是「[^」]+」的另一版本：与（1）相比少了 城镇新增就业/],
    ["a sibling plan's return as many as the plan's: the ledger's plan is summed",
      [["定海区", NEW], ["岱山县", SIBLING]], 0, [["岱山县", "other_plan"]], /岱山县：收到的文件无法汇总（是另一规划/],
  ])("%s", async (name, units, code, skipped, line) => {
    const got = await folder(`case${units.map(([u, t]) => u + (t === NEW ? "n" : t === OLD ? "o" : "s")).join("")}`, units);
    const ledger = join(got, "..", "报送台账.xlsx");
    const text = await cli("summary", got, "--ledger", ledger);
    expect(text.code).toBe(code);
    expect(text.out + text.err).toMatch(line);
    if (code !== 0) return;
    for (const cmd of ["summary", "report"]) {
      const r = await cli(cmd, got, "--ledger", ledger, "--json");
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.out) as Json;
      expect((doc.skipped ?? []).map((x) => [x.unit, x.reason])).toEqual(skipped);
    }
  }, 60000);

  test.each<[string, Array<[string, Template]>, RegExp[]]>([
    ["one unit on the form from before the amendment: each differing row said, with units, the current first", [["定海区", AMENDED], ["普陀区", AMENDED], ["嵊泗县", NEW]], [
      new RegExp(`^规划版本不同：${NEW.indicators[0]!.name.replace(/[()]/g, "\\$&")} 目标 99（定海区、普陀区：多数单位所用的现行版本）与 ${NEW.indicators[0]!.target}（嵊泗县）；各单位按本单位填报表中的目标评估，请向嵊泗县下发现行版本的填报表$`, "m"),
      new RegExp(`^规划版本不同：${NEW.indicators[1]!.name.replace(/[()]/g, "\\$&")} 属性 ${AMENDED.kind === "indicators" ? AMENDED.indicators[1]!.attribute ?? "" : ""}（定海区、普陀区：多数单位所用的现行版本）与 ${NEW.indicators[1]!.attribute ?? "未标"}（嵊泗县）`, "m")]],
    ["as many units on each: none said to be current", [["定海区", AMENDED], ["嵊泗县", NEW]], [/^规划版本不同：.*目标 (99（定海区）与 .*（嵊泗县）|.*（嵊泗县）与 99（定海区）)；各单位按本单位填报表中的目标评估，各版本的单位一样多，无法判断哪一版现行$/m]],
  ])("targets amended mid-period: %s", async (_name, units, lines) => {
    const got = await folder(`amended${units.length}`, units);
    const ledger = join(got, "..", "报送台账.xlsx");
    const sum = await cli("summary", got, "--ledger", ledger);
    const rep = await cli("report", got, "--ledger", ledger, "--out", join(got, "..", "评估.docx"));
    for (const r of [sum, rep]) {
      expect(r.code).toBe(0);
      for (const l of lines) expect(r.out).toMatch(l);
    }
    const doc = JSON.parse((await cli("summary", got, "--ledger", ledger, "--json")).out) as Json;
    expect(doc.targetsDiffer?.map((d) => d.fields)).toEqual([["target"], ["attribute"]]);
    const byTarget = units.filter(([, t]) => t === AMENDED).map(([u]) => u);
    const versions = doc.targetsDiffer?.[0]?.versions ?? [];
    expect(versions.find((v) => v.target === "99")?.units).toEqual(byTarget);
    expect(doc.targetsDiffer?.[0]?.current).toBe(lines.length === 2);
    if (lines.length === 2) expect(versions[0]?.units).toEqual(byTarget);
  }, 60000);

  test("a file named on the command line on another version is refused, naming what differs", async () => {
    const got = await folder("named", [["定海区", NEW], ["普陀区", NEW], ["嵊泗县", OLD]]);
    const r = await cli("summary", join(got, "2023-定海区.xlsx"), join(got, "2023-普陀区.xlsx"), join(got, "2023-嵊泗县.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/2023-嵊泗县\.xlsx：是「[^」]+」的另一版本：与多数单位所用的版本相比少了 城镇新增就业\(万人\).*不能与其余填报一起汇总/);
  }, 60000);
});
