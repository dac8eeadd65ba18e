import { importTable } from "../../../src/import";

/**
 * decimalStop: a full stop between digits in a value cell (`76。7`, from a web copy of the 十三五
 * 生态环境保护规划's 专栏1) is a decimal point, said; a 。 elsewhere is left.
 */
const HEAD = "“十三五”生态环境保护主要指标\n指标\t2015年\t2020年\t属性";

describe("decimalStop", () => {
  test.each<[string, string, string, string, string[]]>([
    ["in the baseline", "地表水质量劣Ⅴ类水体比例(%)\t9。7\t<5\t约束性", "9.7", "<5", ["decimal-stop"]],
    ["in both, with an operator and 左右", "地下水质量极差比例(%)\t15。74\t15。5左右\t预期性", "15.74", "15.5左右", ["decimal-stop", "decimal-stop", "target-approximate-baseline-met"]],
    ["in a cumulative bracket", "森林覆盖率(%)\t21。66\t〔1。38〕\t约束性", "21.66", "〔1.38〕", ["decimal-stop", "decimal-stop", "target-cumulative-rate"]],
    ["a plain number is left", "地表水质量劣Ⅴ类水体比例(%)\t9.7\t<5\t约束性", "9.7", "<5", []],
    ["a full stop ending words is left", "某某率(%)\t60\t全面提升。\t预期性", "60", "全面提升。", ["target-words"]],
  ])("%s", (_d, row, baseline, target, codes) => {
    const r = importTable(`${HEAD}\n${row}`);
    if (!r.ok) throw new Error(r.message);
    const d = r.template.indicators[0];
    expect([d?.baseline, d?.target]).toEqual([baseline, target]);
    expect(r.unread.map((u) => u.code)).toEqual(codes);
  });
});
