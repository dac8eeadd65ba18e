import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { decide } from "../support/trialReturn";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";

/**
 * What `lock` says (a user's trial, item 8): the fingerprint covers the input cells, filled or
 * not, and says how many hold values; a return locked with 审核 rows undecided (待审核) or lags
 * unexplained is locked as before, with one line saying so, since the ledger will call it 通过;
 * the 待审核 rows are named by their row on the 审核 sheet (rev19 item 2: a count alone was unfindable).
 * The rows 未填报 are named as the lags are (trial29c F10: 1 项未填报 left the reviewer to find K20), and
 * a return with no decision on its 审核 sheet is locked 未经审核, the ledger 已报 (trial29c F1).
 */
const dir = mkdtempSync(join(tmpdir(), "lock-warning-"));
const zs = findTemplate("zhoushan-2021-2025") as Template;
const e = (id: string, key: string, value: number | string): InputEntry => ({ template: zs.id, id, key, value });

async function written(name: string, entries: InputEntry[]): Promise<string> {
  const wb = planToWorkbook(buildWorkbookPlan([zs], { year: 2023, reportingUnit: "定海区" }));
  expect(fillInputs(wb, entries)).toEqual([]);
  const f = join(dir, name);
  await wb.xlsx.writeFile(f);
  return f;
}

// beds 6 → 7, 6.3 in 2023 (s = 0.6, p = 0.3): lagging; nurses 3.3 → 4.45, 4 (p 0.61): on track
const LAGGING = [e("zs21-24", "in:2023", 6.3), e("zs21-26", "in:2023", 4), e("zs21-24", "in:2022", 6.1)];
// 13 rows at their baseline (p = 0, 严重滞后): more than lock names one by one
const AT_BASELINE: Array<[string, number]> = [["zs21-02", 2.02], ["zs21-04", 14.8], ["zs21-08", 62.4], ["zs21-10", 10.9], ["zs21-17", 1243], ["zs21-18", 50],
  ["zs21-19", 89.3], ["zs21-20", 3776], ["zs21-21", 2.65], ["zs21-23", 0.66], ["zs21-24", 6], ["zs21-25", 3.45], ["zs21-26", 3.3]];
const MANY = AT_BASELINE.map(([id, v]) => e(id, "in:2023", v));
/** The first ten of MANY as lock names them: the sheet, the 说明 cell (column P) and the indicator, as check names a cell. */
const TEN = ["P5 每千人口拥有3岁以下婴幼儿托位数\\(个\\)", "P7 儿童预期受教育年限\\(年\\)"];

/** the 审核 sheet's key of the first row it lists (舟山市表2!K4) */
const FIRST = `${zs.id}|${zs.kind === "indicators" ? zs.indicators.find((d) => d.name.startsWith("3岁以下婴幼儿托育机构覆盖率"))?.id : ""}|2023`;

