/**
 * §6a (our reading): a blank row is 未填报（已说明） only when its 说明 gives a reason. Until now any text
 * did — `/`, `—`, `无`, `暂无`, `略`, a full stop, spaces — so a filer who typed a dash in 说明 had the row
 * counted explained and not chased. isReasonWritten is the rule; isExplainedMissing, which every command
 * and the pane ask, rests on it. On the old code isExplainedMissing said true for each "nothing" case.
 */
import fc from "fast-check";
import { isReasonWritten } from "../../src/domain/isReasonWritten";
import { isExplainedMissing } from "../../src/domain/isExplainedMissing";

const numRuns = Number(process.env["FC_RUNS"] ?? 500);

describe("a 说明 that says nothing explains no blank row", () => {
  test.each<[string, string | undefined, boolean]>([
    ["none at all", undefined, false],
    ["empty", "", false],
    ["spaces, a full-width space, a line break", " \u3000\n", false],
    ["a slash", "/", false],
    ["a full-width slash", "／", false],
    ["a hyphen", "-", false],
    ["a dash", "—", false],
    ["two dashes", "——", false],
    ["a full stop", ".", false],
    ["a Chinese full stop", "。", false],
    ["an ellipsis", "……", false],
    ["无", "无", false],
    ["无 with a full stop", "无。", false],
    ["暂无", "暂无", false],
    ["暂无 in brackets", "（暂无）", false],
    ["略", "略", false],
    ["没有", " 没有 ", false],
    ["暂无数据", "暂无数据", false],
    ["N/A", "N/A", false],
    ["none.", "None.", false],
    ["the trial's reason", "统计局尚未发布2023年调查失业率", true],
    ["a short reason", "待普查", true],
    ["a reason that begins with 无", "无统计口径，省里未下达", true],
    ["暂无 with its reason", "暂无，统计局3月发布", true],
    ["a date the figure comes", "2024年3月公布", true],
    ["a reason in English", "not published yet", true],
  ])("%s", (_, note, reason) => {
    expect(isReasonWritten(note)).toBe(reason);
    // the row's rule rests on it: a blank row is explained exactly when a reason is written; a row with a value never is
    expect(isExplainedMissing({ status: "missing", note })).toBe(reason);
    expect(isExplainedMissing({ status: "on_track", note })).toBe(false);
  });

  test("punctuation, symbols and spaces alone never give a reason, whatever their mix", () => {
    const nothing = fc.constantFrom(..."/-—–.。，,、；;：:！!？?…·*#~()（）【】[]「」\"'“”‘’ \u3000\t\n★○●√×%+=<>");
    fc.assert(fc.property(fc.array(nothing, { maxLength: 12 }), (chars) => !isReasonWritten(chars.join(""))), { numRuns });
  });

  test("a reason keeps counting whatever punctuation and spaces surround it", () => {
    const pad = fc.constantFrom("", " ", "。", "（", "）", "/", "—", "\n");
    fc.assert(fc.property(pad, pad, (a, b) => isReasonWritten(`${a}统计局尚未发布${b}`)), { numRuns });
  });
});
