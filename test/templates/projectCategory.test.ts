import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTemplate } from "../../src/templates/parseTemplate";

const seed = JSON.parse(readFileSync(join(__dirname, "../../seeds/shengsi-2024-projects.json"), "utf8")) as { projects: Array<{ category: string }> };

// a trial's 开化 list has 产业 and 基础设施: the schema refused any category but 嵊泗's six
describe("a project's category is the plan's own", () => {
  test.each<[string, string, boolean]>([
    ["嵊泗's own", "教育", true],
    ["产业项目", "产业项目", true],
    ["基础设施", "基础设施", true],
    ["empty", "", false],
    ["a sentence, not a category", "这是一个很长很长的不像类别的句子而是一段说明文字写在了类别列", false],
  ])("%s → %s", (_why, category, ok) => {
    const t = structuredClone(seed);
    for (const p of t.projects) p.category = category;
    expect(parseTemplate(t, "t.json").ok).toBe(ok);
  });
});
