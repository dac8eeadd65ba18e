/**
 * commander's usage errors ("error: unknown command 'frob'") in the person's language: the one
 * place that knows their English wording (commander 14). Chinese and English say them in one shape,
 * `错误：…` / `Error: …`, with the same pointer to --help (before, English got commander's bare
 * "error: missing required argument 'file.xlsx'"). Unknown wordings pass through unchanged. Shape:
 * one line in, one line out (trailing newline kept). `help`: where the usage is, `plan-returns check --help`
 * when the command is known, else `plan-returns --help` (no `<命令>` placeholder, which a shell reads as a
 * redirection when the hint is pasted: docs/cli-reference.md's rule for placeholders).
 */
type Said = (m: RegExpExecArray, lang: "zh" | "en", help: string) => string;
const USAGE: ReadonlyArray<[RegExp, Said]> = [
  [/^error: unknown command '([^']*)'(.*)$/, (m, l) => (l === "en"
    ? `Error: there is no command "${m[1]}"${didYouMean(m[2], l)} (the commands: plan-returns --help)`
    : `错误：没有命令「${m[1]}」${didYouMean(m[2], l)}（可用命令见 plan-returns --help）`)],
  [/^error: missing required argument '([^']*)'$/, (m, l, help) => (l === "en"
    ? `Error: the argument ${m[1]} is missing (usage: ${help})`
    : `错误：缺少参数 ${m[1]}（用法见 ${help}）`)],
  [/^error: required option '([^']*)' not specified$/, (m, l, help) => (l === "en"
    ? `Error: the option ${m[1]} must be given (usage: ${help})`
    : `错误：必须给出选项 ${m[1]}（用法见 ${help}）`)],
  [/^error: unknown option '([^']*)'(.*)$/, (m, l, help) => (l === "en"
    ? `Error: there is no option ${m[1]}${didYouMean(m[2], l)} (the options: ${help})`
    : `错误：没有选项 ${m[1]}${didYouMean(m[2], l)}（可用选项见 ${help}）`)],
  [/^error: option '([^']*)' argument missing$/, (m, l) => (l === "en" ? `Error: the option ${m[1]} needs a value` : `错误：选项 ${m[1]} 缺少取值`)],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.+)\.$/, (m, l) => (l === "en"
    ? `Error: "${m[2]}" is not a value of the option ${m[1]}; the values: ${m[3]}`
    : `错误：选项 ${m[1]} 的取值「${m[2]}」无效，可选：${m[3]}`)],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (m, l) => (l === "en"
    ? `Error: too many arguments${m[1] ? ` for the command ${m[1]}` : ""}: ${m[2]} expected, ${m[3]} given`
    : `错误：${m[1] ? `命令 ${m[1]} ` : ""}参数过多：应为 ${m[2]} 个，实际 ${m[3]} 个`)],
];

function didYouMean(rest: string | undefined, lang: "zh" | "en"): string {
  const m = /Did you mean (.+?)\?/.exec(rest ?? "");
  if (!m) return "";
  return lang === "en" ? `; did you mean ${m[1]}?` : `；是否要用 ${m[1]}？`;
}

export function usageMessage(text: string, lang: "zh" | "en", command?: string): string {
  const help = command ? `plan-returns ${command} --help` : "plan-returns --help";
  const nl = text.endsWith("\n") ? "\n" : "";
  const line = text.replace(/\n+$/, "").replace(/\n\(Did you mean/, " (Did you mean");
  for (const [re, said] of USAGE) {
    const m = re.exec(line);
    if (m) return said(m, lang, help) + nl;
  }
  return text;
}
