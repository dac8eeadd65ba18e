/**
 * trial47d F7: a row's messages were joined by ； even after one ending in a question
 * (`应为 60.6？；J5：…`); after ？/。 nothing comes between (zh), after `?` a space (en).
 */
import { clausesJoined } from "../../src/domain/clausesJoined";
import { issueText } from "../../src/sheet/issueText";
import type { CheckItem } from "../../src/sheet/CheckReport";

const slip = (cell: string, v: string, meant: number): CheckItem["issues"][number] => ({
  code: "percent_fraction", severity: "error", cell, received: v, suggestion: meant,
  message: `${cell}：百分比填为 ${v}，基期值或目标值在 10 以上，疑似按小数填写，应为 ${meant}？`,
  messageEn: `${cell}: ${v} in a % row looks like a fraction (the baseline or target is 10 or more): did you mean ${meant}?`,
});

describe("parts joined after a question or a full stop (trial47d F7)", () => {
  test.each<[string, readonly string[], "zh" | "en", string]>([
    ["zh after ？", ["应为 60.6？", "J5：请改正"], "zh", "应为 60.6？J5：请改正"],
    ["zh after 。", ["已改正。", "J5：请改正"], "zh", "已改正。J5：请改正"],
    ["zh plain", ["甲", "乙", "丙"], "zh", "甲；乙；丙"],
    ["en after ?", ["did you mean 60.6?", "J5: correct it"], "en", "did you mean 60.6? J5: correct it"],
    ["en plain", ["a", "b"], "en", "a; b"],
    ["one part", ["应为 60.6？"], "zh", "应为 60.6？"],
  ])("%s", (_, parts, lang, said) => {
    expect(clausesJoined(parts, lang)).toBe(said);
  });

  test.each<["zh" | "en", string]>([
    ["zh", "N5：百分比填为 0.606，基期值或目标值在 10 以上，疑似按小数填写，应为 60.6？J5：百分比填为 0.591"],
    ["en", "did you mean 60.6? J5: 0.591"],
  ])("a row's messages (issueText, %s)", (lang, said) => {
    const t = issueText([slip("N5", "0.606", 60.6), slip("J5", "0.591", 59.1)], "N5", lang);
    expect(t).toContain(said);
    expect(t).not.toMatch(/[？?][；;]/);
  });
});
