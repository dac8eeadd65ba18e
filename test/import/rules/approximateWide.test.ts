import { expectImportSays } from "./harness";

/**
 * approximateWide (trial37 F5): a 左右 target on a % row whose band is wider than WIDE_APPROX_POINTS either side
 * (受污染耕地安全利用率 70.6 → `90左右 | 约束性`: met from 81, 9 points short) was graded 已达标 and 提前实现 with no word at
 * import. Now it is 需核对, with the band (ending at 100 for a rate) and the bound to write. Not said: a narrow band, a unit
 * other than %, a baseline already in the band (approximateBaselineMet says it), a bound (not 左右).
 */
const HEAD = "表1  某市“十三五”生态环境保护主要指标\n类别\t指标\t单位\t2015年\t2020年\t属性";
const CODE = "target-approximate-wide";

describe("approximateWide", () => {
  test.each<[string, string, { zh: string; en: string } | null]>([
    ["the trial's row: 90左右 from 70.6", "土壤环境质量\t受污染耕地安全利用率\t%\t70.6\t90左右\t约束性",
      { zh: "目标“90左右”按评估规则以 90 上下 10% 判定（81–99 为已达标），在百分比的行上即上下 9 个百分点：低于 90 达 9 个百分点也是已达标；如规划的意思是不低于 90，可在生成的模板文件中把目标（target）改写为“≥90”，已载入，请核对",
        en: "the target “90左右” is judged by its distance from 90 (81–99 met, 10% either side), which on a percentage row is 9 percentage points either side: a value 9 points below 90 is met too; if the plan means at least 90, write the target as “≥90”" }],
    ["a rate's band ends at 100: 95左右", "土壤环境质量\t污染地块安全利用率\t%\t60\t95左右\t约束性",
      { zh: "（85.5–100 为已达标，比率不超过 100%，区间至 100 为止），在百分比的行上即上下 9.5 个百分点", en: "(85.5–100 met, 10% either side, ending at 100 since the rate cannot pass 100%)" }],
    ["below the baseline: the ceiling offered", "结构调整\t一般项目占比\t%\t90\t60左右\t约束性",
      { zh: "高于 60 达 6 个百分点也是已达标；如规划的意思是不超过 60，可在生成的模板文件中把目标（target）改写为“≤60”", en: "a value 6 points above 60 is met too; if the plan means at most 60, write the target as “≤60”" }],
    ["no baseline: the floor offered", "土壤环境质量\t受污染耕地安全利用率\t%\t—\t90左右\t约束性",
      { zh: "如规划的意思是不低于 90，可在生成的模板文件中把目标（target）改写为“≥90”", en: "if the plan means at least 90, write the target as “≥90”" }],
    ["at the threshold, 5 points: not said", "土壤环境质量\t受污染耕地安全利用率\t%\t30\t50左右\t约束性", null],
    ["a narrow band: not said", "水环境质量\t地下水质量极差比例\t%\t20\t15左右\t预期性", null],
    ["not a % row: not said", "基础设施\t公路总里程\t公里\t3200\t3600左右\t预期性", null],
    ["the baseline in the band: the baseline's line says it", "水环境质量\t近岸海域水质达标比例\t%\t85\t90左右\t预期性", null],
    ["a bound, not 左右: not said", "土壤环境质量\t受污染耕地安全利用率\t%\t70.6\t≥90\t约束性", null],
  ])("%s", (_d, row, said) => expectImportSays(HEAD, row, CODE, said));
});
