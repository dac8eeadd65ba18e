import { describeIssueBody } from "../../src/domain/describeIssueBody";
import type { Issue } from "../../src/domain/Issue";
import { quotedValue } from "../../src/domain/quotedValue";

// trial31p #12: a cell holding only a space read 实际为「 」, which looks like nothing was said; it is named now,
// with what to do, from the one home of quoted cell values (quotedValue), in zh and en
const typed = (received: string): Issue => ({ code: "not_a_number", severity: "error", expected: "年 0–30", received });

describe("a value of spaces only", () => {
  it.each([
    ["one space", " ", "zh", "（仅空格）"],
    ["spaces and a full-width space", "  \u3000", "en", "(spaces only)"],
    ["empty", "", "zh", "（空）"],
    ["a word with spaces around", " 暂无 ", "zh", "「 暂无 」"],
    ["a number", "3.2", "en", "\"3.2\""],
  ] as const)("quotedValue: %s", (_n, text, lang, shown) => {
    expect(quotedValue(text, lang)).toBe(shown);
  });

  it.each([
    [" ", "zh", "应填数值（年 0–30），实际为（仅空格）：请删去空格后填写数值；暂无数值时让此格空着，在「说明」列写明原因"],
    ["\u3000", "en", "expected a number (年 0–30), found (spaces only): delete the spaces and type the number; with no figure yet, leave the cell empty and give the reason in 说明"],
    ["abc", "zh", "应填数值（年 0–30），实际为「abc」"],
  ] as const)("not_a_number of %j (%s)", (received, lang, said) => {
    expect(describeIssueBody(typed(received), lang)).toBe(said);
  });
});
