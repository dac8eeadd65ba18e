import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseTemplate } from "../../src/templates/parseTemplate";

/**
 * `planNotes` (the plan's own notes below its table) is an optional list of non-empty strings on every
 * template kind: a seed without it loads as before, one with it keeps it as written, and anything else in
 * its place is refused with its JSON path (before this field zod dropped it silently, whatever it held).
 */
const SEEDS = join(__dirname, "../../seeds");
const FIXTURES = join(__dirname, "../fixtures");
const seed = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(SEEDS, file), "utf8")) as Record<string, unknown>;
/** every seed, and every template file among the test fixtures (a JSON with a schemaVersion) */
const files = [
  ...readdirSync(SEEDS).filter((f) => f.endsWith(".json")).sort().map((f) => join(SEEDS, f)),
  ...(readdirSync(FIXTURES, { recursive: true }) as string[]).filter((f) => f.endsWith(".json")).sort().map((f) => join(FIXTURES, f))
    .filter((f) => /"schemaVersion"/.test(readFileSync(f, "utf8"))),
];

describe("the template's planNotes", () => {
  // a fixture imported since the field exists (trial35's tp1-water.json) carries it: kept as written, never added
  test.each(files.map((f) => [relative(join(__dirname, "../.."), f), f]))("%s loads unchanged, planNotes only where it was written", (_name, file) => {
    const data = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    const r = parseTemplate(data, file);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect("planNotes" in r.template).toBe("planNotes" in data);
    if ("planNotes" in data) expect(r.template.planNotes).toEqual(data["planNotes"]);
    expect(r.template.notes).toEqual(data["notes"]);
  });

  test.each<[string, string, unknown, string | null]>([
    ["indicators: two notes kept as written", "zhoushan-2021-2025.json", ["注：①PM2.5浓度为年均值；②减排量为五年累计值；〔〕内为五年累计数。", "③按国控站点计算。"], null],
    ["projects: one note", "shengsi-2024-projects.json", ["注：总投资为估算数，以批复为准。"], null],
    ["reforms: none (an empty list)", "shengsi-2024-reforms.json", [], null],
    ["an empty note", "zhoushan-2021-2025.json", ["注：…", ""], "$.planNotes[1]"],
    ["a note that is no text", "quzhou-2021-2025.json", [12], "$.planNotes[0]"],
    ["one text, not a list", "shengsi-2023-2027.json", "注：〔〕内为五年累计数。", "$.planNotes"],
  ])("%s", (_why, file, planNotes, refusedAt) => {
    const r = parseTemplate({ ...seed(file), planNotes }, file);
    if (refusedAt === null) {
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      expect(r.template.planNotes).toEqual(planNotes);
    } else {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems.map((p) => p.path)).toContain(refusedAt);
    }
  });
});
