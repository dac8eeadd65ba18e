/**
 * A value as a printed next-step command writes it (a file, a folder, a date: `rollover … --out 下发2024/2024-南浔区.xlsx`),
 * double-quoted when it holds a space or a character a shell reads (`&|;<>()$\`'*?!#`), so the line pasted still runs
 * with it as one argument; as it is otherwise (a path's `\` on Windows stays bare). A value the person is to supply is
 * commandPlaceholder's, already quoted. Shape: `value` or `"value"`.
 */
export function commandArg(value: string): string {
  return /[\s&|;<>()$`'*?!#]/.test(value) ? `"${value}"` : value;
}
