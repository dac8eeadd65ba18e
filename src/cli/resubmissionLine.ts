import type { Resubmission } from "../cycle/versionsSheet";
import type { Lang } from "./fileMessages";
import { latestVersionLine } from "./latestVersionLine";

/**
 * The line `summary` prints, and the pane's 汇总所选文件 says, for a unit that sent several versions (issue 18.4):
 * the latest summed (latestVersionLine) and how many values changed between the two latest, in `lang`:
 * 定海区 收到 2 版，按最新一版（…）汇总，改动 1 处（数值、说明、人工评估，见「版本变化」表）; for copies of one return
 * (`by` copy) or versions alike in their tables (`by` table) the others not summed again instead. No "\n".
 */
export function resubmissionLine(x: Resubmission, lang: Lang): string {
  // copies of one return (versionOrder's `copy`), or versions whose tables hold the same (`table`): nothing changed to look up, the others named as not summed again
  if (x.by === "copy" || x.by === "table") return `${latestVersionLine(x, "summed", lang)}${lang === "en" ? "; not summed again: " : "，不重复汇总："}${x.files.slice(0, -1).join(lang === "en" ? ", " : "、")}`;
  return `${latestVersionLine(x, "summed", lang)}${lang === "en"
    ? `, ${x.changes.length} change${x.changes.length === 1 ? "" : "s"} (values, notes, assessments: see the 版本变化 sheet)`
    : `，改动 ${x.changes.length} 处（数值、说明、人工评估，见「版本变化」表）`}`;
}
