/**
 * A value as a printed next-step command writes it (a file, a folder, a date: `rollover … --out 下发2024/2024-南浔区.xlsx`,
 * `plan-returns lock "审核 2024 年/嵊泗 县 (第2版).xlsx"`), so the line pasted into bash, PowerShell or cmd still runs with it as
 * one argument: bare when it holds nothing a shell reads; in double quotes, which all three take, when it holds a space or
 * one of `&|;<>()'*?#[]{}~^,@` (a Windows path's `\` stays as it is: inside double quotes sh keeps it too); in single
 * quotes (a `'` written `'\''`) when it holds `"`, `$`, `` ` `` or `!`, which sh and PowerShell still read inside double
 * quotes: such a name cannot be a Windows path (`"` is not allowed there) or is rare on one, and cmd, which would need
 * double quotes, is the one shell that does not take it (trial39c F6). cmd's `%NAME%` cannot be quoted at all and is left
 * as it is. A value the person is to supply is commandPlaceholder's, already quoted. Shape: `value`, `"value"` or `'value'`.
 */
export function commandArg(value: string): string {
  if (/["$`!]/.test(value)) return `'${value.replace(/'/g, "'\\''")}'`;
  return /[\s&|;<>()'*?#[\]{}~^,@]/.test(value) ? `"${value}"` : value;
}
