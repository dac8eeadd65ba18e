/**
 * What an archive received is, in `lang`: 是压缩包（内有 2024-东港片区.xlsx） / an archive (holding
 * 2024-东港片区.xlsx); `nested` (within brackets already): 是压缩包，内有 … / an archive holding ….
 * `kind` rar or 7z names the format (its directory is not read); `inside`: the spreadsheets a .zip
 * holds, by their names in it (the first five, then how many in all); `password`: its entries protected by a password
 * (设置了密码的压缩包). The reader's line and the cycle's reason `archive` both say it so.
 */
export function archiveText(p: { kind?: string; inside?: readonly string[]; password?: boolean }, lang: "zh" | "en", nested = false): string {
  const inside = p.inside;
  if (lang === "en") {
    const kind = p.kind === "rar" ? "a RAR archive" : p.kind === "7z" ? "a 7z archive" : p.password ? "an archive protected by a password" : "an archive";
    if (!inside?.length) return kind;
    const what = `holding ${inside.slice(0, 5).join(", ")}${inside.length > 5 ? ` and ${inside.length - 5} more` : ""}`;
    return nested ? `${kind} ${what}` : `${kind} (${what})`;
  }
  const kind = p.kind === "rar" ? "是 RAR 压缩包" : p.kind === "7z" ? "是 7z 压缩包" : p.password ? "是设置了密码的压缩包" : "是压缩包";
  if (!inside?.length) return kind;
  const what = `内有 ${inside.slice(0, 5).join("、")}${inside.length > 5 ? ` 等 ${inside.length} 个文件` : ""}`;
  return nested ? `${kind}，${what}` : `${kind}（${what}）`;
}
