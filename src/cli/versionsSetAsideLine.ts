import type { VersionBasis } from "../cycle/versionOrder";
import type { Lang } from "./fileMessages";
import { latestVersionLine, type LatestVersionUse } from "./latestVersionLine";

/** The commands whose versions line ends with the files set aside: `report` (未评估) and `check` (不计入). */
export type SetAsideUse = Exclude<LatestVersionUse, "summed">;

const SET_ASIDE: Record<SetAsideUse, Record<Lang, string>> = {
  evaluated: { zh: "，未评估：", en: "; not evaluated: " },
  counted: { zh: "，不计入：", en: "; not counted: " },
};

/**
 * The line `report` and `check` give a unit that sent several versions (`files` oldest first, the last
 * the one used; `by` what told the latest: versionOrder), in `lang`: latestVersionLine's opening, then
 * the older files: `常山县 收到 2 版，按最新一版（…）评估，未评估：2023-常山县.xlsx` /
 * `… is summed and evaluated; not counted: a.xlsx, b.xlsx`. No "\n".
 */
export function versionsSetAsideLine(v: { unit: string; files: readonly string[]; by: VersionBasis }, use: SetAsideUse, lang: Lang): string {
  return `${latestVersionLine(v, use, lang)}${SET_ASIDE[use][lang]}${v.files.slice(0, -1).join(lang === "en" ? ", " : "、")}`;
}
