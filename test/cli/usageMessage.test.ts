import { usageMessage } from "../../src/cli/usageMessage";
import { cli } from "../support/cli";

describe("commander's usage errors in the person's language", () => {
  test.each([
    ["error: unknown command 'frob'\n", "错误：没有命令「frob」（可用命令见 plan-returns --help）\n"],
    ["error: missing required argument 'file.xlsx'\n", "错误：缺少参数 file.xlsx（用法见 plan-returns <命令> --help）\n"],
    ["error: required option '--out <summary.xlsx>' not specified\n", "错误：必须给出选项 --out <summary.xlsx>\n"],
    ["error: unknown option '--yeer'\n(Did you mean --year?)\n", "错误：没有选项 --yeer；是否要用 --year？（可用选项见 plan-returns <命令> --help）\n"],
    ["error: option '--year <Y>' argument missing\n", "错误：选项 --year <Y> 缺少取值\n"],
    ["error: too many arguments for 'check'. Expected 1 argument but got 2.\n", "错误：命令 check 参数过多：应为 1 个，实际 2 个\n"],
    ["something commander may say one day\n", "something commander may say one day\n"],
  ])("%j → %j", (en, zh) => {
    expect(usageMessage(en, "zh")).toBe(zh);
    expect(usageMessage(en, "en")).toBe(en);
  });

  test.each([
    [["frob"], "错误：没有命令「frob」"],
    [["check"], "错误：缺少参数 file.xlsx"],
    [["rollover", "a.xlsx"], "错误：必须给出选项 --year"],
  ])("plan-returns %j says it in Chinese, exit 1", async (argv, start) => {
    const r = await cli(...argv);
    expect(r.code).toBe(1);
    expect(r.err.startsWith(start)).toBe(true);
    expect(r.err).not.toMatch(/^error:/m);
  });
});
