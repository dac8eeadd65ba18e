import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NO_DOMAINS_LINE } from "../../src/cli/noDomainsLine";
import { indicatorSheet } from "../../src/sheet/indicatorSheet";
import { FIRST_DATA_ROW, HEADER_ROW } from "../../src/sheet/keys";
import { findTemplate } from "../../src/templates/catalog";
import { parseTemplate } from "../../src/templates/parseTemplate";
import type { IndicatorTemplate } from "../../src/templates/TemplateSchema";
import { UNCLASSIFIED } from "../../src/templates/UNCLASSIFIED";
import { cli } from "../support/cli";

/**
 * trial34 C10: a yearly plan's table (2024年度计划.txt) has no 领域 column, and its return printed
 * 未分类 in the 领域 column on all 12 rows. A plan whose rows are under no 领域 now leaves the column
 * blank, and import says so once; a plan with 领域 prints them as before, and the template keeps its
 * words (UNCLASSIFIED), so templates and seeds load unchanged.
 */
const dir = mkdtempSync(join(tmpdir(), "domainless-"));
const domainColumn = (t: IndicatorTemplate): string[] => {
  const s = indicatorSheet(t, "表");
  const col = s.cells.find((c) => c.address.replace(/[A-Z]+/, "") === String(HEADER_ROW) && c.value === "领域")!.address.replace(/\d+$/, "");
  return t.indicators.map((_, i) => String(s.cells.find((c) => c.address === `${col}${FIRST_DATA_ROW + i}`)?.value ?? ""));
};
const load = (file: string): IndicatorTemplate => {
  const r = parseTemplate(JSON.parse(readFileSync(file, "utf8")), file);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.template as IndicatorTemplate;
};

describe("a plan without 领域 prints its returns' 领域 column blank", () => {
  test.each<[string, () => IndicatorTemplate, (shown: string[], t: IndicatorTemplate) => void]>([
    ["every row 未分类 (an imported yearly plan): blank", () => load(join(__dirname, "../fixtures/plans/trial29a/qz-2024.json")), (shown, t) => {
      expect(t.indicators.every((d) => d.domain === UNCLASSIFIED)).toBe(true);
      expect(shown.every((x) => x === "")).toBe(true);
    }],
    ["a plan with 领域: each row's, as before", () => findTemplate("zhoushan-2021-2025") as IndicatorTemplate, (shown, t) => {
      expect(shown).toEqual(t.indicators.map((d) => d.domain));
      expect(shown.some((x) => x !== "")).toBe(true);
    }],
    ["some rows 未分类 beside named 领域: 未分类 stays, to tell them apart", () => {
      const t = findTemplate("zhoushan-2021-2025") as IndicatorTemplate;
      return { ...t, indicators: t.indicators.map((d, i) => (i === 0 ? { ...d, domain: UNCLASSIFIED } : d)) };
    }, (shown) => {
      expect(shown[0]).toBe(UNCLASSIFIED);
    }],
  ])("%s", (_why, make, expectShown) => {
    const t = make();
    expectShown(domainColumn(t), t);
  });

  test.each<["zh" | "en", string, number]>([
    ["zh", "2024年度计划.txt", 1],
    ["en", "2024年度计划.txt", 1],
    ["zh", "../shengsi-2023-2027.txt", 0],
  ])("import says it once (%s, %s)", async (lang, table, times) => {
    const out = join(dir, `${lang}-${times}.json`);
    const r = await cli("--lang", lang, "import", join(__dirname, "../fixtures/tables/trial34", table), "--out", out);
    expect(r.err).toBe("");
    // 4: some rows of the table not loaded (the shengsi table), said above the line
    expect([0, 4]).toContain(r.code);
    expect(r.out.split("\n").filter((l) => l === NO_DOMAINS_LINE[lang])).toHaveLength(times);
    const t = load(out);
    // the template keeps its words: loaded as before
    if (times) expect(t.indicators.every((d) => d.domain === UNCLASSIFIED)).toBe(true);
    if (times) expect(domainColumn(t).every((x) => x === "")).toBe(true);
  }, 30000);
});
