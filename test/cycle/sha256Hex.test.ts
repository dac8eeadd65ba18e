import { sha256Text } from "../../src/cli/sha256Text";
import { sha256Hex } from "../../src/cycle/sha256Hex";

/** The pane's hash must give the CLI's hex for every lock record, or a locked return reads as forged in one of them. */
describe("sha256Hex (the pane's fingerprint hash) equals node:crypto's", () => {
  test.each([
    ["empty", ""],
    ["FIPS 180-2 'abc'", "abc"],
    ["55 bytes (padding fits one block)", "a".repeat(55)],
    ["56 bytes (padding needs a second block)", "a".repeat(56)],
    ["64 bytes", "b".repeat(64)],
    ["Chinese text (3 UTF-8 bytes a character)", "受干旱影响，部分灌区节水改造工程推迟至2025年完工"],
    ["a character outside the BMP", "𠀀𝄞"],
    ["a lock record's fingerprint text", JSON.stringify([["shuili|r01|2023", "94.6"], ["shuili|r06|note", "说明"]])],
    ["a long text (many blocks)", "十四五规划".repeat(20000)],
  ])("%s", (_, text) => {
    expect(sha256Hex(text)).toBe(sha256Text(text));
  });

  test("the published vector for 'abc'", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
