import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { at, edit, KEY, returnFile, reviewRows, years } from "../support/trialReturn";

/**
 * Session 47, as a user meets it: a 2023 return leaves its cumulative row r02 (新增水利工程投资（累计）[12]) blank for 2023
 * with its reason in 说明, is rolled over to 2024 and 2024's amount typed. check, --json and the 审核 sheet said two lines
 * on K5, one blank: 「K5：2023 年的数值未填：请先补填（累计指标按 0 计入…）」 and 「K5：2023 年的数值仍未填写（2023 年填报时已
 * 说明：…）」. Now one line says both (earlier_year_owed standing in for cumulative_gap on that cell, --json countedAsZero).
 */
const NOTE = "2023年投资数据待市财政局核定后补报";
const ONE_LINE = `K5：2023 年的数值仍未填写（2023 年填报时已说明：${NOTE}）：数据发布后请先补填（在此之前按 0 计入累计，本行的滞后可能因此而来）`;
let rolled = "";

beforeAll(async () => {
  const f2023 = await returnFile([...years("r02", 2.4, 2.4), at("r02", "note", NOTE)], 2023);
  rolled = join(mkdtempSync(join(tmpdir(), "owed-cumulative-")), "2024.xlsx");
  expect((await cli("rollover", f2023, "--year", "2024", "--out", rolled)).code).toBe(0);
  await edit(rolled, [at("r02", "in:2024", 2.4)]);
}, 60000);

test.each<[string, string[], RegExp, number]>([
  ["zh", [], /K5：/g, 1],
  ["en", ["--lang", "en"], /K5: /g, 1],
])("check (%s): K5 said once on r02's line", async (_lang, flags, k5, n) => {
  const r = await cli("check", rolled, ...flags);
  const line = r.out.split("\n").find((l) => l.includes("新增水利工程投资（累计）")) ?? "";
  expect(line.match(k5)?.length).toBe(n);
  if (flags.length === 0) expect(line).toContain(ONE_LINE);
  else expect(line).toContain("fill it in first once the figure is published (until then it counts as 0 in the total, which may be why this row lags)");
}, 60000);

test("check --json: one issue on K5, earlier_year_owed counted as 0, no cumulative_gap", async () => {
  const doc = JSON.parse((await cli("check", rolled, "--json")).out) as { items: Array<{ id: string; issues: Array<Record<string, unknown>> }> };
  const issues = doc.items.find((i) => i.id === "r02")?.issues ?? [];
  expect(issues.map((x) => [x["code"], x["cell"], x["year"], x["note"], x["countedAsZero"]])).toEqual([
    ["earlier_year_owed", "K5", 2023, NOTE, true],
    ["lagging_no_note", "P5", undefined, undefined, undefined],
  ]);
}, 60000);

test("the 审核 sheet's 问题 names K5 once, in the same words", async () => {
  const f = join(mkdtempSync(join(tmpdir(), "owed-cumulative-review-")), "2024.xlsx");
  copyFileSync(rolled, f);
  expect((await cli("review", f)).code).toBe(0);
  const issue = (await reviewRows(f)).get(KEY("r02"))?.["issue"] ?? "";
  expect(issue.match(/K5：/g)?.length).toBe(1);
  expect(issue).toContain(ONE_LINE);
}, 60000);
