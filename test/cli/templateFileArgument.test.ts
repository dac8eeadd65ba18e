import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findTemplate } from "../../src/templates/catalog";
import { cli } from "../support/cli";

/**
 * A trial user ran `import 指标表.txt --out t.json` and then `template t.json --year 2024 --out r.xlsx`,
 * as the brief's own walk-through writes it, and was told 未知模板: a template file named where an id
 * goes is read as one (as --from). Refusals say what is available, in the --lang asked for.
 */
const dir = mkdtempSync(join(tmpdir(), "template-file-"));
const plan = join(dir, "t.json");
writeFileSync(plan, JSON.stringify({ ...findTemplate("zhoushan-2021-2025"), id: "my-plan", title: "我的规划指标表" }));

describe("template <file.json>", () => {
  test.each([
    ["a template file as the argument", ["template", plan, "--year", "2024"], "my-plan"],
    ["a catalog id and a file", ["template", "quzhou-2021-2025", plan, "--year", "2024"], "quzhou-2021-2025, my-plan"],
    ["distribute takes it too", ["distribute", plan, "--year", "2024", "--units", "甲县"], ""],
  ])("%s", async (_why, args, ids) => {
    const out = join(dir, `${args[0]}-${ids || "d"}.xlsx`);
    const r = await cli(...args, ...(args[0] === "distribute" ? ["--out-dir", join(dir, "d")] : ["--out", out]));
    expect([r.code, r.err]).toEqual([0, ""]);
    if (args[0] === "template") {
      expect(r.out).toBe(`已生成 ${out}（${ids}，2024 年度）\n`);
      expect(existsSync(out)).toBe(true);
    } else expect(existsSync(join(dir, "d", "2024-甲县.xlsx"))).toBe(true);
  }, 60000);

  test.each([
    ["zh", ["nosuch"], "错误：未知模板「nosuch」。可用：zhoushan-2016-2020"],
    ["en", ["nosuch"], 'Error: unknown template "nosuch"; available: zhoushan-2016-2020'],
    ["en", [], "Error: name at least one template id or template file (--from t.json)"],
    // a file that is not there is a file problem (exit 2), as with --from
    ["zh", [join(dir, "missing.json")], `错误：${join(dir, "missing.json")}：文件不存在或无法读取`],
  ])("%s %j is refused in one line", async (lang, ids, start) => {
    const r = await cli("template", ...ids, "--year", "2024", "--out", join(dir, "x.xlsx"), "--lang", lang);
    expect(r.code).toBe(ids[0]?.endsWith(".json") ? 2 : 1);
    expect(r.err.startsWith(start)).toBe(true);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });

  test("the template file itself is never the output", async () => {
    const r = await cli("template", plan, "--year", "2024", "--out", plan, "--force");
    expect(r.code).not.toBe(0);
    expect(r.err).not.toBe("");
  });
});
