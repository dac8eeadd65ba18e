import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { CheckReport } from "../../src/sheet/CheckReport";
import { AMENDED_DIR, amended, amendedReturnFile } from "../support/amendedReturn";
import { cli } from "../support/cli";

const V2 = join(AMENDED_DIR, "jianghai-v2.json");
const V3 = join(AMENDED_DIR, "jianghai-v3.json");
const LAST = { 全员劳动生产率增长: { 2021: 7.9, 2022: 3.2 }, 常住人口城镇化率: { 2021: 67, 2022: 67.6 }, 单位GDP能耗降低: { 2021: 2.5, 2022: 2.8 }, 粮食综合生产能力: { 2022: 29.8 } };

async function report(file: string): Promise<CheckReport> {
  const r = checkGrid(await readXlsxZip(readFileSync(file)));
  if (!r.ok) throw new Error(r.message);
  return r.report;
}
/** The value of the row whose name starts so, for a year, as the new return holds it (its check's value cells). */
const valueOf = (r: CheckReport, grid: Awaited<ReturnType<typeof readXlsxZip>>, name: string, year: number): string | undefined => {
  const item = r.items.find((i) => i.name.startsWith(name));
  const ref = item?.cells[String(year)];
  const s = grid.sheets.find((x) => x.name === item?.sheet);
  const m = ref ? /^([A-Z]+)(\d+)$/.exec(ref) : null;
  if (!s || !m) return undefined;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const c = s.rows[Number(m[2]) - 1]?.[col - 1];
  return c && c.type === "number" ? String(c.value) : c && c.type !== "empty" ? "text" : "";
};

