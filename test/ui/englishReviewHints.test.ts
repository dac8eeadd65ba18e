/**
 * The pane's English hints about the 审核 sheet say each thing in English, and give the Chinese a reviewer must
 * choose or find (the 审核结论 column, 通过, 退回修改, 已说明, 待复核) only in brackets after it, as the CLI's English
 * lines do (`the 审核结论 (decision)`, `通过 (accept)`). Session 33 left "Decisions go in the 审核结论 column …
 * (通过 accepted / …)": outside brackets an English reader met Chinese words to decode.
 */
import { t, type MessageKey } from "../../src/ui/shared/i18n";

const HAN = /[\u3400-\u9fff]/;
/** The text with every bracketed gloss taken out: what an English reader reads as the sentence. */
const outsideBrackets = (s: string): string => s.replace(/\([^()]*\)/g, "");

describe("the pane's English review hints", () => {
  test.each<[MessageKey, readonly string[]]>([
    ["summary.reviewHint", ["(审核结论)", "accept (通过)", "send back (退回修改)", "explained (已说明)", "(待复核)", "re-checked (已复核)", "comment (审核意见)"]],
    ["review.listHint", ["decision cell (审核结论)", "assessment cell (人工评估)"]],
    // trial35 TP0, TP2: the list's new groups and row lines
    ["review.assessGroup", ["(待人工评估)", "assessment column (人工评估)"]],
    ["review.heldGroup", ["(不能锁定)"]],
    ["review.assessWhy", ["assessment column (人工评估)", "accept (通过)"]],
    ["review.returnedHolds", ["send back (退回修改)"]],
  ])("%s: English words outside brackets; the Chinese to choose or find glossed: %j", (key, glossed) => {
    const en = t("en", key);
    expect(outsideBrackets(en)).not.toMatch(HAN);
    expect(glossed.filter((g) => !en.includes(g))).toEqual([]);
    // the Chinese line is unchanged in what it names
    expect(t("zh", key)).toMatch(/审核结论|人工评估|不能锁定/);
  });
});
