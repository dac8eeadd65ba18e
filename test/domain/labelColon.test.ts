import { labelColon } from "../../src/domain/labelColon";
import { cycleMessage } from "../../src/cli/cycleMessages";

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

describe("labelColon: a label's colon in the line's language", () => {
  test.each([
    ["zh", "："],
    ["en", ": "],
    [undefined, "："],
  ] as const)("%s → %j", (lang, colon) => {
    expect(labelColon(lang)).toBe(colon);
  });
});

describe("review_write_failed: the review sheet not written is said in the language asked for (was Chinese in --lang en)", () => {
  test.each([
    ["zh", "2024-定海区.xlsx：无法写入审核表（disk full），原文件未改动"],
    ["en", "2024-定海区.xlsx: the review sheet could not be written (disk full); the original is unchanged"],
  ] as const)("%s", (lang, line) => {
    const said = cycleMessage("review_write_failed", { file: "2024-定海区.xlsx", detail: "disk full" }, lang);
    expect(said).toBe(line);
    if (lang === "en") expect(CJK.test(said.replace("2024-定海区.xlsx", ""))).toBe(false);
  });
});
