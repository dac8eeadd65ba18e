/**
 * commander's usage errors ("error: unknown command 'frob'") in the person's language: the one
 * place that knows their English wording (commander 14), so no English leaks into a Chinese run.
 * Unknown wordings pass through unchanged. Shape: one line in, one line out (trailing newline kept).
 */
const ZH: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^error: unknown command '([^']*)'(.*)$/, (m) => `错误：没有命令「${m[1]}」${didYouMean(m[2])}（可用命令见 plan-returns --help）`],
  [/^error: missing required argument '([^']*)'$/, (m) => `错误：缺少参数 ${m[1]}（用法见 plan-returns <命令> --help）`],
  [/^error: required option '([^']*)' not specified$/, (m) => `错误：必须给出选项 ${m[1]}`],
  [/^error: unknown option '([^']*)'(.*)$/, (m) => `错误：没有选项 ${m[1]}${didYouMean(m[2])}（可用选项见 plan-returns <命令> --help）`],
  [/^error: option '([^']*)' argument missing$/, (m) => `错误：选项 ${m[1]} 缺少取值`],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.+)\.$/, (m) => `错误：选项 ${m[1]} 的取值「${m[2]}」无效，可选：${m[3]}`],
  [/^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (m) => `错误：${m[1] ? `命令 ${m[1]} ` : ""}参数过多：应为 ${m[2]} 个，实际 ${m[3]} 个`],
];

function didYouMean(rest: string | undefined): string {
  const m = /Did you mean (.+?)\?/.exec(rest ?? "");
  return m ? `；是否要用 ${m[1]}？` : "";
}

export function usageMessage(text: string, lang: "zh" | "en"): string {
  if (lang === "en") return text;
  const nl = text.endsWith("\n") ? "\n" : "";
  const line = text.replace(/\n+$/, "").replace(/\n\(Did you mean/, " (Did you mean");
  for (const [re, zh] of ZH) {
    const m = re.exec(line);
    if (m) return zh(m) + nl;
  }
  return text;
}
