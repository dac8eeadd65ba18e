/**
 * trial42a F1: `distribute zhoushan-2021-2025 --from plan.json …` (plan.json an edited copy of that plan under another id,
 * as cli-reference's example line `… --out-dir 下发/ [--from 模板.json]` seemed to allow) made returns holding both
 * plans — 舟山市表2 and 舟山市表2(2), the cover's 规划名称 twice — and said only 已下发 3 份. Two templates of one kind
 * with the same printed title or the same rows going into one return are now said in one line (alikeTemplates),
 * by `distribute` and `template`, in either language; never refused.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { alikeTemplates } from "../../src/templates/alikeTemplates";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "alike-templates-"));
const seed = JSON.parse(readFileSync(join(__dirname, "../../seeds/zhoushan-2021-2025.json"), "utf8")) as Template & { indicators: Array<{ name: string }> };
/** a template file of the seed, its id (and what else `change` says) changed */
function file(name: string, change: (t: typeof seed) => object): string {
  const f = join(dir, `${name}.json`);
  writeFileSync(f, JSON.stringify({ ...seed, id: `zhoushan-${name}`, ...change(seed) }));
  return f;
}
const COPY = file("copy", () => ({}));
const RETITLED = file("retitled", () => ({ title: "“十四五”公共服务主要指标（调整稿）" }));
const OTHER_ROWS = file("rows", (t) => ({ indicators: t.indicators.map((d) => ({ ...d, name: `${d.name}（新）` })) }));
const OTHER = file("other", (t) => ({ title: "“十四五”公共服务其他指标", indicators: t.indicators.map((d) => ({ ...d, name: `${d.name}（新）` })) }));

const ZH = (second: string, by: string, each: string): string => `注意：模板「zhoushan-2021-2025」和「${second}」${by}（舟山市“十四五”公共服务主要指标目标表），两个都放进了${each}填报（各占一张指标表，封面的规划名称写两遍）；若只要其中一个（如 --from 的文件代替内置模板），请只写那一个，加 --force 重新生成`;
const EN = (second: string, by: string): string => `Note: templates "zhoushan-2021-2025" and "${second}" ${by} (舟山市“十四五”公共服务主要指标目标表), and both went into every return (a sheet each, the cover's plan title given twice); if only one was meant (a --from file in place of the built-in template), name only that one and run it again with --force`;
let n = 0;

describe("one plan given twice to a return is said (trial42a F1)", () => {
  test.each<[string, string[], string | null]>([
    ["distribute, the built-in id and a copy of its plan", ["distribute", "zhoushan-2021-2025", "--from", COPY], ZH("zhoushan-copy", "标题和指标都相同", "每一份")],
    ["distribute --lang en", ["distribute", "zhoushan-2021-2025", "--from", COPY, "--lang", "en"], EN("zhoushan-copy", "have the same title and rows")],
    ["distribute, the same rows under another title", ["distribute", "zhoushan-2021-2025", "--from", RETITLED], ZH("zhoushan-retitled", "指标相同", "每一份")],
    ["distribute --lang en, the same title, other rows", ["distribute", "zhoushan-2021-2025", "--from", OTHER_ROWS, "--lang", "en"], EN("zhoushan-rows", "have the same title")],
    ["template, the same", ["template", "zhoushan-2021-2025", "--from", COPY], ZH("zhoushan-copy", "标题和指标都相同", "这份")],
    ["distribute --from the file alone: one plan, nothing said", ["distribute", "--from", COPY], null],
    ["distribute, two plans of other titles and rows: nothing said", ["distribute", "zhoushan-2021-2025", "--from", OTHER], null],
  ])("%s", async (_, args, line) => {
    const out = join(dir, `out${++n}`);
    const cmd = args[0] === "template" ? [...args, "--year", "2024", "--out", `${out}.xlsx`] : [...args, "--year", "2024", "--units", "定海区,普陀区", "--deadline", "2025-01-31", "--out-dir", out];
    const r = await cli(...cmd);
    expect([r.code, r.err]).toEqual([0, ""]);
    if (line) expect(r.out.trimEnd().split("\n")).toContain(line);
    else expect(r.out).not.toMatch(/注意：模板|Note: templates/);
  }, 60000);

  it("a plan's indicator table and a list of another kind under one title are not paired", () => {
    const t = findTemplate("zhoushan-2021-2025")!;
    const list = findTemplate("shengsi-2024-projects")!;
    expect(alikeTemplates([t, { ...list, title: t.title, region: t.region }])).toEqual([]);
  });
});
