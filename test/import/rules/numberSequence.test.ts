import { followsNumber } from "../../../src/import/rules/numberSequence";

describe("numberSequence: whether a 序号 follows the one before", () => {
  test.each<[string, string, boolean]>([
    ["3", "4", true], ["3", "5", false], ["3", "3", false],
    ["1", "1.1", true], ["1", "1.2", false], ["1.1", "1.2", true], ["1.2", "1.4", false],
    ["1.3", "2", true], ["1.3", "3", false], ["1.2.3", "1.3", true], ["1.2.3", "2", true],
    ["1-1", "1-2", true], ["2.1", "1.2", false],
  ])("%s → %s: %s", (prev, next, follows) => {
    expect(followsNumber(prev, next)).toBe(follows);
  });
});
