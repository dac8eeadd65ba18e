import { cycleMessage } from "../../src/cli/cycleMessages";
import { ledgerSheet } from "../../src/cycle/ledgerSheet";
import type { UnitFacts } from "../../src/cycle/UnitFacts";
import { describeIssue } from "../../src/domain/describeIssue";
import { t } from "../../src/ui/shared/i18n";

/**
 * What is asked of a value changed since the lock was written in four places (check's locked_value_changed, summary's
 * summary_to_recheck, the 报送台账's 催报 list, the pane's msg.lockedChanged); English said "edited after the lock" in
 * check and "changed since the lock" elsewhere. One home now (RECHECK_WORDS): each says the same words.
 */
const facts: UnitFacts = {
  unit: "东坝镇", deadline: "2023-01-31", file: "2022-东坝镇.xlsx", state: "已报", errors: 1, unexplainedLags: 0, missing: 0, rows: 4, lock: "锁定后被改动", versions: 1, changes: 0,
  blockers: { invalid: 0, overwritten: [], other: [], formulas: [], sheetsMissing: [], changed: ["J8"] },
};
const issue = (lang: "zh" | "en"): string => describeIssue({ code: "locked_value_changed", severity: "error", cell: "J8", expected: "1", received: "2", params: { lockedAt: "2023-02-01T08:00:00.000Z" } }, lang);
const ledgerLines = (): string[] => ledgerSheet([facts], 2022, "2023-02-01").cells.map((c) => String(c.value ?? ""));

describe("锁定后被改动，请审核人员复核: one wording wherever it is said", () => {
  test.each<[string, () => string, string]>([
    ["check's row (zh)", () => issue("zh"), "：锁定后被改动，请审核人员复核：接受的在审核表中选“通过”或“已说明”（结论不变的，在该行的审核意见里添上“已复核”或改审核日期），不接受的选“退回修改”"],
    ["check's row (en)", () => issue("en"), ": changed since the lock, for the reviewer to re-check: accept it with 通过 (accept) or 已说明 (explained) on the review sheet (where the decision stands, add 已复核 (re-checked) to that row's 审核意见 (comment), or change its 审核日期 (review date)), or send it back with 退回修改 (send back)"],
    ["summary's line (zh)", () => cycleMessage("summary_to_recheck", { units: "东坝镇 1 处（J8）" }, "zh"), "锁定后被改动，请审核人员复核：东坝镇 1 处（J8）"],
    ["summary's line (en)", () => cycleMessage("summary_to_recheck", { units: "东坝镇 1 (J8)" }, "en"), "Changed since the lock, for the reviewer to re-check: 东坝镇 1 (J8)"],
    ["the 报送台账's 催报 list", () => ledgerLines().find((x) => x.startsWith("锁定后被改动 ")) ?? "", "锁定后被改动 1 处（J8），请审核人员复核"],
    ["the pane's 校验 line (zh)", () => t("zh", "msg.lockedChanged", { facts: "（2025-02-20，王审核）", n: 3 }), "已锁定（2025-02-20，王审核），锁定后被改动 3 处，请审核人员复核：接受的在审核表中选“通过”或“已说明”（结论不变的，在该行的审核意见里添上“已复核”或改审核日期），不接受的选“退回修改”。"],
    ["the pane's 校验 line (en)", () => t("en", "msg.lockedChanged", { facts: " (2025-02-20, by 王审核)", n: 1 }), "Locked (2025-02-20, by 王审核); 1 value changed since the lock, for the reviewer to re-check: accept each with 通过 (accept) or 已说明 (explained) on the review sheet (where the decision stands, add 已复核 (re-checked) to that row's 审核意见 (comment), or change its 审核日期 (review date)), or send it back with 退回修改 (send back)."],
  ])("%s", (_where, said, words) => {
    expect(said()).toContain(words);
  });
});
