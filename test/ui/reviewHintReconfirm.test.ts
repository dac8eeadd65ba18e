/**
 * Session 39: lock's 待复核 refusal (lock_stale) and review's next step ask for 已复核 added to the row's 审核意见, or
 * another decision where it changes; the pane's 汇总与审核 hint still ended 请重新下结论 ("needs a new one"), which
 * lock no longer asked (choosing the same decision again leaves no trace). The hint now says lock's step in its words
 * (RECONFIRM_WORDS), the English with the sheet's words glossed after it as the pane's hints do.
 */
import fs from "node:fs";
import path from "node:path";
import { t } from "../../src/ui/shared/i18n";
import { cycleMessage } from "../../src/cli/cycleMessages";

const STALE = { file: "a.xlsx", sheet: "审核", n: 1, rows: "6", all: 0 };

describe("the pane's review hint says what lock asks of a 待复核 row", () => {
  test.each<["zh" | "en", readonly string[], readonly string[], string]>([
    ["zh", ["结论不变的，在该行的审核意见里添上“已复核”或改审核日期", "结论要改的，改选结论即可"], ["请重新下结论"], "添上“已复核”"],
    ["en", ["where the decision stands, add re-checked (已复核) to that row's comment (审核意见), or change its review date (审核日期)", "or choose another decision where it changes;"], ["needs a new one"], "已复核 (re-checked)"],
  ])("%s: lock's step, not a new decision", (lang, says, gone, lockSays) => {
    const hint = t(lang, "summary.reviewHint");
    expect(says.filter((x) => !hint.includes(x))).toEqual([]);
    expect(gone.filter((x) => hint.includes(x))).toEqual([]);
    // lock's refusal asks the same step (its own wording of the sheet's words)
    expect(cycleMessage("lock_stale", STALE, lang)).toContain(lockSays);
    expect(cycleMessage("lock_stale", STALE, lang)).toContain(lang === "en" ? "choose another decision where it changes" : "结论要改的，改选结论即可");
  });

  it("the page's own text before the catalogue redraws it is the Chinese hint", () => {
    const html = fs.readFileSync(path.join(__dirname, "../../src/ui/taskpane/taskpane.html"), "utf8");
    expect(html).toContain(`data-i18n="summary.reviewHint">${t("zh", "summary.reviewHint")}</p>`);
  });
});
