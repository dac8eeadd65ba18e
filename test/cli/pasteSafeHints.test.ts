/**
 * trial36 T5: the next step review printed, `plan-returns lock <file> --reviewer <姓名>`, failed when pasted into a
 * shell (`<` is a redirect). Every command the tool prints as a next step now writes what the person supplies in one
 * form (commandPlaceholder): the words in double quotes, `--reviewer "审核人姓名"`, which a shell takes as one
 * argument and nobody takes for a real name. Through the CLI: review's next steps pasted into bash run, and give
 * the arguments meant; the catalogues' other hints hold no `<…>`. (--help's usage lines keep commander's `<file>`.)
 */
import { spawnSync } from "node:child_process";
import { cycleMessage, type CycleMessageCode } from "../../src/cli/cycleMessages";
import { tableFileMessage } from "../../src/cli/tableFileMessages";
import { nextPlanSteps } from "../../src/domain/nextPlanSteps";
import { unusableFix } from "../../src/domain/UnusableReason";
import { cli } from "../support/cli";
import { decide, KEY, LOCKABLE, returnFile, reviewRows, run } from "../support/trialReturn";

/** The 审核 sheet's rows all decided `decision` (r06 `r06`). */
async function decideAll(f: string, decision: string, r06 = decision): Promise<void> {
  const rows = await reviewRows(f);
  await decide(f, Object.fromEntries([...rows.keys()].map((k) => [k, { decision: k === KEY("r06") ? r06 : decision, reviewer: "王审核" }])));
}

/** The plan-returns commands of a text, each up to the words after it (锁定, to lock it, 查看, 复核…) or the end of its line. */
const commands = (text: string): string[] =>
  [...text.matchAll(/plan-returns (?:lock|review) .*?(?= 锁定| to lock it| 查看| to see| 复核| to review it again|[，；;]|$)/gm)].map((m) => m[0]);

/** A command as bash reads it when pasted (its words, one a line), or null when bash refuses it (a redirect from a file not there). */
function pasted(command: string): string[] | null {
  const r = spawnSync("bash", ["-c", `printf '%s\\n' ${command}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.split("\n").slice(0, -1) : null;
}

describe("review's next steps, pasted into a shell, run with the placeholder as one argument", () => {
  test.each<[string, (f: string) => Promise<void>, "zh" | "en", string[]]>([
    ["every row decided: lock now", (f) => decideAll(f, "通过"), "zh", ["lock", "--reviewer", "审核人姓名"]],
    ["every row decided: lock now", (f) => decideAll(f, "通过"), "en", ["lock", "--reviewer", "reviewer name"]],
    ["rows to decide: review again, then lock", async () => undefined, "zh", ["lock", "--reviewer", "审核人姓名"]],
    ["rows to decide: review again, then lock", async () => undefined, "en", ["lock", "--reviewer", "reviewer name"]],
    ["a 退回修改: review the file sent again", (f) => decideAll(f, "通过", "退回修改"), "zh", ["review", "重新报送的文件", "--replaces"]],
    ["a 退回修改: review the file sent again", (f) => decideAll(f, "通过", "退回修改"), "en", ["review", "the file sent again", "--replaces"]],
  ])("%s (%s)", async (_why, step, lang, words) => {
    const f = await returnFile(LOCKABLE);
    await run("review", f);
    await step(f);
    const said = await run("review", f, "--lang", lang);
    const found = commands(said);
    const meant = found.find((c) => c.startsWith(`plan-returns ${words[0]}`) && c.includes(words[1]!));
    expect(meant).toBeDefined();
    for (const c of found) expect(pasted(c)).not.toBeNull();
    const args = pasted(meant!)!;
    for (const w of words) expect(args).toContain(w);
    expect(args).toContain(f);
    // lock run as pasted, its placeholder replaced by a name: it locks
    if (words[0] === "lock" && !said.includes("审核人员在") && !said.includes("the reviewer chooses")) {
      const locked = await cli(...args.slice(1).map((a) => (a === words[2] ? "王审核" : a)));
      expect([locked.code, locked.err]).toEqual([0, ""]);
    }
  }, 120000);
});

/** commander's `<file>`-like placeholder, which a shell reads as a redirect */
const ANGLED = /<[^<>\s=][^<>]*>/;
describe("the catalogues' printed hints: no <…>, a placeholder in double quotes", () => {
  const cycle = (code: CycleMessageCode, lang: "zh" | "en"): string =>
    cycleMessage(code, { file: "定海区.xlsx", n: 1, shown: 1, rows: "第 6 行", sheet: "审核", list: "通过", unit: "岱山县", year: 2024, templates: "zhoushan-2021-2025", extra: "out-补发", dir: "out", some: "岱山县", units: "岱山县", unsent: "岱山县", from: 2023, deadline: "2025-01-31" }, lang);
  test.each<[string, (lang: "zh" | "en") => string]>([
    ["review_next_decide", (l) => cycle("review_next_decide", l)],
    ["review_next_lock", (l) => cycle("review_next_lock", l)],
    ["review_next_return", (l) => cycle("review_next_return", l)],
    ["rolled_missing_roll", (l) => cycleMessage("rolled_missing_roll", { unit: "岱山县", year: 2024, out: "out/2024-岱山县.xlsx" }, l)],
    ["rolled_missing_new", (l) => cycle("rolled_missing_new", l)],
    ["rolled_ledger_unsent", (l) => cycle("rolled_ledger_unsent", l)],
    ["roll_same_year", (l) => cycle("roll_same_year", l)],
    ["import's made_by_tool", (l) => tableFileMessage("made_by_tool", { file: "2024-定海区.xlsx", templates: "zhoushan-2021-2025", year: "" }, l)],
    ["versions_tied's fix", (l) => unusableFix("versions_tied", l, "summary")],
    ["other_year's fix", (l) => unusableFix("other_year", l, "summary", { years: { own: 2023, asked: 2024 } })],
    ["a superseded version's fix", (l) => unusableFix("other_version", l, "summary", { version: { own: "甲", current: "甲", missing: [], extra: [], more: 0, superseded: 2023 } })],
    ["after the plan period (rollover)", (l) => nextPlanSteps({ from: 2020, to: 2025, year: 2026 }, l, "rollover")],
    ["after a yearly plan (rollover)", (l) => nextPlanSteps({ from: 2024, to: 2025, year: 2026 }, l, "rollover")],
  ])("%s", (_what, said) => {
    for (const lang of ["zh", "en"] as const) {
      expect(said(lang)).not.toMatch(ANGLED);
      expect(said(lang)).toMatch(/"[^"]+"/);
    }
  });
});
