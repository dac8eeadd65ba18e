import { usageMessage } from "../../src/cli/usageMessage";
import { cli } from "../support/cli";

// trial27b: under --lang en, commander's bare "error: required option '--year <Y>' not specified" while zh had
// 错误：缺少参数 file.xlsx（用法见 plan-returns <命令> --help）: both now say it in one shape, with the pointer to --help;
// trial42b F4: the pointer names the command (plan-returns check --help), no <命令> placeholder a shell reads as a redirection
describe("commander's usage errors in the person's language", () => {
  test.each([
    ["error: unknown command 'frob'\n", "错误：没有命令「frob」（可用命令见 plan-returns --help）\n", "Error: there is no command \"frob\" (the commands: plan-returns --help)\n"],
    ["error: missing required argument 'file.xlsx'\n", "错误：缺少参数 file.xlsx（用法见 plan-returns check --help）\n", "Error: the argument file.xlsx is missing (usage: plan-returns check --help)\n"],
    ["error: required option '--out <summary.xlsx>' not specified\n", "错误：必须给出选项 --out <summary.xlsx>（用法见 plan-returns check --help）\n",
      "Error: the option --out <summary.xlsx> must be given (usage: plan-returns check --help)\n"],
    ["error: unknown option '--yeer'\n(Did you mean --year?)\n", "错误：没有选项 --yeer；是否要用 --year？（可用选项见 plan-returns check --help）\n",
      "Error: there is no option --yeer; did you mean --year? (the options: plan-returns check --help)\n"],
    ["error: option '--year <Y>' argument missing\n", "错误：选项 --year <Y> 缺少取值\n", "Error: the option --year <Y> needs a value\n"],
    ["error: option '--progress <mode>' argument 'x' is invalid. Allowed choices are auto, on, off.\n", "错误：选项 --progress <mode> 的取值「x」无效，可选：auto, on, off\n",
      "Error: \"x\" is not a value of the option --progress <mode>; the values: auto, on, off\n"],
    ["error: too many arguments for 'check'. Expected 1 argument but got 2.\n", "错误：命令 check 参数过多：应为 1 个，实际 2 个\n", "Error: too many arguments for the command check: 1 expected, 2 given\n"],
    ["something commander may say one day\n", "something commander may say one day\n", "something commander may say one day\n"],
  ])("%j", (commander, zh, en) => {
    expect(usageMessage(commander, "zh", "check")).toBe(zh);
    expect(usageMessage(commander, "en", "check")).toBe(en);
  });

  test.each([
    [["frob"], "错误：没有命令「frob」"],
    [["check"], "错误：缺少参数 file.xlsx"],
    [["rollover", "a.xlsx"], "错误：必须给出选项 --year"],
    [["--lang", "en", "frob"], "Error: there is no command \"frob\""],
    [["review", "--lang", "en"], "Error: the argument file.xlsx is missing (usage: plan-returns review --help)"],
    [["rollover", "a.xlsx", "--lang", "en"], "Error: the option --year <Y> must be given (usage: plan-returns rollover --help)"],
    [["check"], "错误：缺少参数 file.xlsx|folder（用法见 plan-returns check --help）\n"],
    [["check", "--yeer", "2023", "a.xlsx"], "错误：没有选项 --yeer；是否要用 --year？（可用选项见 plan-returns check --help）"],
    [["--yeer"], "错误：没有选项 --yeer（可用选项见 plan-returns --help）"],
    [["distribute", "zhoushan-2021-2025", "--year", "2024", "--out-dir", "x", "--lang", "en"], "Error: the option --units <a,b,…> must be given"],
  ])("plan-returns %j says it in the person's language, exit 1", async (argv, start) => {
    const r = await cli(...argv);
    expect(r.code).toBe(1);
    expect(r.err.startsWith(start)).toBe(true);
    expect(r.err).not.toMatch(/^error:/m);
  });
});
