import { isReviewed } from "../../src/cycle/isReviewed";

/**
 * The cycle's rule of a lock 审核通过 (trial29c F1), in src/cycle with the other cycle rules (it
 * lived in the CLI's runLock): a decision on the 审核 sheet, or a review that left nothing to decide.
 */
describe("isReviewed", () => {
  test.each<[string, { reviewed: boolean; decided: number; open: number }, boolean]>([
    ["no 审核 sheet", { reviewed: false, decided: 0, open: 0 }, false],
    ["a 审核 sheet with flagged rows and no decision", { reviewed: true, decided: 0, open: 3 }, false],
    ["a 审核 sheet with nothing to decide", { reviewed: true, decided: 0, open: 0 }, true],
    ["one decision, rows still open", { reviewed: true, decided: 1, open: 2 }, true],
  ])("%s", (_, tally, expected) => {
    expect(isReviewed(tally)).toBe(expected);
  });
});
