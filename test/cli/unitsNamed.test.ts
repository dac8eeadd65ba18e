import { summaryLedgerLines } from "../../src/cli/summaryLedgerLines";
import { reportChaseLines } from "../../src/cli/reportChaseLines";
import { blankUnitsText } from "../../src/cli/blankUnitsText";
import { unitsNamed } from "../../src/cli/unitsNamed";
import type { UnitFacts } from "../../src/cycle/UnitFacts";
import type { EvaluationReport } from "../../src/sheet/EvaluationReport";

/**
 * trial39c F8: a summary over ~300 units printed 300 unit names on one line. A line naming units names them all where
 * they fit (about 200 characters, as the 汇总 sheet's 汇总范围 line), else the first ones and 「等 300 个单位」 with where the
 * full list is: the summary's 报送台账 sheet (its 催办 column names each unit), the summary workbook, the evaluation report.
 */
const UNITS = Array.from({ length: 300 }, (_, i) => `第${i + 1}乡镇`);
const facts = (unit: string, more: Partial<UnitFacts> = {}): UnitFacts => ({
  unit, deadline: "2024-01-31", state: "未报", errors: 0, unexplainedLags: 0, missing: 0, rows: 18, lock: "", versions: 1, changes: 0, ...more,
});

describe("unitsNamed", () => {
  test.each<[string, string[], "zh" | "en", "ledger" | "summary" | "report", string]>([
    ["a few, all named", ["甲", "乙", "丙"], "zh", "ledger", "甲、乙、丙"],
    ["a few, all named (en)", ["甲", "乙", "丙"], "en", "ledger", "甲, 乙, 丙"],
  ])("%s", (_why, items, lang, where, text) => {
    expect(unitsNamed(items, lang, where)).toBe(text);
  });

  test.each<[string, "zh" | "en", "ledger" | "summary" | "report", RegExp]>([
    ["300 units, the ledger sheet", "zh", "ledger", /^第1乡镇、第2乡镇、[^等]*等 300 个单位（完整名单见汇总表的「报送台账」表）$/],
    ["300 units, the report", "zh", "report", /^第1乡镇、[^等]*等 300 个单位（完整名单见评估报告）$/],
    ["300 units (en)", "en", "summary", /^第1乡镇, 第2乡镇, .* and \d+ more \(300 units in all; the full list is in the summary workbook\)$/],
  ])("%s: the first ones, then the count", (_why, lang, where, text) => {
    const line = unitsNamed(UNITS, lang, where);
    expect(line).toMatch(text);
    expect(line).not.toContain("第300乡镇");
    expect(line.length).toBeLessThan(400);
  });
});

/** A unit's return received `days` after the 2024-01-31 deadline, the day typed in the ledger. */
const late = (unit: string, days: number): Partial<UnitFacts> => ({ state: "已报", file: `${unit}.xlsx`, received: `2024-02-0${days}`, receivedFrom: "ledger", late: days });

describe("the lines that name units, over 300 units", () => {
  test.each<[string, () => string[], RegExp]>([
    ["summary's 催报 line", () => summaryLedgerLines(UNITS.map((u) => facts(u)), "zh", { asOf: "2024-02-05", fileLines: false }).lines,
      /^未报，请催报：第1乡镇、.*等 300 个单位（完整名单见汇总表的「报送台账」表）$/],
    ["summary's 暂不催报 line (en)", () => summaryLedgerLines(UNITS.map((u) => facts(u)), "en", { asOf: "2024-01-05", fileLines: false }).lines,
      /^Not sent, the deadline not yet near, not chased yet: 第1乡镇, .* and \d+ more \(300 units in all; the full list is on the 报送台账 sheet of the summary workbook\)$/],
    ["summary's 退回改正 line", () => summaryLedgerLines(UNITS.map((u) => facts(u, { state: "已报", file: `${u}.xlsx`, errors: 1 })), "zh", { asOf: "2024-02-05", fileLines: false }).lines,
      /^有错误，请退回改正：第1乡镇 1 处.*等 300 个单位（完整名单见汇总表的「报送台账」表）$/],
    // session 41: the 逾期报送 line named every late unit; trial43b F5: each with its own days, the latest first, never one
    // day after several names (read as all of them that late)
    ["summary's 逾期报送 line, two days", () => summaryLedgerLines(UNITS.map((u, i) => facts(u, late(u, i < 295 ? 2 : 3))), "zh", { asOf: "2024-02-05", fileLines: false }).lines,
      /^逾期报送 300 个单位：第296乡镇 3 天、第297乡镇 3 天、第298乡镇 3 天、第299乡镇 3 天、第300乡镇 3 天、第1乡镇 2 天、第2乡镇 2 天、.*等 300 个单位（完整名单见汇总表的「报送台账」表）$/],
    ["summary's 逾期报送 line (en)", () => summaryLedgerLines(UNITS.map((u) => facts(u, late(u, 3))), "en", { asOf: "2024-02-05", fileLines: false }).lines,
      /^Received after the deadline, 300 units: 第1乡镇 3 days, 第2乡镇 3 days, .* and \d+ more \(300 units in all; the full list is on the 报送台账 sheet of the summary workbook\)$/],
    ["report's 催报 line", () => reportChaseLines({ units: UNITS.map((unit) => ({ unit })) } as unknown as EvaluationReport, { units: UNITS.map((unit) => ({ unit, deadline: "2024-01-31" })), asOf: "2024-02-05" }, "zh"),
      /^未报，请催报：第1乡镇、.*等 300 个单位（完整名单见评估报告）$/],
    ["summary's first line: the blank returns", () => [blankUnitsText(UNITS.map((unit) => ({ unit, yearBlank: "file" as const })), "zh")],
      /^第1乡镇、.*等 300 个单位（完整名单见汇总表）收到空表$/],
  ])("%s: one line, the first names and the count", (_why, lines, line) => {
    const said = lines().filter((l) => l.includes("第1乡镇"));
    expect(said).toEqual([expect.stringMatching(line)]);
    expect(said[0]?.length ?? 0).toBeLessThan(400);
  });
});
