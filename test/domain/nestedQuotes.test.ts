import { nestedQuotes } from "../../src/domain/nestedQuotes";

describe("nestedQuotes: quotes inside quotes are written single (GB/T 15834)", () => {
  test.each<[string, string, string]>([
    ["a label the table quotes", "表头中的列““十五五”展望”无法识别", "表头中的列“‘十五五’展望”无法识别"],
    ["quoted at its end", "取““十四五”目标”为规划目标", "取“‘十四五’目标”为规划目标"],
    ["two nested in one", "““双减”与“五项管理”落实率”", "“‘双减’与‘五项管理’落实率”"],
    ["side by side, none nested", "“甲”与“乙”", "“甲”与“乙”"],
    ["no quotes", "未载入", "未载入"],
    ["a stray opening quote: left as it is", "列““十五五展望”无法识别", "列““十五五展望”无法识别"],
    ["a stray closing quote: left as it is", "列“十五五”展望”无法识别", "列“十五五”展望”无法识别"],
  ])("%s", (_d, text, shown) => {
    expect(nestedQuotes(text)).toBe(shown);
  });
});
