/**
 * Every command with `--json` (check, summary, report, diff, rollover) prints, for a file named on the command line that
 * it cannot use, one JSON object on stdout, the object `check --json` gives that file
 * (`{"file", "error": {"code", "reason"?, "message"}}`, src/cli/fileErrorJson.ts): the coded reason and the line in
 * the --lang asked for, with the same exit code (2) and the same line on stderr as before. Until this version
 * `summary --json`, `report --json` and `diff --json` left stdout empty, so `summary a.xlsx b.xlsx --json | jq` got nothing;
 * `rollover` had no `--json` until it took one, and gives the same object.
 */
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "json-file-errors-"));
const good = join(dir, "2024-定海区.xlsx");

/** each file a command cannot use, by what is wrong with it: the error's code and the reader's reason (absent for the check's refusals) */
const FILES: Array<[string, string, () => Promise<void> | void, { code: string; reason?: string }]> = [
  ["damaged (a zip cut in half)", "截断.xlsx", () => { const b = readFileSync(good); writeFileSync(join(dir, "截断.xlsx"), b.subarray(0, Math.floor(b.length / 2))); }, { code: "unreadable", reason: "damaged_zip" }],
  ["not an .xlsx (a text file)", "文本.xlsx", () => writeFileSync(join(dir, "文本.xlsx"), "not a workbook"), { code: "unreadable", reason: "not_zip" }],
  ["a lock file", ".~lock.2024-定海区.xlsx#", () => writeFileSync(join(dir, ".~lock.2024-定海区.xlsx#"), ",张三,PC-01,04.12.2024 10:00,file:///x;"), { code: "unreadable", reason: "lock_file" }],
  ["empty (0 bytes)", "空.xlsx", () => writeFileSync(join(dir, "空.xlsx"), ""), { code: "unreadable", reason: "empty_input" }],
  ["too large", "过大.xlsx", () => { writeFileSync(join(dir, "过大.xlsx"), ""); truncateSync(join(dir, "过大.xlsx"), 51 * 1024 * 1024); }, { code: "unreadable", reason: "too_large_input" }],
  ["missing", "不存在.xlsx", () => undefined, { code: "unreadable", reason: "not_found" }],
  ["a workbook that is no return", "名录.xlsx", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("名录").addRow(["单位", "人数"]);
    await wb.xlsx.writeFile(join(dir, "名录.xlsx"));
  }, { code: "not_plan_returns" }],
];

/** every command with --json and where the file goes: alone, or beside a return that reads */
const COMMANDS: Array<[string, (bad: string) => string[]]> = [
  ["summary", (bad) => ["summary", bad, "--json"]],
  ["summary, beside a return", (bad) => ["summary", good, bad, "--json"]],
  ["report", (bad) => ["report", bad, "--json"]],
  ["report, beside a return", (bad) => ["report", good, bad, "--json"]],
  ["diff, the old", (bad) => ["diff", bad, good, "--json"]],
  ["diff, the new", (bad) => ["diff", good, bad, "--json"]],
  ["check", (bad) => ["check", bad, "--json"]],
  ["rollover", (bad) => ["rollover", bad, "--year", "2025", "--out", join(dir, "换年度", "2025.xlsx"), "--json"]],
  ["rollover, beside a return", (bad) => ["rollover", good, bad, "--year", "2025", "--out-dir", join(dir, "换年度"), "--json"]],
];

beforeAll(async () => {
  expect((await cli("template", "zhoushan-2021-2025", "--year", "2024", "--unit", "定海区", "--out", good)).code).toBe(0);
  for (const [, , make] of FILES) await make();
}, 60000);

interface ErrorLine { file: string; error: { code: string; reason?: string; message: string } }

describe("a file named on the command line that cannot be used: one JSON object on stdout in every command with --json", () => {
  test.each(COMMANDS.flatMap(([cmd, args]) => FILES.flatMap(([what, name, , want]) => (["zh", "en"] as const).map((lang) => [cmd, what, lang, args, name, want] as const))))(
    "%s, %s (%s)",
    async (_cmd, _what, lang, args, name, want) => {
      const bad = join(dir, name);
      const r = await cli(...args(bad), "--lang", lang);
      // as before: exit 2 and the one line on stderr
      expect(r.code).toBe(2);
      const line = r.err.trim();
      expect(line.split("\n")).toHaveLength(1);
      expect(line.startsWith(bad)).toBe(true);
      // stdout: one JSON object, the file, its coded reason and the stderr line in the language asked for
      const out = r.out.trim().split("\n").filter((l) => l !== "");
      expect(out).toHaveLength(1);
      const json = JSON.parse(out[0] ?? "null") as ErrorLine;
      expect(json).toEqual({ file: bad, error: { ...want, message: line } });
      expect(/[\u4e00-\u9fff]/.test(line.slice(bad.length).replace(/2024-定海区|张三/g, ""))).toBe(lang === "zh");
      // the object check --json gives the same file: one shape in every command
      expect(json).toEqual(JSON.parse((await cli("check", bad, "--json", "--lang", lang)).out) as ErrorLine);
    },
    60000,
  );

  test.each(["summary", "report", "rollover"])("%s: each file named that cannot be used gets its object, in the order named", async (cmd) => {
    const bads = FILES.map(([, name]) => join(dir, name));
    const r = await cli(cmd, good, ...bads, ...(cmd === "rollover" ? ["--year", "2025", "--out-dir", join(dir, "换年度")] : []), "--json");
    expect(r.code).toBe(2);
    const out = r.out.trim().split("\n").map((l) => JSON.parse(l) as ErrorLine);
    // summary and rollover name every file they cannot use in one refusal; report stops at the first
    const named = cmd === "report" ? bads.slice(0, 1) : bads;
    expect(out.map((x) => [x.file, x.error.code, x.error.reason])).toEqual(named.map((f, i) => [f, FILES[i]![3].code, FILES[i]![3].reason]));
    expect(out.map((x) => x.error.message)).toEqual(r.err.trim().split("\n"));
  }, 60000);

  test.each(["summary", "report", "diff", "rollover"])("%s without --json: stdout stays empty", async (cmd) => {
    const bad = join(dir, "文本.xlsx");
    const r = await cli(cmd, ...(cmd === "diff" ? [good, bad] : [bad, "--out", join(dir, "x.xlsx")]), ...(cmd === "rollover" ? ["--year", "2025"] : []));
    expect([r.code, r.out]).toEqual([2, ""]);
  }, 60000);
});
