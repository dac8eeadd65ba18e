import type { CheckReport } from "../sheet/CheckReport";
import { planNotes } from "../sheet/planNotes";
import { CHECK_NAME_WIDTH } from "./CHECK_NAME_WIDTH";
import { shortName } from "./shortName";

/**
 * `check`'s lines of the plan's own faults (planNotes, the words the pane says them in too), one line
 * per template: `规划模板的问题（…）：K15 城乡居民收入比：单位栏为空（或为“—”），按指标名称推断…；K22 …`, the name cut as
 * the table cuts it (shortName). [] when there are none.
 */
export function planNotesLines(reports: readonly CheckReport[], lang: "zh" | "en"): string[] {
  return planNotes(reports, lang, (name) => shortName(name, CHECK_NAME_WIDTH));
}
