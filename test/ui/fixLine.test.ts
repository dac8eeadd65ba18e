import { fixLine } from "../../src/ui/shared/fixLine";
import type { Fix } from "../../src/ui/shared/Fix";

const fix = (from: string, to: number | string): Fix => ({ sheet: "舟山市表2", cell: "K7", from, to, name: "儿童预期受教育年限(年)" });

describe("fixLine: what 确认修改 lists, the old value as it is in the cell", () => {
  it.each([
    ["text with spaces", fix(" 12.5 ", 12.5), "zh", "舟山市表2!K7（儿童预期受教育年限(年)）：「 12.5 」 → 12.5"],
    ["text with a thousands comma", fix("1,234", 1234), "zh", "舟山市表2!K7（儿童预期受教育年限(年)）：「1,234」 → 1234"],
    ["text with %", fix("95%", 95), "zh", "舟山市表2!K7（儿童预期受教育年限(年)）：「95%」 → 95"],
    ["a plain number", fix("0.8", 80), "zh", "舟山市表2!K7（儿童预期受教育年限(年)）：0.8 → 80"],
    // trial 25c: K8 held the text 96.5, listed as 96.5 → 96.5
    ["a number stored as text", { ...fix("96.5", 96.5), text: true as const }, "zh", "舟山市表2!K7（儿童预期受教育年限(年)）：「96.5」 → 96.5"],
    ["English: a number stored as text", { ...fix("28.5", 28.5), text: true as const }, "en", "舟山市表2!K7 (儿童预期受教育年限(年)): \"28.5\" → 28.5"],
    ["an empty cell and a 说明", fix("", "受疫情影响"), "zh", "舟山市表2!K7（儿童预期受教育年限(年)）：（空） → 「受疫情影响」"],
    ["English punctuation in English", fix(" 12.5 ", 12.5), "en", "舟山市表2!K7 (儿童预期受教育年限(年)): \" 12.5 \" → 12.5"],
    ["English: empty", fix("", 3), "en", "舟山市表2!K7 (儿童预期受教育年限(年)): (empty) → 3"],
    ["a guessed scale says it is a guess", { ...fix("401100", 40.11), guess: "scale" as const }, "zh", "舟山市表2!K7（儿童预期受教育年限(年)）：401100 → 40.11（推测的数量级，请核对；不在“全部修正”中）"],
    ["English: a guess", { ...fix("401100", 40.11), guess: "scale" as const }, "en", "舟山市表2!K7 (儿童预期受教育年限(年)): 401100 → 40.11 (a guess at the scale: check it; not part of Apply all fixes)"],
    ["an approximate figure says it is a guess", { ...fix("约5", 5), guess: "approximate" as const }, "zh", "舟山市表2!K7（儿童预期受教育年限(年)）：「约5」 → 5（原为约数，推测确切值即此数，请核对；不在“全部修正”中）"],
    ["a value far from the plan says so", { ...fix("1,234.5", 1234.5), guess: "far" as const }, "zh", "舟山市表2!K7（儿童预期受教育年限(年)）：「1,234.5」 → 1234.5（此数远离规划数值，疑似多填或少填了一位，请核对；不在“全部修正”中）"],
    ["English: far from the plan", { ...fix("1,234.5", 1234.5), guess: "far" as const }, "en", "舟山市表2!K7 (儿童预期受教育年限(年)): \"1,234.5\" → 1234.5 (far from the plan's numbers, perhaps a digit too many or too few: check it; not part of Apply all fixes)"],
    // trial39b F6: a sheet name Excel quotes ('江苏…指标'!P11) is shown as the pane's other messages name a cell
    ["a sheet name Excel would quote, shown as it is", { ...fix("９３．９", 93.9), sheet: "江苏省体育发展“十四五”规划主要指标" }, "zh", "江苏省体育发展“十四五”规划主要指标!K7（儿童预期受教育年限(年)）：「９３．９」 → 93.9"],
    ["English: a sheet name with a space", { ...fix("９３．９", 93.9), sheet: "Table 2" }, "en", "Table 2!K7 (儿童预期受教育年限(年)): \"９３．９\" → 93.9"],
  ] as const)("%s", (_what, f, lang, expected) => {
    expect(fixLine(f, lang)).toBe(expected);
  });
});
