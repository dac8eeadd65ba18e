import type { EvaluationReport } from "../sheet/EvaluationReport";
import { reportRegion } from "./reportRegion";

/**
 * The units a report is over, as its body says them under the title (evaluation-rules §6, our reading; trial39a F8: a
 * count of units was the title's first line, 「湖州市 9 个填报单位」): one unit by its name; several of one region (the plans'
 * 地区, every return's the same: reportRegion) by the region and how many, those that sent nothing counted
 * (江海市 5 个填报单位); otherwise by name while they are few (up to three), else the first and how many (甲县等 4 个填报单位).
 */
export function reportScope(r: Pick<EvaluationReport, "units" | "returns">): string {
  const region = reportRegion(r);
  const units = r.units.map((x) => x.unit).filter((u) => u !== "");
  const n = r.units.length;
  return n === 1 ? r.units[0]?.unit ?? ""
    : region ? `${region} ${n} 个填报单位`
    : units.length === n && n <= 3 ? units.join("、")
    : `${units[0] ? `${units[0]}等 ` : ""}${n} 个填报单位`;
}
