import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";

/**
 * `summary --year` outside the plan period (a trial's 2025 return summed as 2026): it said
 * 其中没有规划指标填报工作簿 (exit 1), as if the file were no return, while check and report said the
 * year is outside the plan. Now summary says what they say, in one line (usage error, exit 1).
 */
const dir = mkdtempSync(join(tmpdir(), "summary-year-outside-"));
const folder = join(dir, "收到");
const file = join(folder, "2023-定海区.xlsx");
beforeAll(async () => {
  const d = await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区", "--out-dir", join(dir, "下发"));
  expect(d.code).toBe(0);
  mkdirSync(folder);
  copyFileSync(join(dir, "下发", "2023-定海区.xlsx"), file);
}, 60000);

test.each<[string, number, () => string, "zh" | "en"]>([
  ["the file, a year after the plan", 2026, () => file, "zh"],
  ["the file, a year before it", 2019, () => file, "zh"],
  ["its folder", 2026, () => folder, "zh"],
  ["the file, --lang en", 2030, () => file, "en"],
])("summary of %s (--year %d): one line on the plan period, as check says it", async (_name, year, path, lang) => {
  const out = join(dir, `汇总-${year}.xlsx`);
  const r = await cli("summary", path(), "--year", String(year), "--out", out, "--lang", lang);
  expect([r.code, r.out]).toEqual([1, ""]);
  expect(existsSync(out)).toBe(false);
  const c = await cli("check", file, "--year", String(year), "--lang", lang);
  expect(c.code).toBe(1);
  const said = c.err.trim().replace(/^(错误：|error: )/i, "");
  expect(said).toMatch(/^--year \d{4}(：|: ).*2021–2025/);
  expect(r.err).toBe(`${file}${lang === "en" ? ": " : "："}${said}\n`);
}, 60000);

// this session's outside_plan passing-over made a file named alone, or a folder holding only last period's returns,
// say 其中没有规划指标填报工作簿 (they are returns): report and summary say the plan period's line, as check does
test.each<[string, () => string]>([["the file", () => file], ["its folder", () => folder]])("report of %s (--year 2026): the plan period's one line", async (_name, path) => {
  const r = await cli("report", path(), "--year", "2026", "--json");
  expect([r.code, r.out]).toEqual([1, ""]);
  expect(r.err).toMatch(/^.*2023-定海区\.xlsx：--year 2026：「“十四五”公共服务主要指标目标表」的规划期为 2021–2025 年（基期 2020 年），已于 2025 年结束/);
  expect(r.err.trim().split("\n")).toHaveLength(1);
}, 60000);
