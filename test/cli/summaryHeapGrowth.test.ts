/**
 * Issue 19: `summary` over 1,000 county returns peaked at 1.4–1.5× its peak over 100 though what it keeps of
 * them (counts, flag rows spooled) stayed about 25 MB at either: V8 sized its old generation by the churn of
 * the returns read and let go (up to 4× what is alive). The summary now sets V8's growth to HEAP_GROWTH for its
 * run and gives V8 its own choice back after (limitHeapGrowth); a growth the user gave node is left alone.
 * Memory itself is measured by the bench (bench/summaryScale.ts), never by a timed test.
 */
import { mkdtempSync, rmSync } from "node:fs";
import v8 from "node:v8";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { countyReturn } from "../support/countyReturn";
import { cli } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "heap-growth-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files: string[] = [];
beforeAll(async () => {
  const t = findTemplate("zhoushan-2021-2025") as Template;
  files = [await countyReturn(dir, "2023-定海区.xlsx", "定海区", 0, [t]), await countyReturn(dir, "2023-普陀区.xlsx", "普陀区", -0.05, [t])];
}, 60000);

describe("summary limits V8's heap growth for its run", () => {
  const nodeOptions = process.env["NODE_OPTIONS"];
  afterEach(() => {
    jest.restoreAllMocks();
    if (nodeOptions === undefined) delete process.env["NODE_OPTIONS"];
    else process.env["NODE_OPTIONS"] = nodeOptions;
  });
  test.each<[string, string, string[]]>([
    ["no growth given to node", "", ["--heap-growing-percent=100", "--heap-growing-percent=0"]],
    ["the user's own growth in NODE_OPTIONS", "--heap-growing-percent=300", []],
  ])("%s (NODE_OPTIONS %j): the flags summary sets", async (_case, options, flags) => {
    process.env["NODE_OPTIONS"] = options;
    const set = jest.spyOn(v8, "setFlagsFromString").mockImplementation(() => undefined);
    const r = await cli("summary", ...files, "--out", join(dir, "汇总.xlsx"), "--force");
    expect(r.code).toBe(0);
    expect(set.mock.calls.map(([f]) => f)).toEqual(flags);
  }, 60000);
});
