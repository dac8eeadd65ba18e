import { at, decide, edit, KEY, LOCKABLE, returnFile, run } from "../support/trialReturn";

/**
 * trial44a F5: a filer's own 人工评估 (已达标 on 千人口献血率, target 持续提升) was counted by check silently as 已达标, while
 * the 审核 sheet said 人工评估为「已达标」：请审核人员确认 and the report 有 1 项按人工评估结论评估，尚待审核确认. Now check says
 * it as the report does (the same rule: a 通过 or 已说明 in force confirms it, cycle/confirmedAssessments): an info line on
 * the row's 人工评估 cell (`assessment_to_confirm`; said by the warning itself where a conclusion rests on nothing,
 * assessment_unsupported) and the totals line's 已达标 1（其中 1 项为人工评估，待审核确认）. The row is flagged by nothing
 * new: it shows with --all. On main the row said nothing and the totals line no 其中.
 */
const d = { reviewer: "王审核", date: new Date(Date.UTC(2025, 1, 10)) };
const LINE = "人工评估为「已达标」，本行按此评估，尚待审核人员在审核表中确认";
const TOTALS = /^已达标 (\d+)（其中 1 项为人工评估，待审核确认） {2}/;
// r13 河长制工作, target 保持全省前列: what was done written, so the conclusion rests on something
const DONE = [...LOCKABLE, at("r13", "in:2024", "河长制考核全省第3名")];

type Item = { id: string; status: string; issues: Array<{ code: string; severity: string; cell?: string; message: string }> };

test.each<[string, (f: string) => Promise<void>, "line" | "warning" | null]>([
  // why, what the reviewer did, what check says of r13 (null: nothing of it, the totals no 其中)
  ["no review yet: to confirm", async () => {}, "line"],
  ["review ran, no decision on the row: to confirm", async (f) => { await run("review", f); }, "line"],
  ["退回修改 confirms nothing", async (f) => { await run("review", f); await decide(f, { [KEY("r13")]: { decision: "退回修改", comment: "请核实", ...d } }); }, "line"],
  ["通过 confirms it", async (f) => { await run("review", f); await decide(f, { [KEY("r13")]: { decision: "通过", comment: "河长制考核全省第3名", ...d } }); }, null],
  ["已说明 confirms it", async (f) => { await run("review", f); await decide(f, { [KEY("r13")]: { decision: "已说明", comment: "考核结果已核实", ...d } }); }, null],
  ["a conclusion on nothing: its warning says it, counted all the same", async (f) => { await edit(f, [at("r13", "in:2024", null)]); }, "warning"],
  ["no 人工评估: not graded by one, nothing said", async (f) => { await edit(f, [at("r13", "assess", null)]); }, null],
])("%s", async (_why, act, said) => {
  const f = await returnFile(DONE);
  await act(f);
  const text = await run("check", f, "--all");
  const r13 = text.split("\n").find((l) => l.includes("河长制工作")) ?? "";
  expect(r13.includes(LINE)).toBe(said === "line");
  expect(TOTALS.test(text.split("\n").find((l) => l.startsWith("已达标 ")) ?? "")).toBe(said !== null);

  const json = JSON.parse(await run("check", f, "--json")) as { items: Item[] };
  const issues = json.items.find((i) => i.id === "r13")?.issues ?? [];
  const info = issues.find((i) => i.code === "assessment_to_confirm");
  expect(info ? [info.severity, info.cell, info.message.replace(/^.*Q\d+：/, "")] : null).toEqual(said === "line" ? ["info", expect.stringMatching(/^Q\d+$/), LINE] : null);
  expect(issues.some((i) => i.code === "assessment_unsupported")).toBe(said === "warning");
}, 90000);

test("--lang en says the same in English", async () => {
  const f = await returnFile(DONE);
  const text = await run("check", f, "--all", "--lang", "en");
  expect(text).toContain("人工评估 (assessment) says \"Met\": the row is graded by it, not yet confirmed by the reviewer on the 审核 (review) sheet");
  expect(text).toMatch(/^Met \d+ \(1 of them by a 人工评估 \(assessment\) not yet confirmed by the reviewer\) {2}/m);
}, 60000);
