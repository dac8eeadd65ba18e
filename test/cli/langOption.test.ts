import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "lang-"));
const out = join(dir, "out.xlsx");

// every command that prints for a person takes --lang zh|en, and nothing else
describe("--lang", () => {
  test.each([
    ["templates", ["templates"]],
    ["template", ["template", "zhoushan-2021-2025", "--year", "2023", "--out", out]],
    ["check", ["check", join(dir, "a.xlsx")]],
    ["summary", ["summary", join(dir, "a.xlsx"), "--out", out]],
    ["report", ["report", join(dir, "a.xlsx")]],
    ["review", ["review", join(dir, "a.xlsx")]],
    ["distribute", ["distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "a", "--out-dir", dir]],
    ["diff", ["diff", join(dir, "a.xlsx"), join(dir, "b.xlsx")]],
    ["lock", ["lock", join(dir, "a.xlsx")]],
    ["rollover", ["rollover", join(dir, "a.xlsx"), "--year", "2024", "--out", out]],
  ])("%s refuses --lang fr in one line (exit 1) and writes nothing", async (_, args) => {
    const r = await cli(...args, "--lang", "fr");
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toBe("错误：--lang 的取值「fr」无效，可选 zh 或 en / Error: --lang \"fr\" is not a language here; use zh or en\n");
  });

  test.each([
    ["zh", "错误：--year 应为 2000–2100 之间的年份，实际为「abc」\n"],
    ["en", 'Error: --year should be a year from 2000 to 2100, found "abc"\n'],
  ])("a bad --year is told in --lang %s", async (lang, line) => {
    for (const args of [["template", "zhoushan-2021-2025", "--out", out], ["summary", join(dir, "a.xlsx"), "--out", out], ["check", join(dir, "a.xlsx")], ["report", join(dir, "a.xlsx")]]) {
      const r = await cli(...args, "--year", "abc", "--lang", lang);
      expect([r.code, r.err]).toEqual([1, line]);
    }
  });

  test.each([
    ["zh", "错误：「“十四五”公共服务主要指标目标表」的规划期为 2021–2025 年（基期 2020 年），已于 2025 年结束，报告年份 2027 不在规划期内：2025 年的填报及其评估报告即为期末评估；2027 年起请先导入下一个规划期的指标表（命令行 import，或任务窗格的“导入”）；未生成工作簿\n"],
    ["en", 'Error: "“十四五”公共服务主要指标目标表" covers the plan period 2021–2025 (baseline 2020), which ended in 2025; reporting year 2027 is outside it: the report on the 2025 returns is the plan\'s final evaluation (期末评估); for 2027 on, import the next plan period\'s indicator table first (import on the command line, or Import in the task pane); no workbook written\n'],
  ])("a year outside the plan is refused by template and distribute in --lang %s, nothing written", async (lang, line) => {
    for (const args of [["template", "zhoushan-2021-2025", "--out", join(dir, "y2027.xlsx")], ["distribute", "zhoushan-2021-2025", "--units", "a", "--out-dir", join(dir, "d2027")]]) {
      const r = await cli(...args, "--year", "2027", "--lang", lang);
      expect([r.code, r.out, r.err]).toEqual([1, "", line]);
    }
    expect(existsSync(join(dir, "y2027.xlsx")) || existsSync(join(dir, "d2027"))).toBe(false);
  });

  test.each([
    ["zh", /^已生成 .*out-zh\.xlsx（zhoushan-2021-2025，2023 年度）\n$/],
    ["en", /^Wrote .*out-en\.xlsx \(zhoushan-2021-2025, year 2023\)\n$/],
  ])("template says what it wrote in --lang %s", async (lang, said) => {
    const r = await cli("template", "zhoushan-2021-2025", "--year", "2023", "--out", join(dir, `out-${lang}.xlsx`), "--lang", lang);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(said);
  });
});

describe("--lang en: what a command says when it has done its work", () => {
  test.each([
    ["templates", async () => ["templates"], /^template id +title \(as on the sheet\) +kind +period\n/],
    ["review", async () => {
      const f = join(dir, "review-en.xlsx");
      if (!existsSync(f)) expect((await cli("template", "zhoushan-2021-2025", "--year", "2023", "--out", f)).code).toBe(0);
      return ["review", f];
    }, /^Made the "审核" sheet of .*review-en\.xlsx: \d+ rows to review or reviewed, \d+ of them to review again \(待复核\) since what they hold changed \(values, 说明 or 人工评估\)\nNext: the reviewer chooses a 审核结论 \(通过 \/ 退回修改 \/ 已说明\) for \d+ rows to review on the "审核" sheet [^\n]*\n$/],
  ])("%s", async (_, args, line) => {
    const r = await cli(...(await args()), "--lang", "en");
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toMatch(line);
    expect(r.out.split("\n")[0]).not.toMatch(/[模板标题类型期间已更新]/);
  });
});

test("import --lang en says in English what it wrote", async () => {
  const table = join(dir, "table.txt");
  writeFileSync(table, "“十四五”卫生健康主要指标\n指标名称\t单位\t2020年基期值\t2025年目标值\t属性\n人均预期寿命\t岁\t81.5\t82以上\t预期性\n婴儿死亡率\t‰\t2.3\t<4\t约束性\n");
  const r = await cli("import", table, "--out", join(dir, "imported-en.json"), "--lang", "en");
  expect(r.err).toBe("");
  expect(r.out.split("\n")[0]).toMatch(/^Wrote the template .*imported-en\.json \(.+\): 2 indicators, from .*table\.txt$/);
  expect((await cli("import", table, "--out", join(dir, "x.json"), "--table", "0", "--lang", "en")).err).toBe('Error: --table should be the number of a table, from 1, found "0"\n');
});
