/** The kinds of target a plan writes (evaluation-rules.md §1). */
export type TargetKind =
  | "floor" | "ceiling" | "cumulative" | "approximate" | "point" | "none" | "text" | "compound";

/** A target or baseline as the engine reads it; `text` is always the text as written. */
export type Target =
  | { kind: "floor"; value: number; strict: boolean; text: string }
  | { kind: "ceiling"; value: number; strict: boolean; text: string }
  | { kind: "cumulative"; value: number; text: string }
  | { kind: "approximate"; value: number; text: string }
  | { kind: "point"; value: number; text: string }
  | { kind: "none"; text: string }
  | { kind: "text"; text: string }
  | { kind: "compound"; values: number[]; text: string };

/** The numeric value of a target, where it has exactly one. */
export function targetValue(t: Target): number | null {
  switch (t.kind) {
    case "floor": case "ceiling": case "cumulative": case "approximate": case "point":
      return t.value;
    default:
      return null;
  }
}
