import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importTable } from "../../../src/import";
import { cli } from "../../support/cli";

/**
 * rangeTarget (trial29a F7): `7.4—7.5` was loaded as words with the generic hint "可在生成的模板文件中把目标（target）改写为“≥…”或“≤…”".
 * §1 has no range form and none is added; the hint names the bound the row most likely means: the lower
 * end for a row going up (its name, else a baseline below the range), the upper end going down, both otherwise.
 */
const HEAD = "某市“十四五”卫生健康主要指标\n序号\t指标\t单位\t2020年\t2025年\t属性";

describe("rangeTarget", () => {
  test.each<[string, string, string, string]>([
    ["a name going up: ≥ the lower end (trial29a health14)", "1\t每千人口医疗卫生机构床位数\t张\t6.46\t7.4—7.5\t预期性",
      "指标名称中的“床位”表示越高越好，如规划的意思是不低于下限 7.4，可在生成的模板文件中把目标（target）改写为“≥7.4”",
      "the name's “床位” says higher is better: if the plan means at least the lower end 7.4, write the target as “≥7.4”"],
    ["a name without a direction, its baseline below the range: ≥ the lower end", "1\t医护比\t—\t1.0\t1.1—1.2\t预期性",
      "基期值 1 低于这一区间，是要提高到区间内，如规划的意思是不低于下限 1.1，可在生成的模板文件中把目标（target）改写为“≥1.1”",
      "the baseline 1 lies below the range, so the plan means to raise it into the range: if the plan means at least the lower end 1.1, write the target as “≥1.1”"],
    ["an ASCII hyphen", "1\t每千人口医疗卫生机构床位数\t张\t6.46\t7.4-7.5\t预期性", "可在生成的模板文件中把目标（target）改写为“≥7.4”", "write the target as “≥7.4”"],
    ["a wave dash ～", "1\t每千人口医疗卫生机构床位数\t张\t6.46\t7.4～7.5\t预期性", "可在生成的模板文件中把目标（target）改写为“≥7.4”", "write the target as “≥7.4”"],
    ["至", "1\t每千人口医疗卫生机构床位数\t张\t6.46\t7.4至7.5\t预期性", "可在生成的模板文件中把目标（target）改写为“≥7.4”", "write the target as “≥7.4”"],
    ["a baseline above the range: ≤ the upper end", "1\t个人卫生支出占卫生总费用的比重\t%\t29\t25%—27%\t约束性",
      "基期值 29 高于这一区间，是要降低到区间内，如规划的意思是不高于上限 27，可在生成的模板文件中把目标（target）改写为“≤27”", "write the target as “≤27”"],
    ["a name that says lower is better, whatever the baseline", "1\t婴儿死亡率\t‰\t5.4\t5至6\t预期性",
      "表示越低越好，如规划的意思是不高于上限 6，可在生成的模板文件中把目标（target）改写为“≤6”", "says lower is better: if the plan means at most the upper end 6, write the target as “≤6”"],
    ["the baseline inside the range: both ends", "1\t医护比\t—\t1.15\t1.1-1.2\t预期性",
      "如规划的意思是不低于下限 1.1，可在生成的模板文件中把目标（target）改写为“≥1.1”；是不高于上限 1.2，可改写为“≤1.2”", "at least the lower end 1.1, write the target as “≥1.1” in the template file written (its target); at most the upper end 1.2, as “≤1.2”"],
    ["no baseline, no direction in the name: both ends", "1\t医护比\t—\t—\t1.1～1.2\t预期性", "可在生成的模板文件中把目标（target）改写为“≥1.1”；是不高于上限 1.2，可改写为“≤1.2”", "as “≤1.2”"],
  ])("%s", (_d, row, zh, en) => {
    const r = importTable(`${HEAD}\n${row}`);
    if (!r.ok) throw new Error(r.message);
    const said = r.unread.filter((u) => u.code === "target-range");
    expect(said).toHaveLength(1);
    // said once: not the generic target-words line as well
    expect(r.unread.filter((u) => u.code === "target-words")).toHaveLength(0);
    expect(said[0]?.reason).toContain("是一个区间");
    expect(said[0]?.reason).toContain(zh);
    expect(said[0]?.reasonEn).toContain(en);
    // kept as written: the rules read it as words (待人工评估), the template unchanged
    expect(r.template.kind === "indicators" ? r.template.indicators[0]?.target : undefined).toBe(row.split("\t")[4]);
  });

  test.each<[string, string]>([
    ["a bound", "1\t每千人口医疗卫生机构床位数\t张\t6.46\t≥7.4\t预期性"],
    ["a period, not a target", "1\t每千人口医疗卫生机构床位数\t张\t6.46\t2021—2025年\t预期性"],
    ["two years, a period", "1\t每千人口医疗卫生机构床位数\t张\t6.46\t2021-2025\t预期性"],
    ["words with a number", "1\t儿童青少年总体近视率\t%\t52\t每年降低0.5个百分点以上\t约束性"],
  ])("not a range: %s", (_d, row) => {
    const r = importTable(`${HEAD}\n${row}`);
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.filter((u) => u.code === "target-range")).toHaveLength(0);
  });

  test.each<[string, string[], string]>([
    ["zh", [], "第 22 行：目标“7.4—7.5”是一个区间（7.4 至 7.5）"],
    ["en", ["--lang", "en"], "write the target as “≥7.4”"],
  ])("the trial's page (%s): the 床位数 row names ≥7.4", async (_lang, lang, line) => {
    const file = join(__dirname, "../../fixtures/tables/trial29a/health14.html");
    expect(readFileSync(file, "utf8")).toContain("7.4—7.5");
    const out = join(mkdtempSync(join(tmpdir(), "range-")), "health14.json");
    const r = await cli("import", file, "--out", out, "--id", "yunxi-health14", ...lang);
    expect(r.code).toBe(0);
    expect(r.out + r.err).toContain(line);
    expect(r.out + r.err).not.toContain("7.4—7.5”含有数值");
  });
});
