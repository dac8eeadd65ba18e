/**
 * trial37c F5, level rows: a 2024 return rolled over from a 2023 one received 本年度未填, filled only for 2024, was told of
 * its blank 2023 only on the cumulative rows (「累计目标：2023 年未填报，按 0 计入累计」); the level rows said nothing. Now
 * a whole earlier year still blank, after the unit reported on the plan before it, is said once over the rows with the
 * year's cells (earlier_year_blank). Not said: a year with one value, a return whose earlier years are all blank (a plan
 * first sent out for 2024: never asked for them), the years after the reporting year. On the old code none was said.
 */
import { returnFile, run, years } from "../support/trialReturn";

/** 某某市水利 2021–2025 (baseline 2020), a return of 2024: r01 a level row, r02 a cumulative one. */
const FILES: Record<string, Parameters<typeof returnFile>[0]> = {
  "2023 blank": [...years("r01", 93, 93.8, null, 95.5), ...years("r02", 2.4, 2.4, null, 2.4)],
  "2022 and 2023 blank": [...years("r01", 93, null, null, 95.5)],
  "2023 filled on one row": [...years("r01", 93, 93.8, null, 95.5), ...years("r02", 2.4, 2.4, 2.4, 2.4)],
  "only 2024 filled": [...years("r01", null, null, null, 95.5)],
  "2025 blank, after the year": [...years("r01", 93, 93.8, 94.6, 95.5, null)],
};
const files = new Map<string, string>();
beforeAll(async () => {
  for (const [k, v] of Object.entries(FILES)) files.set(k, await returnFile(v));
}, 120000);

const SHEET = "某某市水利发展“十四五”规划主要指标";
describe("a whole earlier year still blank is said over the rows", () => {
  test.each<[string, string[], string[]]>([
    ["2023 blank", [], [`! 2023 年的数值仍未补填（工作表「${SHEET}」K4–K18）：请补填`]],
    ["2023 blank", ["--lang", "en"], [`! The values of 2023 are still blank (sheet "${SHEET}", K4–K18): please fill them in`]],
    ["2022 and 2023 blank", [], ["! 2022 年的数值仍未补填", "! 2023 年的数值仍未补填"]],
    ["2023 filled on one row", [], []],
    ["only 2024 filled", [], []],
    ["2025 blank, after the year", [], []],
  ])("%s %s", async (name, lang, says) => {
    const out = await run("check", files.get(name)!, ...lang);
    const lines = out.split("\n").filter((l) => /仍未补填|still blank/.test(l));
    expect(lines.map((l, i) => l.slice(0, says[i]?.length ?? 0))).toEqual(says);
    // said under the title, before the table (a headline, as 本年度未填's)
    if (says.length) expect(out.split("\n")[1]).toContain(says[0]!.slice(2));
  });

  test("--json carries it coded, with the year and its cells", async () => {
    const j = JSON.parse(await run("check", files.get("2023 blank")!, "--json")) as { problemCodes?: unknown; files?: unknown };
    expect(JSON.stringify(j)).toContain('"earlier_year_blank"');
  });
});
