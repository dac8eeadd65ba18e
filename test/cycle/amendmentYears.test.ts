import { AmendmentYears } from "../../src/cycle/AmendmentYears";
import { TargetVersions } from "../../src/cycle/targetVersions";
import { chaseOf } from "../../src/cycle/chaseOf";
import type { UnitFacts } from "../../src/cycle/UnitFacts";

/**
 * A manager's trial (session 35): counties moved onto the amended plan a year late recorded the amendment as
 * 2024, the others as 2023, and one city report said both (M4). One amendment is dated by the earliest year a
 * return records it in. The same rule of change records makes the amended targets current (TargetVersions),
 * and a county whose return came on another version is chased to send the current version, not as late (M7).
 */
const R = (year: number, from = "≥35", to = "≥38") => ({ year, target: { from, to } });

describe("AmendmentYears", () => {
  test.each<[string, Array<Array<{ year: number; target: { from: string; to: string } }>>, number[]]>([
    ["a county moved a year late: said as the others' year", [[R(2023)], [R(2024)], [R(2023)]], [2023, 2023, 2023]],
    ["the late one first: still the earliest", [[R(2024)], [R(2023)]], [2023, 2023]],
    ["another change keeps its own year", [[R(2023)], [R(2024, "≥38", "≥40")]], [2023, 2024]],
    ["one return alone: as recorded", [[R(2024)]], [2024]],
  ])("%s", (_name, records, years) => {
    const rows = records.map((revisions) => ({ template: "t", id: "r-6", revisions }));
    const a = new AmendmentYears().add(rows);
    expect(a.dated(rows).map((r) => r.revisions[0]!.year)).toEqual(years);
  });

  test.each<[string, number, number]>([
    ["a return already records 2023: a county moved in 2024 is dated 2023", 2024, 2023],
    ["never later than the new return's own year", 2022, 2022],
  ])("yearOf: %s", (_name, year, expected) => {
    const a = new AmendmentYears().add([{ template: "t", id: "r-6", revisions: [R(2023)] }]);
    expect(a.yearOf("t", "r-6", { target: { from: "≥35", to: "≥38" } }, year)).toBe(expected);
  });
});

describe("TargetVersions: the amended target is current whatever its count", () => {
  const row = (target: string) => [{ template: "t", id: "r-6", name: "居民健康素养水平（%）", target, attribute: "预期性" }];
  test.each<[string, Array<[string, string, boolean]>, string, number | undefined]>([
    ["1 amended against 2 old", [["东", "≥38", true], ["南", "≥35", false], ["西", "≥35", false]], "≥38", 2023],
    ["no change record: most units'", [["东", "≥38", false], ["南", "≥35", false], ["西", "≥35", false]], "≥35", undefined],
  ])("%s", (_name, units, current, amended) => {
    const t = new TargetVersions();
    for (const [unit, target, rec] of units) t.add(unit, `${unit}.xlsx`, row(target), rec ? [{ year: 2023, count: 1 }] : [undefined]);
    const [d] = t.differences();
    expect([d?.current, d?.versions[0]?.target, d?.amended]).toEqual([true, current, amended]);
  });
});

describe("chaseOf: a return on another version is chased to resend, not as late", () => {
  const base: UnitFacts = { unit: "石门县", deadline: "2024-01-31", state: "未报", errors: 0, unexplainedLags: 0, missing: 0, rows: 0, lock: "", versions: 0, changes: 0 };
  test.each<[string, Partial<UnitFacts>, string[]]>([
    ["old-version file", { unusable: "other_version" }, ["resend"]],
    ["damaged file: still 催报", { unusable: "damaged" }, ["not_sent"]],
    ["nothing came, deadline past", {}, ["not_sent"]],
  ])("%s", (_name, f, expected) => {
    expect(chaseOf({ ...base, ...f }, "2024-03-01")).toEqual(expected);
  });
});
