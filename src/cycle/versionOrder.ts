/**
 * When and what a version of a unit's return is: `savedAt` the workbook's own last save,
 * `receivedAt` the file's time (ms); `content` what it holds (returnContent) and `replaces` the
 * content of the version its 审核 sheet records it replaces (review --replaces).
 */
export interface VersionTimes {
  receivedAt: number;
  savedAt?: number;
  content?: string;
  replaces?: string;
}

/** What a unit's versions were put in order by: a recorded replacement, the workbooks' own save times, or the files' times. */
export type VersionBasis = "replaced" | "saved" | "received";

/**
 * How one unit's versions are put in order, oldest first (issue 18.4; our reading). A version a
 * reviewer recorded as replacing another (`review new --replaces old`) comes after it, whatever
 * the times: opening the old one again to write a 审核意见 saves it anew. Otherwise by when each
 * workbook was last saved (docProps/core.xml, written by Excel, WPS and openpyxl on save) where
 * every one says it and not all the same, since a file's own time is when it was copied or
 * downloaded (two mail attachments saved at once come in the order they were saved); else by the
 * files' times; then as given. `rank` is each version's place (0 oldest); `by` what decided the
 * latest, so the message can say it: "replaced" whenever the latest is recorded as replacing another
 * version given (the record has priority, even where the times agree; a trial's reviewer who had
 * run review --replaces read 按文件修改时间最晚 and took the record for ignored).
 */
export function versionOrder<T extends VersionTimes>(list: readonly T[]): { by: VersionBasis; rank: (x: T) => number } {
  const saved = list.map((x) => x.savedAt);
  const bySaved = saved.every((t) => t !== undefined) && new Set(saved).size > 1;
  const time = (x: T): number => (bySaved ? x.savedAt ?? 0 : x.receivedAt);
  const given = new Map(list.map((x, i) => [x, i]));
  const ordered = [...list].sort((a, b) => time(a) - time(b) || given.get(a)! - given.get(b)!);
  const latestByTime = ordered[ordered.length - 1];
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
  const by: VersionBasis = recorded || last !== latestByTime ? "replaced" : bySaved ? "saved" : "received";
  return { by, rank: (x) => rank.get(x) ?? 0 };
}
