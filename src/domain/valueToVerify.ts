import type { Issue } from "./Issue";

/**
 * Why a reporting year's value is to be verified before it is relied on (evaluation-rules §6, our
 * reading): far beyond the plan's numbers (§8f `far_from_plan`: `factor` and `side`) or a likely
 * unit slip (§2 `scale_suspect`, over 1000×), with no 说明 keeping it (`params.noted`).
 */
export interface ValueToVerify {
  code: "far_from_plan" | "scale_suspect";
  /** far_from_plan: how many times the plan's largest (above) or what fraction of its smallest (below) */
  factor: number | null;
  side: "above" | "below";
}

/** The row's value to verify, from its issues, or null: the first unexplained far_from_plan or scale_suspect. */
export function valueToVerify(issues: readonly Issue[]): ValueToVerify | null {
  const i = issues.find((x) => (x.code === "far_from_plan" || x.code === "scale_suspect") && !x.params?.["noted"]);
  if (!i) return null;
  if (i.code === "scale_suspect") return { code: "scale_suspect", factor: null, side: "above" };
  const factor = Number(i.params?.["factor"]);
  return { code: "far_from_plan", factor: Number.isFinite(factor) ? factor : null, side: i.params?.["side"] === "below" ? "below" : "above" };
}
