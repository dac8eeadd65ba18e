import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LANG_ENV } from "../../src/cli/langOption";
import { cli } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "lang-anywhere-"));
const ret = join(dir, "a.xlsx");
beforeAll(async () => { expect((await cli("template", "zhoushan-2021-2025", "--year", "2023", "--out", ret)).code).toBe(0); });

async function withEnv<T>(value: string | undefined, f: () => Promise<T>): Promise<T> {
  const before = process.env[LANG_ENV];
  if (value === undefined) delete process.env[LANG_ENV]; else process.env[LANG_ENV] = value;
  try { return await f(); } finally { if (before === undefined) delete process.env[LANG_ENV]; else process.env[LANG_ENV] = before; }
}

const ENGLISH = /^.*a\.xlsx — year 2023\b/;
const CHINESE = /^.*a\.xlsx — 2023 年度/;

// the language is chosen once: before or after the command name, or PLAN_RETURNS_LANG; --lang wins over the environment
describe("choosing the language", () => {
  test.each([
    ["--lang en before the command", undefined, ["--lang", "en", "check", ret], ENGLISH],
    ["--lang=en before the command", undefined, ["--lang=en", "check", ret], ENGLISH],
    ["--lang en after the command", undefined, ["check", ret, "--lang", "en"], ENGLISH],
    [`${LANG_ENV}=en`, "en", ["check", ret], ENGLISH],
    [`${LANG_ENV}=en, --lang zh after the command`, "en", ["check", ret, "--lang", "zh"], CHINESE],
    [`${LANG_ENV}=en, --lang zh before the command`, "en", ["--lang", "zh", "check", ret], CHINESE],
    ["--lang en before, zh after the command", undefined, ["--lang", "en", "check", ret, "--lang", "zh"], CHINESE],
    ["nothing", undefined, ["check", ret], CHINESE],
    [`${LANG_ENV} empty`, "", ["check", ret], CHINESE],
  ])("%s", async (_, env, argv, first) => {
    const r = await withEnv(env, () => cli(...argv));
    expect(r.err).toBe("");
    expect(r.out.split("\n")[0]).toMatch(first);
  });

  test.each([
    ["--lang fr after the command", undefined, ["check", ret, "--lang", "fr"], "--lang"],
    ["--lang fr before the command", undefined, ["--lang", "fr", "check", ret], "--lang"],
    [`${LANG_ENV}=fr`, "fr", ["check", ret], LANG_ENV],
    // trial27b: a later --lang en let commander refuse the fr in its own English line
    ["--lang fr, then --lang en", undefined, ["check", ret, "--lang", "fr", "--lang", "en"], "--lang"],
    ["--lang fr before the command, --lang en after it", undefined, ["--lang", "fr", "check", ret, "--lang", "en"], "--lang"],
    ["--lang=fr, then --lang=en", undefined, ["check", ret, "--lang=fr", "--lang=en"], "--lang"],
  ])("%s is refused in one line, in Chinese and English (exit 1)", async (_, env, argv, named) => {
    const r = await withEnv(env, () => cli(...argv));
    expect([r.code, r.out]).toEqual([1, ""]);
    expect(r.err).toMatch(new RegExp(`^错误：[^\\n]*${named}[^\\n]*「fr」[^\\n]* / Error: [^\\n]*${named}[^\\n]*"fr"[^\\n]*use zh or en\\n$`));
  });

  test("--lang en before the command: a usage error is in English", async () => {
    const r = await cli("--lang", "en", "check");
    expect([r.code, r.err]).toEqual([1, "Error: the argument file.xlsx|folder is missing (usage: plan-returns check --help)\n"]);
  });
});
