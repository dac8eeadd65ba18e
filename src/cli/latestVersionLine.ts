import type { VersionBasis } from "../cycle/versionOrder";
import type { Lang } from "./fileMessages";
import { newestBy } from "./newestBy";

/** What a command does with a unit's latest version: `summary` sums it, `report` evaluates it, `check` says both will. */
export type LatestVersionUse = "summed" | "evaluated" | "counted";

const USE_ZH: Record<LatestVersionUse, string> = { summed: "汇总", evaluated: "评估", counted: "汇总、评估" };
const USE_EN: Record<LatestVersionUse, string> = { summed: "summed", evaluated: "evaluated", counted: "summed and evaluated" };

/**
 * The opening of the line `summary`, `report` and `check` give a unit that sent several versions
 * (`files` oldest first, the last the one used; `by` what told the latest: versionOrder), in `lang`:
 * `常山县 收到 2 版，按最新一版（2023-常山县（更正）.xlsx，按文件修改时间最晚）汇总` /
 * `常山县 sent 2 versions; the latest (…, the newest file by file time) is summed`. Each command
 * adds its own tail (summary the changes; report and check the versions not used, versionsSetAsideLine). No "\n".
 */
export function latestVersionLine(v: { unit: string; files: readonly string[]; by: VersionBasis }, use: LatestVersionUse, lang: Lang): string {
  const last = v.files[v.files.length - 1] ?? "";
  return lang === "en"
    ? `${v.unit} sent ${v.files.length} versions; the latest (${last}, ${newestBy(v.by, "en")}) is ${USE_EN[use]}`
    : `${v.unit} 收到 ${v.files.length} 版，按最新一版（${last}，${newestBy(v.by, "zh")}）${USE_ZH[use]}`;
}
