/**
 * How a value the person is to supply is printed in a command the tool prints as a next step
 * (`plan-returns lock 定海区.xlsx --reviewer "审核人姓名"`): the words in double quotes. A line pasted
 * into a shell still runs (`<姓名>` was read as a redirect: trial36 T5), the quotes keep words with
 * spaces as one argument, and the words say what to type instead (never a made-up value such as 张三).
 * The one home of this form for every printed hint, zh and en alike; `--help`'s usage lines keep
 * commander's `<file>` syntax. Shape: `"words"`.
 */
export function commandPlaceholder(words: string): string {
  return `"${words}"`;
}
