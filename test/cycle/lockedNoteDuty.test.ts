/**
 * 滞后指标须填写说明 after the lock (trial36 tp F6): the reviewer's own 人工评估 "滞后" (and a lag the unit left
 * unexplained, which lock names and locks) went on asking the unit for a 说明 in `check` of the locked return, which
 * nobody can edit any more. Once locked for its year after review the request goes, in `check` (zh, en, --json) and in
 * the pane's 校验 (lockedCheck) alike; before the lock both rows still ask for it. The lag without a 说明 stays a fact
 * (information, "已锁定，审核人已认可"), so `summary` still counts it as the reviewer's to have accepted, not as one to chase.
 * A lock without review (no 审核 sheet, no decision; trial40 F1) accepted nothing: its lags never read 审核人已认可 (check,
 * review's 审核 sheet, summary), they read 锁定时未经审核, stay 未说明的滞后 and are chased (督促补写说明, said locked).
 */
import { readFileSync } from "node:fs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { lockedCheck } from "../../src/ui/shared/lockedCheck";
import { lagsOf } from "../../src/cycle/lagsOf";
import { at, decide, KEY, returnFile, reviewRows, run, years } from "../support/trialReturn";

/** r06 lagging with no 说明 (the unit's own), r13's 人工评估 滞后 (the reviewer's), no 说明 either. */
const LAGS = [...years("r01", 93, 93.8, 94.6, 95.5), ...years("r06", 0.582, 0.583, 0.585, 0.586), at("r13", "assess", "滞后")];

let open = "";
let locked = "";
let unreviewed = "";
let lockSaid = { zh: "", en: "" };
beforeAll(async () => {
  open = await returnFile(LAGS);
  // reviewed: one decision (r13's 人工评估 已说明), r06 left 待审核: a lock after review, which accepts r06's lag
  locked = await returnFile(LAGS);
  await run("review", locked);
  await decide(locked, { [KEY("r13")]: { decision: "已说明" } });
  await run("lock", locked, "--reviewer", "王审核");
  // no 审核 sheet: a lock without review, which accepts neither (trial40 F1); lock's words in both languages
  unreviewed = await returnFile(LAGS);
  const zhCopy = await returnFile(LAGS);
  lockSaid = { zh: await run("lock", zhCopy, "--reviewer", "王某"), en: await run("lock", unreviewed, "--reviewer", "王某", "--lang", "en") };
}, 120000);

/** The cells `check --json` asks a 说明 for (a lagging_no_note that is more than information). */
async function asked(file: string, lang: string): Promise<string[]> {
  const out = JSON.parse(await run("check", file, "--json", "--lang", lang)) as { items: Array<{ issues: Array<{ code: string; severity: string; cell?: string }> }> };
  return out.items.flatMap((i) => i.issues).filter((x) => x.code === "lagging_no_note" && x.severity !== "info").map((x) => x.cell ?? "").sort();
}

