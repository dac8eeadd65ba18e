/**
 * What a return is a return of: its 填报单位 (`unit`, "" when blank), its plan (`plan`: planIdentity, its templates'
 * ids) and its own reporting year (`year`: its cover's). Absent `plan` or `year`: the caller kept returns of one plan
 * and one year only (summary and report decide the year and the plan first).
 */
export interface ReturnIdentity {
  unit: string;
  plan?: string | undefined;
  year?: number | undefined;
}

/**
 * The key of the returns that are versions of one another (issue 18.4; our reading): the same 填报单位, the same plan
 * and the same reporting year. A unit's 十四五 2025 return and its 十五五 2026 return are two returns, never two
 * versions of one (a trial's check counted the 2025 one as the latest version while summary summed the 2026 one).
 * Undefined for a return whose 填报单位 is blank: it is a version of no other. One rule for summary, report and
 * check (latestVersions).
 */
export function versionGroup(x: ReturnIdentity): string | undefined {
  return x.unit ? `${x.unit}\u0000${x.plan ?? ""}\u0000${x.year ?? ""}` : undefined;
}
