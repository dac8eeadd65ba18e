import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { catalog } from "../../src/templates/catalog";
import { cli } from "../support/cli";

/*
 * Trial 29c: `npm run demo` wrote 7 sample workbooks but 6 reports, none for the reforms list
 * (shengsi-2024-reforms-sample-2024.xlsx) though `plan-returns report` makes one from it, and ended
 * with no word of what to do next. Now every sample has its 评估报告, and the last line names the
 * 用户指南 (its path) and a manager's distribute → summary, in zh and in en.
 */
const dir = mkdtempSync(join(tmpdir(), "demo-reports-"));
const runs: Record<"zh" | "en", { code: number; out: string; err: string }> = { zh: { code: -1, out: "", err: "" }, en: { code: -1, out: "", err: "" } };

beforeAll(async () => {
  runs.zh = await cli("demo", "--out", dir);
  // the second run replaces its own files in place (writeDemoFile): the same files, said in English
  runs.en = await cli("demo", "--out", dir, "--lang", "en");
}, 120_000);

test.each(catalog().map((t) => [t.id, t.kind] as const))("%s (%s): a blank, a sample and the sample's 评估报告", (id) => {
  const files = readdirSync(dir);
  const sample = files.find((f) => f.startsWith(`${id}-sample-`) && /^-sample-\d{4}\.xlsx$/.test(f.slice(id.length)));
  expect(sample).toBeDefined();
  expect(files).toContain(`${id}-blank.xlsx`);
  expect(files).toContain((sample ?? "").replace(/\.xlsx$/, "-评估报告.docx"));
});

test("as many reports as samples, and every file written is listed", () => {
  const samples = readdirSync(dir).filter((f) => /-sample-\d{4}\.xlsx$/.test(f));
  const reports = readdirSync(dir).filter((f) => f.endsWith("-评估报告.docx"));
  expect(samples).toHaveLength(catalog().length);
  expect(reports).toHaveLength(samples.length);
  expect(runs.zh.out).toContain(`已写出 ${catalog().length * 3} 个文件`);
  expect(runs.en.out).toContain(`Wrote ${catalog().length * 3} files`);
});

test.each([
  ["zh", /^下一步：怎样填报、汇总、审核见用户指南 (\S+用户指南\.md)；管理人员用 plan-returns distribute .*plan-returns summary 汇总/],
  ["en", /^Next: the user guide, (\S+用户指南\.md), says how .*plan-returns distribute.*plan-returns summary/],
] as const)("%s: the demo ends with the next step, naming the guide where it is", (lang, line) => {
  const r = runs[lang];
  expect(r.code).toBe(0);
  const last = r.out.trimEnd().split("\n").pop() ?? "";
  const m = line.exec(last);
  expect(m).not.toBeNull();
  expect(existsSync(m?.[1] ?? "")).toBe(true);
});