describe("rollover --from: onto the plan amended mid-term (中期调整), history carried by indicator", () => {
  let dir = "";
  let v1 = "";
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "roll-amended-"));
    v1 = await amendedReturnFile(dir, "2022-东城区.xlsx", amended("v1"), 2022, LAST);
  }, 60000);

  test.each<[string, string, number, string]>([
    ["城镇化率 (v1 r03, v2 r02) keeps its 2021 value", "常住人口城镇化率", 2021, "67"],
    ["and its 2022 value", "常住人口城镇化率", 2022, "67.6"],
    ["a cumulative row keeps its earlier years (not counted as 0)", "单位GDP能耗降低", 2022, "2.8"],
    ["the last row, after the shift, keeps its value", "粮食综合生产能力", 2022, "29.8"],
    ["the added row (v2 r08, where v1 had 城镇调查失业率) starts blank", "城镇新增就业人数", 2021, ""],
  ])("%s", async (_why, name, year, value) => {
    const out = join(dir, `v2-${name}-${year}.xlsx`);
    const r = await cli("rollover", v1, "--year", "2023", "--from", V2, "--out", out);
    expect(r.code).toBe(0);
    const grid = await readXlsxZip(readFileSync(out));
    const rep = await report(out);
    expect(rep.templates[0]?.rows).not.toBe((await report(v1)).templates[0]?.rows);
    expect(valueOf(rep, grid, name, year)).toBe(value);
  }, 60000);

  test.each<[string, RegExp]>([
    ["the changes head", /换用调整后的模板.*有 5 处变动，指标按名称和单位对应/],
    ["a target raised", /目标改变：「常住人口城镇化率（%）」70 → 72/],
    ["an attribute changed", /属性改变：「每千人口拥有执业（助理）医师数（人）」预期性 → 约束性/],
    ["a row added, cumulative", /新增：「城镇新增就业人数（万人）」（以前各年为空，请补填；累计指标未填的年份按 0 计入累计）/],
    ["a row dropped", /删去：「全员劳动生产率增长（%）」/],
    ["the dropped row's values not carried, said", /「全员劳动生产率增长（%）」已从调整后的规划中删去，原填报中该行的 2 格（2021、2022 年）未带入新文件/],
  ])("the output says %s", async (_why, line) => {
    const r = await cli("rollover", v1, "--year", "2023", "--from", V2, "--out", join(dir, `lines-${Math.random()}.xlsx`));
    expect(r.out).toMatch(line);
  }, 60000);

  test("a rename (v2 → v3) carries the row as one indicator and says so", async () => {
    const v2 = await amendedReturnFile(dir, "2023-西湖县.xlsx", amended("v2"), 2023, { 单位GDP能耗降低: { 2021: 2.5, 2023: 3 } }, "西湖县");
    const out = join(dir, "v3.xlsx");
    const r = await cli("rollover", v2, "--year", "2024", "--from", V3, "--out", out);
    expect(r.out).toMatch(/改名：「单位GDP能耗降低（%）」→「单位地区生产总值能源消耗降低（%）」（按同一指标带入）/);
    expect(valueOf(await report(out), await readXlsxZip(readFileSync(out)), "单位地区生产总值能源消耗降低", 2023)).toBe("3");
  }, 60000);

  test("--out-dir: the changes said once for the units that carried that version", async () => {
    const folder = mkdtempSync(join(tmpdir(), "roll-amended-in-"));
    for (const u of ["东城区", "南山县"]) await amendedReturnFile(folder, `2022-${u}.xlsx`, amended("v1"), 2022, LAST, u);
    const r = await cli("rollover", folder, "--year", "2023", "--from", V2, "--out-dir", join(dir, "out"));
    expect(r.code).toBe(0);
    expect(r.out.match(/删去：「全员劳动生产率增长/g)).toHaveLength(1);
    expect(r.out).toMatch(/东城区、南山县原用的版本/);
    expect(r.out.match(/未带入新文件/g)).toHaveLength(2);
  }, 60000);

  test("another plan's template is refused with both ids, nothing written", async () => {
    const other = join(dir, "other.json");
    writeFileSync(other, JSON.stringify({ ...amended("v2"), id: "imported-2020-2025-ffffffff", title: "江海市卫生健康事业发展“十四五”规划主要指标" }));
    const out = join(dir, "refused.xlsx");
    const r = await cli("rollover", v1, "--year", "2023", "--from", other, "--out", out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/imported-2020-2025-67ba6e6e.*imported-2020-2025-ffffffff.*不是同一规划，未生成任何文件/);
    expect(existsSync(out)).toBe(false);
  }, 60000);

  // trial39e F2: a unit changed (万吨 → 亿斤, same name) was said as both 新增 and 删去 of one name, then 「已从调整后的规划中删去」
  test.each<[string, "zh" | "en", RegExp[]]>([
    ["zh", "zh", [/有 6 处变动/, /^ {2}单位改变：「粮食综合生产能力（亿斤）」万吨 → 亿斤（同一指标，以前各年的数值按原单位填写，不换算、不带入，请按新单位补填）$/m,
      /^注意：「粮食综合生产能力（亿斤）」的单位由 万吨 改为 亿斤，原填报中该行的 1 格（2022 年）是按 万吨 填的，未换算、未带入新文件：请按 亿斤 补填这几年/m]],
    ["en", "en", [/6 changes/, /^ {2}unit changed: "粮食综合生产能力（亿斤）" 万吨 → 亿斤 \(the same indicator; earlier years' values, in the old unit, are neither converted nor carried/m,
      /^Note: the unit of "粮食综合生产能力（亿斤）" changed from 万吨 to 亿斤; its 1 cell in the original \(2022\), in 万吨, is neither converted nor carried/m]],
  ])("a row whose unit changed is said as one change of unit, its values not carried (%s)", async (_why, lang, lines) => {
    const t = amended("v2");
    const jin = join(dir, `jin-${lang}.json`);
    writeFileSync(jin, JSON.stringify({ ...t, indicators: t.kind === "indicators" ? t.indicators.map((d) => (d.name.startsWith("粮食") ? { ...d, name: "粮食综合生产能力（亿斤）", unit: "亿斤" } : d)) : [] }));
    const r = await cli("rollover", v1, "--year", "2023", "--from", jin, "--out", join(dir, `jin-${lang}.xlsx`), "--lang", lang);
    expect(r.code).toBe(0);
    for (const line of lines) expect(r.out).toMatch(line);
    expect(r.out).not.toMatch(/新增：「粮食|删去：「粮食|added: "粮食|dropped: "粮食/);
  }, 60000);

  // trial39e F1: the next period's table imported with the old --id was taken as a 中期调整 (29 changes, exit 0)
  test.each<[string, "zh" | "en", RegExp]>([
    ["zh", "zh", /「江海市国民经济和社会发展第十四个五年规划“十四五”时期经济社会发展主要指标」规划期为 2021–2025 年（基期 2020 年），--from \S+ 的「江海市卫生健康事业发展“十五五”规划主要指标」规划期为 2026–2030 年（基期 2025 年）：这是另一个规划期的规划，不是中期调整.*未生成任何文件：请不加 --id 重新导入新规划的指标表.*distribute --from "新规划的模板.json" --year 2023/],
    ["en", "en", /plan period 2021–2025 \(baseline 2020\), while --from \S+ is "江海市卫生健康事业发展“十五五”规划主要指标", plan period 2026–2030 \(baseline 2025\): another period's plan, not a mid-term revision.*nothing written: import the new plan's table again without --id/],
  ])("a template of the same id for another plan period is refused, naming both periods (%s)", async (_why, lang, line) => {
    const next = join(dir, `next-${lang}.json`);
    writeFileSync(next, JSON.stringify({ ...amended("v2"), title: "江海市卫生健康事业发展“十五五”规划主要指标", baselineYear: 2025, targetYear: 2030 }));
    const out = join(dir, `next-${lang}.xlsx`);
    const r = await cli("rollover", v1, "--year", "2023", "--from", next, "--out", out, "--lang", lang);
    expect([r.code, r.err.trim().split("\n")]).toEqual([1, [expect.stringMatching(line)]]);
    expect(existsSync(out)).toBe(false);
  }, 60000);
});
