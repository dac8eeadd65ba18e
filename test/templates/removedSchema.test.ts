import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTemplate } from "../../src/templates/parseTemplate";

/**
 * `removed` (trial35 M9): the indicators a mid-term revision removed, as `rollover --from` records them on the template
 * it stores in the new return: optional, so a plan file and a return made before it load as before; a list of
 * {id, name, revisions}, the last revision `{year, removed: true}`; anything else in its place refused by its JSON path.
 * On main the field was dropped silently, whatever it held.
 */
const seed = JSON.parse(readFileSync(join(__dirname, "../../seeds/zhoushan-2021-2025.json"), "utf8")) as Record<string, unknown>;
const GONE = { id: "r99", name: "每千人口拥有执业(助理)医师数", revisions: [{ year: 2023, removed: true }] };

test.each<[string, unknown, string | null]>([
  // why, removed, refused at (null: kept as written)
  ["one row removed", [GONE], null],
  ["a row revised before it was removed keeps both", [{ ...GONE, revisions: [{ year: 2022, target: { from: "3.6", to: "3.8" } }, { year: 2024, removed: true }] }], null],
  ["a removal with no revision", [{ ...GONE, revisions: [] }], "$.removed[0].revisions"],
  ["a row without its name", [{ id: "r99", name: "", revisions: GONE.revisions }], "$.removed[0].name"],
  ["removed: false is no mark", [{ ...GONE, revisions: [{ year: 2023, removed: false }] }], "$.removed[0].revisions[0].removed"],
  ["one row, not a list", GONE, "$.removed"],
])("%s", (_why, removed, refusedAt) => {
  const r = parseTemplate({ ...seed, removed }, "t.json");
  if (refusedAt === null) {
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.template.kind === "indicators" ? r.template.removed : undefined).toEqual(removed);
  } else {
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toContain(refusedAt);
  }
});

test("a template without it loads as before, with no such field", () => {
  const r = parseTemplate(seed, "t.json");
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  expect("removed" in r.template).toBe(false);
});
