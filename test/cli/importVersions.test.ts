import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";

/**
 * A plan imported again over its template (--force) keeps the id its title gives. When the rows
 * changed (a row more or less: its ids r01… then name other indicators), returns made from the
 * two versions cannot be summed together: import says so at once, with how to keep them apart.
 */
const dir = mkdtempSync(join(tmpdir(), "import-versions-"));
const ROWS = [
  "交通设施\t1\t高速公路里程（公里）\t42\t80\t预期性",
  "交通设施\t2\t建制村通双车道比例（%）\t60\t≥85\t约束性",
  "运输服务\t3\t城乡公交一体化率（%）\t70\t≥90\t预期性",
];
const table = (rows: string[]): string => ["景宁县“十四五”综合交通运输发展规划主要指标", "领域\t序号\t指标名称\t2020年\t2025年\t属性", ...rows].join("\n") + "\n";

describe("import over an earlier version of the template", () => {
  test.each<[string, string[], boolean]>([
    ["a row left out", [ROWS[0]!, ROWS[2]!], true],
    ["a row added", [...ROWS, "运输服务\t4\t快递进村覆盖率（%）\t80\t100\t预期性"], true],
    ["the same rows, a corrected target", [ROWS[0]!, ROWS[1]!.replace("≥85", "≥88"), ROWS[2]!], false],
    ["the same table", ROWS, false],
  ])("%s", async (_, rows, said) => {
    const sub = mkdtempSync(join(dir, "v-"));
    const out = join(sub, "t.json");
    writeFileSync(join(sub, "v1.txt"), table(ROWS));
    writeFileSync(join(sub, "v2.txt"), table(rows));
    expect((await cli("import", join(sub, "v1.txt"), "--out", out)).code).toBe(0);
    const r = await cli("import", join(sub, "v2.txt"), "--out", out, "--force");
    expect(r.code).toBe(0);
    expect(r.out.includes("原是同一模板")).toBe(said);
    if (said) expect(r.out).toContain(`（原 3 行，现 ${rows.length} 行，指标行不同）：用两个版本下发的填报表不能一起汇总或评估。如已下发旧版，请加 --id 另起编号后重新下发。`);
  });
});
