/**
 * An indicator's direction (evaluation-rules.md §3a): up (higher is better), down (lower is
 * better) or keep (hold at least the target). The template schema's `direction` field takes the
 * same three words.
 */
export type Direction = "up" | "down" | "keep";

/** Which rule of §3a decided a direction, in the order they are tried. */
export type DirectionSource = "template" | "operator" | "name" | "series" | "default";
