import type { TieCause } from "../domain/TieCause";

/**
 * When and what a version of a unit's return is: `savedAt` the workbook's own last save,
 * `receivedAt` the file's time (ms); `content` what it holds (returnContent) and `replaces` the
 * content of the version its 审核 sheet records it replaces (review --replaces); `table` what its table holds by
 * indicator and year, values and 说明 (tableContent's `table`), where the caller read it.
 */
export interface VersionTimes {
  receivedAt: number;
  savedAt?: number;
  content?: string;
  replaces?: string;
  table?: string;
}

/**
 * What a unit's versions were put in order by: a recorded replacement, the workbooks' own save times, or the files' times;
 * `copy`: every version holds the same (returnContent): one return sent or downloaded twice, counted once (trial39c F5);
 * `table`: every version's table holds the same values and 说明 (tableContent), though the workbooks differ elsewhere (a
 * blank row or a notes column inserted, a re-save): one return, counted once, whichever (trial43b F4).
 */
export type VersionBasis = "replaced" | "saved" | "received" | "copy" | "table";

/**
 * File times closer than this (ms) tell nothing about which version is newer: copying a folder
 * without keeping file times (cp, a share, a sync) writes a unit's two versions well within it, in
 * whatever order the copy took them (a trial summed 常山县's old version so), and two attachments
 * saved by hand a moment apart are in the order they were clicked. Read only where a version does
 * not say when it was saved: versions that say the same time are never told apart by their files'.
 */
export const COPY_WINDOW_MS = 60_000;

/**
 * How one unit's versions are put in order, oldest first (issue 18.4; our reading). A version a
 * reviewer recorded as replacing another (`review new --replaces old`) comes after it, whatever
 * the times: opening the old one again to write a 审核意见 saves it anew. Otherwise by when each
 * workbook was last saved (docProps/core.xml: Excel and WPS write it on save; openpyxl 3.0 and
 * LibreOffice's --convert-to keep the time they read) where every one says it and not all the same,
 * since a file's own time is when it was copied or downloaded; else (where one does not say) by the files' times; then
 * as given (versions saved at the same second are ranked by their files' times too, but see `tied`). `rank` is each version's place (0 oldest); `by`
 * what decided the latest, so the message can say it: "replaced" whenever the latest is recorded as
 * replacing another version given (the record has priority, even where the times agree; a trial's
 * reviewer who had run review --replaces read 按文件修改时间最晚 and took the record for ignored).
 * `tied`: the versions that could each be the latest (two or more, oldest first) when nothing tells
 * them apart: the same save time, whatever their file times (trial41a F1: review writes its 审核 sheet and leaves
 * docProps/core.xml as it was, so reviewing the old version, or downloading its mail again, made it the newest file),
 * or, where a version does not say when it was saved, file times within COPY_WINDOW_MS; and none recorded as replacing
 * another; the caller then uses none of them and says so, never picking one silently; `cause` (with `tied`) which of the two
 * applied (TieCause), so that is what is said.
 * Versions whose `content` is the same are one return (a file downloaded twice, copied as 「x (1).xlsx」): never
 * tied with one another, whichever is used; where every version holds the same, `by` is "copy" (trial39c F5: such a
 * copy was 无法区分新旧 in check and report, and the advice review --replaces was refused for it). So are versions
 * whose `table` is the same (the same values and 说明 by indicator and year, whatever else differs: trial43b F4, three
 * layouts saved in one second were refused as 内容不同 where diff found 0 changes); where every version's table is the
 * same but not every whole workbook, `by` is "table".
 */
export function versionOrder<T extends VersionTimes>(list: readonly T[]): { by: VersionBasis; rank: (x: T) => number; tied?: T[]; cause?: TieCause } {
  const saved = list.map((x) => x.savedAt);
  const bySaved = saved.every((t) => t !== undefined) && new Set(saved).size > 1;
  const savedOf = (x: T): number => (bySaved ? x.savedAt ?? 0 : 0);
  const given = new Map(list.map((x, i) => [x, i]));
  const ordered = [...list].sort((a, b) => savedOf(a) - savedOf(b) || a.receivedAt - b.receivedAt || given.get(a)! - given.get(b)!);
  const latestByTime = ordered[ordered.length - 1];
  // the versions no time tells from the latest by time: its save time, and a file time within the window
  const top = latestByTime === undefined ? null : { saved: savedOf(latestByTime), received: latestByTime.receivedAt };
  // where every workbook says when it was saved, one saved at the latest's second is not told from it by any file time:
  // a file's time is when it was downloaded, copied or had a 审核 sheet written into it (trial41a F1: the old mail
  // downloaded again, or reviewed by mistake, was summed over the correction saved at the same second)
  const savedKnown = saved.every((t) => t !== undefined);
  const alike = top === null ? [] : ordered.filter((x) => savedOf(x) === top.saved && (savedKnown || top.received - x.receivedAt < COPY_WINDOW_MS));
  // the save times decided where the latest was saved after every other one
  const savedDecided = bySaved && top !== null && ordered.every((x) => x === latestByTime || savedOf(x) < top.saved);
  // a recorded replacement goes after what it replaces (a few versions at most: moved until none is out of place)
  for (let moves = 0; moves < list.length * list.length; moves++) {
    const i = ordered.findIndex((a, at) => a.replaces !== undefined && ordered.slice(at + 1).some((b) => b.content === a.replaces && b !== a));
    if (i === -1) break;
    const [a] = ordered.splice(i, 1);
    const j = ordered.map((b) => b.content).lastIndexOf(a!.replaces);
    ordered.splice(j + 1, 0, a!);
  }
  const rank = new Map(ordered.map((x, i) => [x, i]));
  // the record comes first (its priority), so it is named whenever the latest replaces another given version, even where the times agree
  const last = ordered[ordered.length - 1];
  const recorded = last?.replaces !== undefined && ordered.some((b) => b !== last && b.content === last.replaces);
  const replacedByTime = !recorded && last !== latestByTime;
  const by: VersionBasis = recorded || replacedByTime ? "replaced" : savedDecided ? "saved" : "received";
  // a version another given one records replacing is older, whatever its time
  const superseded = new Set(list.flatMap((x) => (x.replaces === undefined ? [] : list.filter((y) => y !== x && y.content === x.replaces))));
  const open = alike.filter((x) => !superseded.has(x));
  // the same content twice is one return, not two versions to tell apart
  const oneReturn = (xs: readonly T[]): boolean => xs.every((x) => x.content !== undefined && x.content === xs[0]?.content);
  // the same table (values and 说明 by indicator and year) is one return too: which is counted changes no figure
  const oneTable = (xs: readonly T[]): boolean => xs.every((x) => x.table !== undefined && x.table === xs[0]?.table);
  const tied = by !== "replaced" && open.length > 1 && !oneReturn(open) && !oneTable(open) ? [...open].sort((a, b) => rank.get(a)! - rank.get(b)!) : undefined;
  // what tied them, as it applied: one save time (every version says one), else file times a copy's moment apart
  const cause: TieCause | undefined = !tied ? undefined : savedKnown ? { by: "saved" } : { by: "received", unsaved: tied.filter((x) => x.savedAt === undefined).length, of: tied.length };
  const same: VersionBasis | undefined = list.length < 2 ? undefined : oneReturn(list) ? "copy" : oneTable(list) ? "table" : undefined;
  return { by: same ?? by, rank: (x) => rank.get(x) ?? 0, ...(tied && cause ? { tied, cause } : {}) };
}
