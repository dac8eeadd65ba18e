import { summaryLedgerLines } from "../../src/cli/summaryLedgerLines";
import { summaryCycle, type ArrivedReturn } from "../../src/cycle/summaryCycle";

/**
 * trial43b F5: every county sent back and re-sending its corrected file after the deadline was 逾期, though its first
 * return came on time; the received date is its first version's (the oldest: versionOrder), a correction after the
 * deadline does not make it late. Deadline 2026-01-31, as of 2026-02-07; save times in China (UTC+8).
 */
const at = (iso: string): number => Date.parse(iso);
const arrived = (file: string, unit: string, savedAt: string): ArrivedReturn => ({
  file, unit, receivedAt: 1, savedAt: at(savedAt), lock: { locked: false } as ArrivedReturn["lock"], state: "已报", errors: 0, unexplainedLags: 0,
  explainedByReviewer: 0, held: 0, missing: 0, rows: 14, unassessed: 0, blank: null, content: file,
});

describe("a unit's lateness is its first version's", () => {
  // [why, the unit's versions (file, saved), the 收到日期 typed, the received day, how late]
  test.each<[string, Array<[string, string]>, string | undefined, string, number | undefined]>([
    ["one version, after the deadline: late", [["云和县.xlsx", "2026-02-06T02:00:00Z"]], undefined, "2026-02-06", 6],
    ["one version, on time", [["云和县.xlsx", "2026-01-20T02:00:00Z"]], undefined, "2026-01-20", undefined],
    ["the first on time, its correction after the deadline: on time, by the first", [["云和县.xlsx", "2026-01-20T01:02:00Z"], ["云和县（修改后）.xlsx", "2026-02-06T07:00:00Z"]], undefined, "2026-01-20", undefined],
    ["given newest first: still the oldest's day", [["云和县（第三版）.xlsx", "2026-02-06T07:00:00Z"], ["云和县.xlsx", "2026-01-29T01:02:00Z"], ["云和县（修改后）.xlsx", "2026-02-03T07:00:00Z"]], undefined, "2026-01-29", undefined],
    ["the first already late: late by the first", [["云和县.xlsx", "2026-02-03T02:00:00Z"], ["云和县（修改后）.xlsx", "2026-02-06T07:00:00Z"]], undefined, "2026-02-03", 3],
    ["a 收到日期 typed wins", [["云和县.xlsx", "2026-01-20T01:02:00Z"], ["云和县（修改后）.xlsx", "2026-02-06T07:00:00Z"]], "2026-02-02", "2026-02-02", 2],
  ])("%s", (_why, versions, typed, received, late) => {
    const list = versions.map(([file, saved]) => arrived(file, "云和县", saved));
    const { facts } = summaryCycle(list, [], { units: [{ unit: "云和县", deadline: "2026-01-31", ...(typed ? { received: typed } : {}) }], year: 2025, asOf: "2026-02-07" }, () => "");
    const f = facts?.[0];
    expect([f?.received, f?.late, f?.file]).toEqual([received, late, [...list].sort((a, b) => (a.savedAt ?? 0) - (b.savedAt ?? 0)).pop()?.file]);
  });
});

describe("the 逾期报送 line: each unit with its own days, the latest first", () => {
  test.each<["zh" | "en", string]>([
    ["zh", "逾期报送 3 个单位：西城区 6 天、梅岭县 6 天、松岭县 3 天（按文件保存日期计；退回后改正再交的，请在报送台账的「收到日期」列填写首次收到的日期）"],
    ["en", "Received after the deadline, 3 units: 西城区 6 days, 梅岭县 6 days, 松岭县 3 days (counted from the workbooks' save dates; for a correction sent again after being sent back, type the day its first version came in the ledger's 收到日期 (received date) column)"],
  ])("%s", (lang, line) => {
    const list = [arrived("西城区.xlsx", "西城区", "2026-02-06T02:00:00Z"), arrived("松岭县.xlsx", "松岭县", "2026-02-03T02:00:00Z"), arrived("梅岭县.xlsx", "梅岭县", "2026-02-06T04:00:00Z"), arrived("东城区.xlsx", "东城区", "2026-01-20T02:00:00Z")];
    const units = ["东城区", "西城区", "松岭县", "梅岭县"].map((unit) => ({ unit, deadline: "2026-01-31" }));
    const { facts } = summaryCycle(list, [], { units, year: 2025, asOf: "2026-02-07" }, () => "");
    expect(summaryLedgerLines(facts, lang, { asOf: "2026-02-07", fileLines: false }).lines).toContain(line);
  });
});
