import type { Lang } from "./fileMessages";
import type { Written } from "./writeFileSafely";

/**
 * The one line a command gives when its write replaced a file (--force) that held something other than what it wrote,
 * kept in the 被替换的旧文件 subfolder (writeFileSafely's `kept`), in `lang`; null when nothing was kept. No "\n".
 */
export function keptReplacedLine(file: string, written: Written, lang: Lang): string | null {
  if (written.kept === null) return null;
  return lang === "en"
    ? `${file} held something other than what is written now (someone may have filled it in or changed it): the old file is kept as ${written.kept}`
    : `${file} 原有内容与本次写出的不同（可能有人已填写或改过），原文件已另存为 ${written.kept}`;
}
