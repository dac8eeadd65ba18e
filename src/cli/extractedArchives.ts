import { basename, dirname, resolve } from "node:path";
import type { UnusableFile } from "../cycle/UnusableFile";
import { folderArg } from "./subfolderLine";
import { namesUnder } from "./workbookFiles";

/**
 * The archives of a folder whose spreadsheets all sit extracted already, by name, beside them or in a
 * subfolder (what Windows 全部解压缩 makes): marked `archive.extracted` (where), so they are not told
 * 请解压 (a trial's 舟山市各县填报.zip was, its six returns beside it). Other files as they are.
 */
export function extractedArchives(skipped: readonly UnusableFile[]): UnusableFile[] {
  const byFolder = new Map<string, Map<string, string>>();
  return skipped.map((x) => {
    const inside = x.reason === "archive" ? x.archive?.inside : undefined;
    if (!inside?.length) return x;
    const folder = dirname(x.file);
    const key = resolve(folder);
    if (!byFolder.has(key)) byFolder.set(key, namesUnder(folder));
    const names = byFolder.get(key)!;
    const where = inside.map((n) => names.get(basename(n)));
    if (where.some((w) => w === undefined)) return x;
    const places = [...new Set(where as string[])];
    return { ...x, archive: { ...x.archive, extracted: places.map(folderArg).join("、") } };
  });
}
