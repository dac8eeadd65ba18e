import { isPartLabel } from "../../../src/import/rules/partLabel";

describe("partLabel: a short part label", () => {
  test.each<[string, boolean]>([
    ["小学", true], ["初中", true], ["城镇", true], ["学前段", true], ["农 村", true],
    ["", false], ["3岁以下", false], ["≥95", false], ["〔18〕", false], ["95", false],
    ["这是一个超过十二个字的很长很长的名称", false],
  ])("%s → %s", (text, is) => {
    expect(isPartLabel(text)).toBe(is);
  });
});
