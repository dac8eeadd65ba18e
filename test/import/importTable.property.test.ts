import { readFileSync } from "fs";
import path from "path";
import fc from "fast-check";
import { formatUnread, importTable } from "../../src/import";
import { parseTemplate } from "../../src/templates/parseTemplate";

// The bench profile raises this (FC_RUNS=10000).
const numRuns = Number(process.env["FC_RUNS"] ?? 300);

const TABLES = path.join(__dirname, "../fixtures/tables");
const fixtures = ["zhoushan-2016-2020.txt", "zhoushan-2021-2025.txt", "quzhou-2021-2025.txt", "shengsi-2023-2027.txt"]
  .map((f) => readFileSync(path.join(TABLES, f), "utf8"));

/** Pieces a pasted table is made of, so that generated text often looks like a table. */
const token = fc.constantFrom(
  "\t", "\n", "\r\n", " ", "  ", "\u3000", "", "指标", "指标名称", "分类", "领域", "序号", "2020年", "2025年", "目标",
  "2025年 目标", "基期值", "属性", "约束性", "预期性", "完成情况", "规划目标", "项目名称", "总投资", "注：", "1", "12", "44 ",
  "率(%)", "（万人）", "学前段", "/", "—", "≥50", "<5", "〔10〕", "[5]", "98/98.75", "保持全省 领先", "幼儿 照护 服务",
  "、", "十四五", "表 1", "(", ")", "0.5", "-", "\u00a0", "\ufeff",
);
const tableLike = fc.array(token, { maxLength: 80 }).map((t) => t.join(""));

/** A seed table with lines dropped, duplicated, swapped or cut. */
const mutated = fc
  .tuple(fc.constantFrom(...fixtures), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(3)), { maxLength: 8 }))
  .map(([text, edits]) => {
    const lines = text.split("\n");
    for (const [a, b, op] of edits) {
      if (lines.length === 0) break;
      const i = a % lines.length;
      const j = b % lines.length;
      const line = lines[i] ?? "";
      if (op === 0) lines.splice(i, 1);
      else if (op === 1) lines.splice(j, 0, line);
      else if (op === 2) [lines[i], lines[j]] = [lines[j] ?? "", line];
      else lines[i] = line.slice(0, b % (line.length + 1));
    }
    return lines.join("\n");
  });

describe("importTable never throws", () => {
  test.each<[string, fc.Arbitrary<string>]>([
    ["any string", fc.string({ unit: "binary", maxLength: 400 })],
    ["table-like text", tableLike],
    ["a seed table, mutated", mutated],
  ])("%s", (_name, arb) => {
    fc.assert(
      fc.property(arb, (text) => {
        const r = importTable(text);
        expect(typeof formatUnread(r)).toBe("string");
        if (r.ok) {
          expect(parseTemplate(r.template, "import").ok).toBe(true);
          expect(r.template.indicators.length).toBeGreaterThan(0);
          for (const u of r.unread) expect(u.line).toBeGreaterThanOrEqual(1);
        } else {
          expect(r.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns },
    );
  });
});
