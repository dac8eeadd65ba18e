import type { TieCause } from "../domain/TieCause";
import type { ArrivedReturn } from "./summaryCycle";
import { latestVersions } from "./summaryCycle";
import type { VersionBasis } from "./versionOrder";
import type { ReturnIdentity } from "./versionGroup";
import { misnamedReturns, type MisnamedReturn } from "./misnamedReturns";

/**
 * Which of the returns that arrived count (issue 18.4), for `summary` and `report` alike: a copy
 * filed under another unit's name is passed over where that unit sent its own (misnamedReturns),
 * then the newest version of each 填报单位's return (of one plan and year: versionGroup) counts (latestVersions). `kept`: the returns not passed
 * over, in the order given; `versions`: each unit that sent two or more, its files oldest first;
 * `tied`: each unit whose versions could not be told apart (none of them counted).
 */
export function countedReturns<T extends Pick<ArrivedReturn, "file" | "unit" | "receivedAt" | "savedAt" | "content" | "replaces" | "table"> & ReturnIdentity>(arrived: readonly T[], expected: readonly string[] = []): {
  misnamed: MisnamedReturn[]; passedOver: Set<string>; kept: T[]; counted: T[]; versions: Array<{ unit: string; files: T[]; by: VersionBasis }>; tied: Array<{ unit: string; files: T[]; cause: TieCause }>;
} {
  const misnamed = misnamedReturns(arrived, expected);
  const passedOver = new Set(misnamed.filter((m) => m.passedOver).map((m) => m.file));
  const kept = passedOver.size ? arrived.filter((x) => !passedOver.has(x.file)) : [...arrived];
  return { misnamed, passedOver, kept, ...latestVersions(kept) };
}
