import { readdirSync, readFileSync, statSync } from "fs";
import path from "path";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import type { IndicatorSpec } from "../../src/domain/IndicatorSpec";
import { readTableFile } from "../../src/cli/readTableFile";
import { importTable, type ImportResult } from "../../src/import";
import { directionLine } from "../../src/import/rules/seriesDirection";
import { indicatorSpec } from "../../src/templates/indicatorSpec";
import { parseTemplate } from "../../src/templates/parseTemplate";
import type { IndicatorTemplate } from "../../src/templates/TemplateSchema";

/**
 * The import's line that a direction was read from the numbers (direction-from-series) is said of a row
 * exactly when `check` will give that row's plan note direction_inferred in some year a return can be
 * checked in (evaluation-rules §3a rule 4): for every row of the fixture tables (imported) and of the fixture
 * templates (test/fixtures/plans, trial29a's among them). Before, the import judged every plan a yearly
 * plan and read no note, so the two differed on works words and stated cuts.
 */
const FIXTURES = path.join(__dirname, "../fixtures");

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p, ext) : ext.test(f) ? [p] : [];
  });
}

/** Whether check warns direction_inferred on the row in any year baselineYear+1 … targetYear (no value typed: the plan's own note). */
function checkWarns(spec: IndicatorSpec): boolean {
  for (let year = Math.min(spec.baselineYear + 1, spec.targetYear); year <= spec.targetYear; year++) {
    if (evaluateIndicator({ spec, year, actuals: {} }).issues.some((i) => i.code === "direction_inferred")) return true;
  }
  return false;
}

/** The source lines said direction-from-series are those of the rows check warns on (a compound row's parts share their first line). */
function expectAgreement(r: Extract<ImportResult, { ok: true }>): void {
  const t = r.template;
  const warned = new Set<number>();
  for (const d of t.indicators) if (checkWarns(indicatorSpec(t, d))) for (const l of (r.indicatorRows[d.id] ?? []).slice(0, 1)) warned.add(l);
  const said = new Set(r.unread.filter((u) => u.code === "direction-from-series").map((u) => u.line));
  expect([...said].sort((a, b) => a - b)).toEqual([...warned].sort((a, b) => a - b));
}

const rel = (f: string): string => path.relative(FIXTURES, f);
const TABLE_FILE = /\.(txt|html|csv|xlsx|docx)$/;
const tables = [...filesUnder(path.join(FIXTURES, "tables"), TABLE_FILE), ...filesUnder(path.join(FIXTURES, "plans"), TABLE_FILE)];

/** A fixture as `plan-returns import` reads it (readTableFile: a sheet, a document's or web page's table, a text file). */
async function imported(file: string): Promise<ImportResult> {
  const read = await readTableFile(file);
  if (!read.ok) throw new Error(read.message);
  return importTable(read.text, { source: read.source, ...(read.names ? { documentNames: read.names } : {}) });
}

/** Tables that are not indicator tables (a project or reform list, a completion table, a 统计公报's table, prose): refused by importTable, nothing to agree on. */
const OTHER_KINDS: readonly string[] = ["project-table", "reform-table", "completion-table", "statistics-table", "no-header", "prose"];
const templates = filesUnder(path.join(FIXTURES, "plans"), /\.json$/);

describe("the import's inferred-direction line agrees with check's direction_inferred", () => {
  test("the fixtures are there (trial29a's among them)", () => {
    expect(tables.length).toBeGreaterThanOrEqual(40);
    expect(templates.map(rel)).toEqual(expect.arrayContaining([path.join("plans", "trial29a", "qz-2024.json"), path.join("plans", "trial29a", "yunxi-agri13.json")]));
  });

  test("most fixture tables are indicator tables, and some rows are read down from their numbers", async () => {
    const results = await Promise.all(tables.map(imported));
    const ok = results.flatMap((r) => (r.ok ? [r] : []));
    expect(ok.length).toBeGreaterThanOrEqual(50);
    expect(ok.flatMap((r) => r.unread).filter((u) => u.code === "direction-from-series").length).toBeGreaterThanOrEqual(3);
  });

  test.each(tables.map((f) => [rel(f), f]))("table %s: the lines said are the rows check warns on", async (_n, file) => {
    const r = await imported(file);
    if (!r.ok) {
      expect(OTHER_KINDS).toContain(r.code);
      return;
    }
    expectAgreement(r);
  });

  // the rows the old rule got wrong (it judged every plan a yearly plan and read no note), as a trial's plans write them
  const FIVE = "某市“十四五”规划主要指标\n序号\t指标\t单位\t2020年\t2025年\t累计\t属性\t备注\n";
  const YEARLY = "某县2026年国民经济和社会发展计划主要指标\n序号\t指标\t单位\t2025年预计完成\t2026年计划\t备注\n";
  test.each<[string, string, number]>([
    ["five-year plan: works words read from the series", FIVE + "1\t高标准农田建设\t万亩\t120\t110\t\t约束性\t\n2\t老旧小区改造\t个\t40\t30\t\t预期性\t\n3\t粮食播种规模\t万亩\t120\t110\t\t约束性\t", 3],
    ["five-year plan: a stated cut (累计, 调减)", FIVE + "1\t水产品总产量\t万吨\t120\t110\t〔-10〕\t预期性\t\n2\t生猪出栏\t万头\t50\t45\t\t预期性\t调减5万头\n3\t水产养殖规模\t万亩\t30\t25\t\t预期性\t", 1],
    ["yearly plan: works words up, a stated cut, a bare series", YEARLY + "1\t高标准农田建设\t万亩\t0.2\t0.15\t\n2\t水产品总产量\t万吨\t120\t110\t调减10万吨\n3\t水产养殖规模\t万亩\t30\t25\t", 1],
  ])("%s", (_d, table, down) => {
    const r = importTable(table);
    if (!r.ok) throw new Error(r.message);
    expectAgreement(r);
    expect(r.unread.filter((u) => u.code === "direction-from-series")).toHaveLength(down);
  });

  test.each(templates.map((f) => [rel(f), f]))("template %s: each row's line as check warns", (_n, file) => {
    const parsed = parseTemplate(JSON.parse(readFileSync(file, "utf8")), file);
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join("; "));
    if (parsed.template.kind !== "indicators") return;
    const t: IndicatorTemplate = parsed.template;
    const got = t.indicators.map((d) => [d.id, directionLine(indicatorSpec(t, d))?.code === "direction-from-series"]);
    const want = t.indicators.map((d) => [d.id, checkWarns(indicatorSpec(t, d))]);
    expect(got).toEqual(want);
  });
});
