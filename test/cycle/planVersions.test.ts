import { PlanVersions, type PlanChoice } from "../../src/cycle/planVersions";

/**
 * Which plan and version a folder is summed on (docs/evaluation-rules.md §6, our reading): the ledger's
 * plan, else most units'; of it, the version most units' returns are on; a unit counts once. Trial K's
 * folder was refused whole for one return on the old version.
 */
const V2 = { templates: [{ id: "p", title: "江海市", rows: "v2" }], rows: [{ template: "p", name: "城镇新增就业" }, { template: "p", name: "城镇化率" }] };
const V1 = { templates: [{ id: "p", title: "江海市", rows: "v1" }], rows: [{ template: "p", name: "全员劳动生产率" }, { template: "p", name: "城镇化率" }] };
const HEALTH = { templates: [{ id: "h", title: "卫生健康", rows: "h1" }], rows: [{ template: "h", name: "医师数" }] };
type Facts = typeof V2;
const summary = (c: PlanChoice): string => (c.ok ? `ok ${c.passedOver.map((p) => `${p.file}:${p.reason}:-${p.version.missing.join("")}+${p.version.extra.join("")}`).join(" ")}`
  : "tied" in c ? `tied ${c.tied.reason} ${c.tied.groups.map((g) => g.files.join("")).join("|")}` : `named ${c.named.file}`);

describe("PlanVersions.choose", () => {
  test.each<[string, Array<[string, string, Facts, boolean?]>, string[] | undefined, string]>([
    ["one version: nothing passed over", [["a", "东", V2], ["b", "南", V2]], undefined, "ok "],
    ["3 on v2, 1 on v1 (trial K mix2023)", [["a", "东", V2], ["b", "南", V2], ["c", "西", V2], ["d", "北", V1]], undefined, "ok d:other_version:-城镇新增就业+全员劳动生产率"],
    ["v1 first in the folder: still the majority's", [["d", "北", V1], ["a", "东", V2], ["b", "南", V2]], undefined, "ok d:other_version:-城镇新增就业+全员劳动生产率"],
    ["a unit's two files count once: 2 units beat 1 unit of 2 files", [["a", "东", V2], ["a2", "东", V2], ["d", "北", V1], ["e", "西", V1]], undefined, "ok a:other_version:-全员劳动生产率+城镇新增就业 a2:other_version:-全员劳动生产率+城镇新增就业"],
    ["a sibling plan and the old version (trial K case2): tie on the version", [["a", "东", V2], ["d", "南", V1], ["h", "北", HEALTH]], ["p"], "tied other_version a|d"],
    ["the ledger's plan settles a tie of plans", [["a", "东", V2], ["h", "北", HEALTH]], ["p"], "ok h:other_plan:-+"],
    ["without the ledger a tie of plans is refused", [["a", "东", V2], ["h", "北", HEALTH]], undefined, "tied other_plan a|h"],
    ["a file named on the command line on the minority version", [["a", "东", V2], ["b", "南", V2], ["d", "北", V1, true]], undefined, "named d"],
  ])("%s", (_name, files, ledger, expected) => {
    const v = new PlanVersions();
    for (const [file, unit, facts, explicit] of files) v.add(file, unit, explicit ?? false, facts);
    expect(summary(v.choose(undefined, ledger))).toBe(expected);
  });
});
