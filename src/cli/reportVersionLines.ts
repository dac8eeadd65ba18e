import { COVER_WORDS } from "../domain/COVER_WORDS";
import type { MisnamedReturn } from "../cycle/misnamedReturns";
import type { VersionBasis } from "../cycle/versionOrder";
import type { Lang } from "./fileMessages";
import { versionsSetAsideLine } from "./versionsSetAsideLine";

/** A unit's returns given to `report`, oldest first: the last is the one evaluated (latestVersions). */
export interface ReportVersions {
  unit: string;
  files: string[];
  /** what the files were put in order by (versionOrder) */
  by: VersionBasis;
}

/**
 * What `report` says of the files it did not evaluate as a unit's return, in `lang`, in the words
 * `summary` uses for the same choice (summaryText): each unit that sent several versions, the one
 * evaluated and those set aside; each return filed under another unit's name (misnamedReturns),
 * evaluated for its cover's unit or passed over. One line each, without "\n".
 */
export function reportVersionLines(versions: readonly ReportVersions[], misnamed: readonly MisnamedReturn[], lang: Lang): string[] {
  const en = lang === "en";
  const kept = versions.map((v) => versionsSetAsideLine(v, "evaluated", lang));
  const crossed = misnamed.map((m) => (en
    ? `check ${m.file}: its name is ${m.named}'s, the 填报单位 on its 填报说明 sheet (the cover) is ${m.unit}; ${m.passedOver ? `not evaluated (${m.unit} sent its own)` : `evaluated as ${m.unit}'s return`}, not as ${m.named}'s`
    : `请核实 ${m.file}：文件名是${m.named}的，${COVER_WORDS.zh.sheet}的填报单位却是${m.unit}；${m.passedOver ? `${m.unit}另有填报，此文件未评估` : `已按${m.unit}的填报评估`}，未计入${m.named}`));
  return [...kept, ...crossed];
}
