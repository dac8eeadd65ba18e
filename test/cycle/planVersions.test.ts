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

/**
 * A manager's trial (session 35, M1): right after a mid-term amendment (rollover --from) more counties held the
 * old form, and the returns on the amended version were set aside. The version whose change record (its
 * templates' revisions) shows it amends the others is current, whatever its count; old-version files are named
 * as from before the amendment (`superseded`: the amendment's year). Without a record, the count decides as before.
 */
/**
 * Trial39e F1: a 十五五 return made from the next period's table imported with another id, beside returns of the same
 * title, was named 是另一规划「X」…本次所用的是「X」: the ids (the one thing apart) are given only when the titles are alike.
 */
describe("PlanVersions.choose: another plan of the same title is told by its template ids", () => {
  const SAME_TITLE = { templates: [{ id: "q", title: "江海市", rows: "q1" }], rows: [{ template: "q", name: "城镇化率" }] };
  test.each<[string, Facts, { own: string; current: string } | undefined]>([
    ["the same title: both ids", SAME_TITLE, { own: "q", current: "p" }],
    ["another title: the titles suffice", HEALTH, undefined],
  ])("%s", (_name, other, ids) => {
    const v = new PlanVersions();
    v.add("a", "东", false, V2);
    v.add("b", "南", false, V2);
    v.add("c", "西", false, other);
    const c = v.choose();
    expect(c.ok ? c.passedOver.map((p) => [p.reason, p.version.ids]) : c).toEqual([["other_plan", ids]]);
  });
});

describe("PlanVersions.choose: the amended version is current", () => {
  const AMENDED = { ...V2, templates: [{ ...V2.templates[0]!, amended: { year: 2023, count: 1 } }] };
  const TWICE = { ...V2, templates: [{ ...V2.templates[0]!, rows: "v3", amended: { year: 2024, count: 2 } }] };
  const ALIKE = { ...V1, templates: [{ ...V1.templates[0]!, amended: { year: 2023, count: 1 } }] };
  const superseded = (c: PlanChoice): string => (c.ok ? c.passedOver.map((p) => `${p.file}:${p.version.superseded ?? "-"}`).join(" ") : "tied" in c ? "tied" : "named");
  test.each<[string, Array<[string, string, Facts]>, string]>([
    ["1 amended against 3 old: the amended is summed, the old named", [["a", "东", AMENDED], ["b", "南", V1], ["c", "西", V1], ["d", "北", V1]], "b:2023 c:2023 d:2023"],
    ["1 against 1: not tied, the amended wins", [["a", "东", AMENDED], ["d", "北", V1]], "d:2023"],
    ["a second amendment beats the first, both beat the plan", [["a", "东", AMENDED], ["b", "南", TWICE], ["c", "西", V1], ["d", "北", V1]], "a:2024 c:2024 d:2024"],
    ["two versions alike in their record: the count decides, no superseded", [["a", "东", AMENDED], ["b", "南", AMENDED], ["d", "北", ALIKE]], "d:-"],
  ])("%s", (_name, files, expected) => {
    const v = new PlanVersions();
    for (const [file, unit, facts] of files) v.add(file, unit, false, facts);
    expect(superseded(v.choose())).toBe(expected);
  });
});

/**
 * trial41a F5: a return of 舟山市's plan among 衢州市's was named 是另一规划「“十四五”公共服务主要指标目标表」 while its cover and
 * `templates` say 舟山市“十四五”公共服务主要指标目标表: a plan is named as its sheets print it (titleWithRegion).
 */
describe("PlanVersions.choose: another plan is named with its region, as its sheets print it", () => {
  const facts = (id: string, title: string, region?: string): Facts =>
    ({ templates: [{ id, title, rows: `${id}1`, ...(region === undefined ? {} : { region }) }], rows: [{ template: id, name: "城镇化率" }] }) as Facts;
  test.each<[string, Facts, string]>([
    ["a title without its region: the region in front", facts("zs", "“十四五”公共服务主要指标目标表", "舟山市"), "舟山市“十四五”公共服务主要指标目标表"],
    ["a title naming its place: as written", facts("zs", "舟山市“十四五”公共服务主要指标目标表", "舟山市"), "舟山市“十四五”公共服务主要指标目标表"],
    ["no region: the title", facts("zs", "“十四五”公共服务主要指标目标表"), "“十四五”公共服务主要指标目标表"],
  ])("%s", (_name, other, own) => {
    const v = new PlanVersions();
    const quzhou = facts("qz", "“十四五”衢州市公共服务提升主要指标目标表", "衢州市");
    v.add("a", "东", false, quzhou);
    v.add("b", "南", false, quzhou);
    v.add("c", "西", false, other);
    const c = v.choose();
    expect(c.ok && c.passedOver.map((p) => [p.version.own, p.version.current])).toEqual([[own, "“十四五”衢州市公共服务提升主要指标目标表"]]);
  });
});
