/**
 * What to do with an archive received, when no command's task is named (the reader's own line): extract it and use the
 * workbook inside; one whose entries are protected by a password (`password`) is extracted with it, or sent again without.
 */
export function archiveFixText(password: boolean | undefined, lang: "zh" | "en"): string {
  if (lang === "en") return password ? "extract it with its password and use the workbook inside (without the password, ask the unit to send the file without one)" : "extract it and use the workbook inside";
  return password ? "请用密码解压后使用其中的工作簿（不知道密码的，请报送单位发送不设密码的文件）" : "请解压后使用其中的工作簿";
}