test.each<[string, InputEntry[], boolean | "decided", "zh" | "en", RegExp, RegExp | null]>([
  ["three values, a lag explained, no 审核 sheet", [...LAGGING, e("zs21-24", "note", "床位建设延后")], false, "zh",
    /已锁定 .*：(\d+) 个填报单元格（其中 3 个有数值）及各行说明、人工评估的指纹已记录/,
    // the rows still blank are said too (a trial's reviewer locked a return with 14 of 21 rows 未填报 unwarned)
    /^注意：46 项未填报（舟山市表2!K4 3岁以下婴幼儿托育机构覆盖率\(%\)、舟山市表2!K5 .+、舟山市表2!K13 高等教育毛入学率\(%\) 等 46 项），已锁定（未经审核），报送台账将显示“已报”$/],
  ["a lag unexplained, no 审核 sheet: named by sheet, 说明 cell and indicator", LAGGING, false, "zh",
    /已锁定 .*：\d+ 个填报单元格（其中 3 个有数值）及各行说明、人工评估的指纹已记录/, /^注意：1 项滞后未填写说明（舟山市表2!P29 每千人口拥有医疗机构床位数\(张\)），46 项未填报（舟山市表2!K4 .+ 等 46 项），已锁定（未经审核），报送台账将显示“已报”；滞后未写说明的 1 项仍计为未说明的滞后（未经审核的锁定不算认可），汇总时照常督促补写说明$/],
  ["reviewed, its flagged rows undecided, a lag unexplained", LAGGING, true, "zh",
    /已锁定 .*：\d+ 个填报单元格（其中 3 个有数值）/, /^注意：审核表中仍有 47 行待审核（工作表「审核」第 4 行 3岁以下婴幼儿托育机构覆盖率\(%\)、第 5 行 .+、第 13 行 高等教育毛入学率\(%\) 等 47 行），1 项滞后未填写说明（舟山市表2!P29 每千人口拥有医疗机构床位数\(张\)），46 项未填报（舟山市表2!K4 .+ 等 46 项），已锁定（未经审核），报送台账将显示“已报”；滞后未写说明的 1 项仍计为未说明的滞后（未经审核的锁定不算认可），汇总时照常督促补写说明$/],
  ["reviewed, one row decided (通过): locked as accepted", LAGGING, "decided", "zh",
    /已锁定 .*：\d+ 个填报单元格（其中 3 个有数值）.*（审核通过）$/, /^注意：审核表中仍有 46 行待审核（工作表「审核」第 5 行 .+ 等 46 行），1 项滞后未填写说明（舟山市表2!P29 每千人口拥有医疗机构床位数\(张\)），46 项未填报（舟山市表2!K4 .+ 等 46 项），已按审核通过锁定，报送台账将显示“通过”；如未审核完，请撤销工作表保护，审核后再锁定$/],
  ["the same in English", LAGGING, true, "en",
    /^Locked .*: the fingerprint of \d+ input cells \(3 of them hold values\) and of each row's 说明 \(note\) and 人工评估 \(assessment\) is recorded/, /^Note: 47 rows of the review sheet are still 待审核 \(not decided\) \(sheet "审核" row 4 3岁以下婴幼儿托育机构覆盖率\(%\); row 5 [^;]+; (row \d+ [^;]+; ){7}row 13 [^;]+; 47 in all\) and 1 lagging indicator has no 说明 \(explanation\) \(舟山市表2!P29 每千人口拥有医疗机构床位数\(张\)\) and 46 rows are 未填报 \(not reported\) \(舟山市表2!K4 .+; 46 in all\); locked without review, and the 报送台账 will say 已报 \(sent\); the lagging indicator without a 说明 still counts as unexplained \(a lock without review accepts none\), and summary will go on chasing it for a 说明$/],
  ["13 lags: the first ten named, then how many in all", MANY, false, "zh", /已锁定 .*（其中 13 个有数值）/,
    new RegExp(`^注意：13 项滞后未填写说明（舟山市表2!${TEN[0]}、舟山市表2!${TEN[1]}、(舟山市表2![^、]+、){7}舟山市表2![^、]+ 等 13 项），35 项未填报（舟山市表2!K4 [^、]+、舟山市表2!K6 .+ 等 35 项），已锁定（未经审核）`)],
  ["13 lags in English", MANY, false, "en", /^Locked .*\(13 of them hold values\)/,
    new RegExp(`^Note: 13 lagging indicators have no 说明 \\(explanation\\) \\(舟山市表2!${TEN[0]}; 舟山市表2!${TEN[1]}; (舟山市表2![^;]+; ){7}舟山市表2![^;]+; 13 in all\\) and 35 rows are 未填报 \\(not reported\\) \\(舟山市表2!K4 [^;]+; 舟山市表2!K6 .+; 35 in all\\); locked without review`)],
])("%s", async (name, entries, reviewed, lang, locked, warning) => {
  const f = await written(`${name}.xlsx`, entries);
  if (reviewed) expect((await cli("review", f)).code).toBe(0);
  if (reviewed === "decided") await decide(f, { [FIRST]: { decision: "通过" } });
  const r = await cli("lock", f, "--lang", lang);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const lines = r.out.trim().split("\n");
  expect(lines[0]).toMatch(locked);
  // the cells fingerprinted are more than the values filled (blank inputs count as blank)
  if (lang === "zh") expect(Number(/：(\d+) 个填报单元格/.exec(lines[0]!)?.[1])).toBeGreaterThan(3);
  if (warning) expect(lines.slice(1)).toEqual([expect.stringMatching(warning)]);
  else expect(lines).toHaveLength(1);
}, 60000);
