import type { CommandIO } from "./CommandIO";
import { EXIT } from "./EXIT";
import { parseYear } from "./parseYear";
import { reviewWorkbook } from "./reviewWorkbook";

/** `review <file.xlsx> [--out f] [--year Y]`: adds or refreshes the 审核 sheet. */
export async function runReview(file: string, o: { year?: string; out?: string; force?: boolean }, io: CommandIO): Promise<void> {
  const year = o.year === undefined ? undefined : parseYear(o.year);
  const r = await reviewWorkbook(file, o.out ?? file, { year, force: o.force ?? false });
  if (!r.ok) { io.printErr(r.message + "\n"); io.setExit(r.unreadable ? EXIT.unreadable : EXIT.usage); return; }
  io.print(`已更新「${r.sheet}」表：${o.out ?? file}，${r.rows} 条待审核或已审核记录，其中 ${r.stale} 条因数值变化待复核\n`);
}
