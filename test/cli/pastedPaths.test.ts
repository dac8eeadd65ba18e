/**
 * trial39c F6: the next steps review and check print (`再运行 plan-returns review 审核 2024 年/嵊泗 县 (第2版).xlsx 查看`) wrote
 * the path bare, and pasted into a shell it broke at the space and the parentheses. A path in a printed command is
 * commandArg's: bare when nothing in it is read by a shell, else quoted so bash takes it as one argument, unchanged
 * (double quotes, which cmd and PowerShell take too; single quotes for `"`, `$`, `` ` ``, `!`, which bash reads inside
 * double quotes).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { commandArg } from "../../src/cli/commandArg";
import { cycleMessage } from "../../src/cli/cycleMessages";
import { tableFileMessage } from "../../src/cli/tableFileMessages";
import { cli } from "../support/cli";
import { LOCKABLE, returnFile } from "../support/trialReturn";

/** The words bash makes of `text` pasted after a command, one a line; null when bash refuses it. */
function pasted(text: string): string[] | null {
  const r = spawnSync("bash", ["-c", `printf '%s\\n' ${text}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.split("\n").slice(0, -1) : null;
}

describe("commandArg: a path pasted into bash is one argument, as it was", () => {
  test.each<[string, string]>([
    ["2024-定海区.xlsx", "2024-定海区.xlsx"],
    ["下发2024/2024-南浔区.xlsx", "下发2024/2024-南浔区.xlsx"],
    ["审核 2024 年/嵊泗 县 (第2版).xlsx", "\"审核 2024 年/嵊泗 县 (第2版).xlsx\""],
    ["D:\\2024 填报\\定海区 (1).xlsx", "\"D:\\2024 填报\\定海区 (1).xlsx\""],
    ["定海区(1).xlsx", "\"定海区(1).xlsx\""],
    ["a&b;c|d.xlsx", "\"a&b;c|d.xlsx\""],
    ["<定海区>.xlsx", "\"<定海区>.xlsx\""],
    ["定海区*.xlsx", "\"定海区*.xlsx\""],
    ["#1 定海区.xlsx", "\"#1 定海区.xlsx\""],
    ["~/填报/定海区.xlsx", "\"~/填报/定海区.xlsx\""],
    ["定海区,普陀区.xlsx", "\"定海区,普陀区.xlsx\""],
    ["{a,b}.xlsx", "\"{a,b}.xlsx\""],
    ["[1].xlsx", "\"[1].xlsx\""],
    ["it's 定海区.xlsx", "\"it's 定海区.xlsx\""],
    ["say \"定海\".xlsx", "'say \"定海\".xlsx'"],
    ["$HOME.xlsx", "'$HOME.xlsx'"],
    ["a`id`.xlsx", "'a`id`.xlsx'"],
    ["定海区!.xlsx", "'定海区!.xlsx'"],
    ["it's \"定海\".xlsx", "'it'\\''s \"定海\".xlsx'"],
  ])("%s", (path, written) => {
    expect(commandArg(path)).toBe(written);
    expect(pasted(commandArg(path))).toEqual([path]);
  });
});

describe("the catalogues' commands quote the path", () => {
  const file = "审核 2024 年/嵊泗 县 (第2版).xlsx";
  test.each<[string, (lang: "zh" | "en") => string]>([
    ["review_next_decide", (l) => cycleMessage("review_next_decide", { file, n: 2, sheet: "审核", list: "通过" }, l)],
    ["review_next_lock", (l) => cycleMessage("review_next_lock", { file }, l)],
    ["review_next_return", (l) => cycleMessage("review_next_return", { file, n: 1, shown: 1, rows: "第 6 行" }, l)],
    ["lock_returned (trial41e F6)", (l) => cycleMessage("lock_returned", { file, n: 1, shown: 1, rows: "第 6 行", sheet: "审核" }, l)],
    ["locked_unreviewed's value to verify (trial41e F4)", (l) => cycleMessage("locked_unreviewed", { file, doubts: 1, doubtRows: "表2!K6 指标", doubtShown: 1, reviewed: 1 }, l)],
    ["check_lock_refused", (l) => cycleMessage("check_lock_refused", { file, n: 1 }, l)],
    ["import's made_by_tool", (l) => tableFileMessage("made_by_tool", { file, templates: "zhoushan-2021-2025", year: "" }, l)],
  ])("%s", (_what, said) => {
    for (const lang of ["zh", "en"] as const) {
      expect(said(lang)).toContain(`"${file}"`);
      expect(said(lang)).not.toMatch(/plan-returns [a-z]+ 审核 2024/);
    }
  });
});

describe("review's and check's next steps, pasted into bash, name the file as one argument", () => {
  const dir = mkdtempSync(join(tmpdir(), "pasted-"));
  test.each<[string, string]>([
    ["spaces and parentheses", join("审核 2024 年", "嵊泗 县 (第2版).xlsx")],
    ["a $ and a quote", join("审核", "嵊泗$县 \"第2版\".xlsx")],
  ])("%s", async (_, name) => {
    const f = join(dir, name);
    mkdirSync(join(f, ".."), { recursive: true });
    copyFileSync(await returnFile(LOCKABLE), f);
    const reviewed = await cli("review", f);
    expect(reviewed.code).toBe(0);
    const checked = await cli("check", f);
    const said = reviewed.out + checked.out;
    const commands = [...said.matchAll(/plan-returns (?:review|lock) (?:"[^"]*"|'[^']*'|\S+)/g)].map((m) => m[0]);
    expect(commands.length).toBeGreaterThanOrEqual(2);
    for (const c of commands) expect(pasted(c)).toEqual([...c.split(" ", 2), f]);
  }, 120_000);
});
