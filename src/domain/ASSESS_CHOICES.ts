import type { Status } from "./Status";

/** The conclusions a reviewer picks in a row's 人工评估 cell (its drop-down list; lock's refusal names them), in that order. */
export const ASSESS_CHOICES: readonly Status[] = ["met", "on_track", "lagging", "severe", "not_applicable"];
