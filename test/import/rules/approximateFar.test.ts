import { expectImportSays } from "./harness";

/**
 * approximateFar (trial34p Q3): a 左右 target about a power of ten from its baseline (城乡公交一体化率 70 → `5.5左右`,
 * a slip for 55 or 75) made every year 严重滞后 and 倒退, and import said nothing. Now it is 需核对, with the factor
 * and the value a ×10^k slip would give (§8f's far and farSlipMeant). Not said: a target near its baseline, one
 * far for no ×10^k reason, a name that says a change (a yearly rate), and a bound (not 左右).
 */
const HEAD = "表1  青溪县“十四五”交通运输发展主要指标\n类别\t指标\t单位\t2020年\t2025年\t属性";
const CODE = "target-approximate-far";

describe("approximateFar", () => {
  test.each<[string, string, { zh: string; en: string } | null]>([
    ["the trial's row: 5.5左右 against 70", "运输服务\t城乡公交一体化率\t%\t70\t5.5左右\t预期性",
      { zh: "目标“5.5左右”约为基期值 70 的 1/12.7，疑似多写或少写了一位（如 55左右）", en: "the target “5.5左右” is about 1/12.7 of the baseline 70: perhaps a digit too few (55左右?)" }],
    ["a digit too many: 750左右 against 70", "运输服务\t城乡公交一体化率\t%\t70\t750左右\t预期性",
      { zh: "目标“750左右”约为基期值 70 的 10.7 倍，疑似多写或少写了一位（如 75左右）", en: "is about 10.7 times the baseline 70: perhaps a digit too many (75左右?)" }],
    ["a digit too many in 公里: 31000左右 against 2860", "基础设施\t公路总里程\t公里\t2860\t31000左右\t预期性",
      { zh: "约为基期值 2860 的 10.8 倍，疑似多写或少写了一位（如 3100左右）", en: "is about 10.8 times the baseline 2860: perhaps a digit too many (3100左右?)" }],
    ["near its baseline: not said", "运输服务\t城乡公交一体化率\t%\t70\t75左右\t预期性", null],
    ["a yearly rate: not said", "经济\t地区生产总值增长\t%\t0.5\t6左右\t预期性", null],
    ["a bound, not 左右: not said", "运输服务\t城乡公交一体化率\t%\t70\t≥5.5\t预期性", null],
  ])("%s", (_d, row, said) => expectImportSays(HEAD, row, CODE, said));
});