describe("a locked return asks for no 说明", () => {
  test.each<[string, () => string, string, number]>([
    ["open (zh): both lags asked for", () => open, "zh", 2],
    ["open (en): both lags asked for", () => open, "en", 2],
    ["locked (zh): none", () => locked, "zh", 0],
    ["locked (en): none", () => locked, "en", 0],
    ["locked without review (zh): both, still unexplained", () => unreviewed, "zh", 2],
    ["locked without review (en): both, still unexplained", () => unreviewed, "en", 2],
  ])("check --json, %s", async (_n, file, lang, n) => {
    expect(await asked(file(), lang)).toHaveLength(n);
  });

  test.each<[string, () => string, number]>([
    ["open", () => open, 2],
    ["locked", () => locked, 0],
    ["locked without review", () => unreviewed, 2],
  ])("the pane's 校验, %s", async (_n, file, n) => {
    const r = lockedCheck(await readXlsxZip(readFileSync(file())));
    if (!r.ok) throw new Error("not checked");
    expect(r.report.items.flatMap((i) => i.issues).filter((x) => x.code === "lagging_no_note" && x.severity !== "info")).toHaveLength(n);
  });

  test.each<[string, string[], RegExp]>([
    ["zh", [], /滞后指标须填写说明/],
    ["en", ["--lang", "en"], /a lagging indicator needs an explanation/],
  ])("check's table (%s) of the locked return says it nowhere", async (_l, lang, asks) => {
    expect(await run("check", open, ...lang)).toMatch(asks);
    expect(await run("check", locked, ...lang)).not.toMatch(asks);
  });

  test.each<[string, string[], RegExp]>([
    ["zh", [], /P\d+：滞后，未写说明；已锁定，审核人已认可，不再要求填写/],
    ["en", ["--lang", "en"], /lagging without an explanation \(说明\); the return is locked and the reviewer accepted it/],
  ])("check --all (%s) of the locked return says the lag went without a 说明 and was accepted", async (_l, lang, says) => {
    expect(await run("check", locked, "--all", ...lang)).toMatch(says);
    expect(await run("check", open, "--all", ...lang)).not.toMatch(says);
  });

  test.each<[string, string[], RegExp]>([
    ["zh", [], /P\d+：滞后，未写说明；锁定时未经审核/],
    ["en", ["--lang", "en"], /lagging, no explanation \(说明\); locked without review/],
  ])("check (%s) of a return locked without review says so on its lags, never that the reviewer accepted them", async (_l, lang, says) => {
    const out = await run("check", unreviewed, ...lang);
    expect(out.match(new RegExp(says.source, "g"))).toHaveLength(2);
    expect(await run("check", unreviewed, "--all", ...lang)).not.toMatch(/审核人已认可|reviewer accepted/);
    expect(await run("check", locked, "--all", ...lang)).not.toMatch(says);
  });

  test.each<[string, () => string, number, number]>([
    ["open: both lags to chase", () => open, 2, 0],
    ["locked: both accepted, none to chase", () => locked, 0, 2],
    ["locked without review: both to chase, none accepted", () => unreviewed, 2, 0],
  ])("summary's count of lags without a 说明, %s", async (_n, file, unexplained, accepted) => {
    const r = lockedCheck(await readXlsxZip(readFileSync(file())));
    if (!r.ok) throw new Error("not checked");
    expect(lagsOf(r.report, [])).toMatchObject({ unexplained, explainedByReviewer: accepted });
  });

  test.each<["zh" | "en", RegExp]>([
    ["zh", /^注意：2 项滞后未填写说明（.*），已锁定（未经审核），报送台账将显示“已报”；滞后未写说明的 2 项仍计为未说明的滞后（未经审核的锁定不算认可），汇总时照常督促补写说明$/m],
    ["en", /^Note: 2 lagging indicators have no 说明 \(explanation\) \(.*\); locked without review, and the 报送台账 will say 已报 \(sent\); the 2 lagging indicators without a 说明 still count as unexplained \(a lock without review accepts none\), and summary will go on chasing them for a 说明$/m],
  ])("lock without review (%s) says its lags stay unexplained and summary chases them", (lang, says) => {
    expect(lockSaid[lang]).toMatch(says);
  });

  test("review of a return locked without review writes no 审核人已认可 on its 审核 sheet", async () => {
    const f = await returnFile(LAGS);
    await run("lock", f, "--reviewer", "王某");
    await run("review", f);
    const rows = await reviewRows(f);
    expect([KEY("r06"), KEY("r13")].map((k) => rows.get(k)?.["issue"] ?? "")).toEqual([expect.stringContaining("锁定时未经审核"), expect.stringContaining("锁定时未经审核")]);
    expect([...rows.values()].map((r) => r["issue"]).join("\n")).not.toMatch(/审核人已认可/);
  }, 120000);

  test.each<[string, () => string, string[], RegExp, RegExp | null]>([
    ["locked without review: chased, said locked", () => unreviewed, [], /^滞后未写说明，请督促补写说明：青山县 2 项（已锁定，未经审核）$/m, /审核人已认可/],
    ["the same in English", () => unreviewed, ["--lang", "en"], /^Lagging without a 说明 \(explanation\), to be explained: 青山县 \(2 lagging indicators; locked without review\)$/m, /accepted by the reviewer|审核人已认可/],
  ])("summary --units, %s", async (_n, file, lang, chased, never) => {
    const out = await run("summary", file(), "--units", "青山县", ...lang);
    expect(out).toMatch(chased);
    if (never) expect(out).not.toMatch(never);
  }, 120000);
});
