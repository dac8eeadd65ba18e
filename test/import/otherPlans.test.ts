import { readdirSync, readFileSync } from "fs";
import path from "path";
import { formatUnread, importTable } from "../../src/import";
import type { IndicatorDef } from "../../src/templates/TemplateSchema";
import { indicatorDirection } from "../../src/domain/indicatorDirection";
import { indicatorSpec } from "../../src/templates/indicatorSpec";

/**
 * Indicator tables of other kinds than the seeds (issue 15): city and county, 十二五 to 十四五,
 * education, health, civil affairs, disability, ecology; copied from a web page, a PDF, a mirror
 * site in traditional characters. Each `X.txt` has its expected reading in `X.expected.json`
 * (rows as [domain, number, name, part, unit, baseline, target, attribute]). A row is exact when
 * all eight agree; the figure per table is printed (the closing note's "rows exact").
 */
const DIR = path.join(__dirname, "../fixtures/tables/other");
const names = readdirSync(DIR).filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -4)).sort();

/**
 * The yearly plans' tables (trV: `yearly-*`) say more: the years with their own targets, each row's results
 * (year → value) and direction (evaluation-rules §3a), the codes said of the table (a column read otherwise
 * than as a target, a growth column taken as the target) and how many rows were not loaded (exit 4).
 */
interface Expected {
  baselineYear: number; targetYear: number; rows: string[][];
  yearlyTargetYears?: number[]; results?: Record<string, Record<string, string>>; directions?: Record<string, string>; said?: string[]; rowsNotLoaded?: number;
}

const row = (d: IndicatorDef): string[] => [d.domain === "未分类" ? "" : d.domain, d.number, d.name, d.part ?? "", d.unit, d.baseline, d.target ?? "", d.attribute ?? ""];

describe("importTable on other plans' tables", () => {
  test("there are at least five of them", () => {
    expect(names.length).toBeGreaterThanOrEqual(5);
  });

  test.each(names)("%s: rows exact", (name) => {
    const expected = JSON.parse(readFileSync(path.join(DIR, `${name}.expected.json`), "utf8")) as Expected;
    const r = importTable(readFileSync(path.join(DIR, `${name}.txt`), "utf8"));
    if (!r.ok) throw new Error(r.message);
    const got = r.template.indicators.map(row);
    const key = (x: string[]): string => JSON.stringify(x);
    const pool = new Map<string, number>();
    for (const g of got) pool.set(key(g), (pool.get(key(g)) ?? 0) + 1);
    let exact = 0;
    const missing: string[][] = [];
    for (const e of expected.rows) {
      const n = pool.get(key(e)) ?? 0;
      if (n > 0) {
        exact++;
        pool.set(key(e), n - 1);
      } else missing.push(e);
    }
    const extra = got.length - exact;
    console.log(`${name}: ${exact}/${expected.rows.length} rows exact${extra ? `, ${extra} other row(s) read` : ""}` +
      `${missing.length ? `\nnot exact: ${missing.map((m) => key(m)).join("\n  ")}\ngot: ${got.map(key).join("\n  ")}` : ""}\n${formatUnread(r)}`);
    expect([r.template.baselineYear, r.template.targetYear]).toEqual([expected.baselineYear, expected.targetYear]);
    expect(exact / expected.rows.length).toBeGreaterThanOrEqual(0.95);
    expect(extra).toBe(0);
    const t = r.template;
    if (expected.yearlyTargetYears) expect(t.yearlyTargetYears).toEqual(expected.yearlyTargetYears);
    if (expected.results) expect(Object.fromEntries(t.indicators.filter((d) => d.results).map((d) => [d.name, d.results]))).toEqual(expected.results);
    if (expected.directions) expect(Object.fromEntries(t.indicators.map((d) => [d.name, indicatorDirection(indicatorSpec(t, d), d.unit === "%").direction]))).toEqual(expected.directions);
    if (expected.said) expect(r.unread.map((u) => u.code)).toEqual(expect.arrayContaining(expected.said));
    if (expected.rowsNotLoaded !== undefined) expect(r.stats.rowsNotLoaded).toBe(expected.rowsNotLoaded);
  });
});
