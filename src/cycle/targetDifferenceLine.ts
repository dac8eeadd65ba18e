import type { TargetDifference } from "./targetVersions";

const LABEL_ZH = { target: "目标", attribute: "属性" } as const;
const LABEL_EN = { target: "target", attribute: "attribute" } as const;

/**
 * The one line `summary` (terminal, 问题清单) and `report` (terminal, the report's text) say of an
 * indicator whose target or attribute differs between the returns (TargetVersions), in `lang`: what
 * each carries and which units, which is current (the amended version's, else most units') and whom to send the current form:
 * 规划版本不同：常住人口城镇化率（%） 目标 72（东城区、南山县、西湖县：多数单位所用的现行版本）与 70（北岭县）；各单位按本单位填报表中的目标评估，请向北岭县下发现行版本的填报表.
 */
export function targetDifferenceLine(d: TargetDifference, lang: "zh" | "en"): string {
  const en = lang === "en";
  const value = (v: TargetDifference["versions"][number]): string => d.fields.map((f) => (f === "target" ? v.target || "—" : v.attribute || (en ? "none" : "未标"))).join(en ? ", " : "、");
  const units = (v: TargetDifference["versions"][number]): string => [...new Set(v.units.map((u) => u.unit))].join(en ? ", " : "、");
  const label = d.fields.map((f) => (en ? LABEL_EN : LABEL_ZH)[f]).join(en ? " and " : "、");
  const stale = [...new Set(d.versions.slice(1).flatMap((v) => v.units.map((u) => u.unit)))].join(en ? ", " : "、");
  if (en) {
    const current = d.amended !== undefined ? `: the current version, amended in ${d.amended}` : ": the current version, held by most units";
    const list = d.versions.map((v, i) => `${value(v)} (${units(v)}${i === 0 && d.current ? current : ""})`).join(" vs ");
    return `Plan versions differ: ${d.name} ${label} ${list}; each unit is graded on its own form's targets; ${d.current ? `send ${stale} the current form` : "as many units hold each, so which is current cannot be told"}`;
  }
  const current = d.amended !== undefined ? `：${d.amended} 年中期调整后的现行版本` : "：多数单位所用的现行版本";
  const list = d.versions.map((v, i) => `${value(v)}（${units(v)}${i === 0 && d.current ? current : ""}）`).join("与 ");
  return `规划版本不同：${d.name} ${label} ${list}；各单位按本单位填报表中的目标评估，${d.current ? `请向${stale}下发现行版本的填报表` : "各版本的单位一样多，无法判断哪一版现行"}`;
}
