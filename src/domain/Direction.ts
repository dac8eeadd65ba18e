/**
 * An indicator's direction (evaluation-rules.md §3a): up (higher is better), down (lower is
 * better) or keep (hold at least the target). The template schema's `direction` field takes the
 * same three words.
 */
export type Direction = "up" | "down" | "keep";

/**
 * Which rule of §3a decided a direction, in the order they are tried; "cumulative" is rule 2's 〔〕 total
 * (`[300]`: up, a total to reach, no operator written; the import preview said 按运算符 for it, trial32p);
 * "change" is the plan's stated fall or rise in the row's note (rule 2a, our reading: `累计：〔-0.7〕`, `调减0.7`, `调增`).
 */
export type DirectionSource = "template" | "operator" | "cumulative" | "change" | "name" | "series" | "default";
