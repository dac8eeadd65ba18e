/**
 * What a lock after review accepts, and what it no longer accepts once the county edits the locked return.
 * trial42a F10: a 说明 emptied (or an earlier year's value changed) on a lagging row after the lock read both
 * 锁定后被改动，请审核人员复核 and 滞后，未写说明；已锁定，审核人已认可，不再要求填写 in `check` (and the pane's 校验), and `summary`
 * counted the row 审核人已认可 instead of chasing it. A row changed since the lock was accepted as it stood, not as it
 * stands: it asks for its 说明 again and is chased, as without a lock (用户指南 §五: 待复核, 仍计入、仍催).
 * trial42a F4: a ±30% jump on a return locked after review still said 请改正，或在说明中写明原因; it now says the lock
 * accepted it, as the lags do. On the old code the "changed" rows and the jump's accepted words fail.
 */
import { readFileSync } from "node:fs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { lockedCheck } from "../../src/ui/shared/lockedCheck";
import { lagsOf } from "../../src/cycle/lagsOf";
import type { InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { at, decide, edit, KEY, returnFile, run, years } from "../support/trialReturn";

/** r01 已达标; r06 lagging (0.586 of 0.58 → 0.60) with no 说明; r07 用水总量 down 35% in 2024 (4.6 → 3), a §8a jump; r13 assessed. */
const ROWS: InputEntry[] = [...years("r01", 93, 93.8, 94.6, 95.5), ...years("r06", 0.582, 0.583, 0.585, 0.586), ...years("r07", 4.55, 4.6, 4.6, 3), at("r13", "assess", "已达标")];
/** The same, r06's lag with a 说明 the reviewer took as 已说明. */
const NOTED: InputEntry[] = [...ROWS, at("r06", "note", "受干旱影响，部分灌区节水改造工程推迟至2025年完工")];

/** A return of `entries` reviewed (r06 `r06`, r07 通过) and locked by 王审核; then `after` typed into it (none: left as locked). */
async function lockedThenEdited(entries: InputEntry[], r06: string, after: InputEntry[]): Promise<string> {
  const f = await returnFile(entries);
  await run("review", f);
  await decide(f, { [KEY("r06")]: { decision: r06 }, [KEY("r07")]: { decision: "通过" } });
  await run("lock", f, "--reviewer", "王审核");
  if (after.length) await edit(f, after);
  return f;
}

const files: Record<string, string> = {};
beforeAll(async () => {
  files["intact"] = await lockedThenEdited(ROWS, "通过", []);
  // the county changes 2023 of the accepted lag (still lagging), and empties the 说明 the reviewer took as 已说明
  files["year changed"] = await lockedThenEdited(ROWS, "通过", [at("r06", "in:2023", 0.584)]);
  files["说明 emptied"] = await lockedThenEdited(NOTED, "已说明", [at("r06", "note", null)]);
  // not locked: the jump still asks
  files["open"] = await returnFile(ROWS);
  // locked without review: accepted nothing
  files["unreviewed"] = await returnFile(ROWS);
  await run("lock", files["unreviewed"], "--reviewer", "王审核");
}, 180000);

interface JsonIssue { code: string; severity: string; message: string }
async function issuesOf(file: string, id: string, lang: string): Promise<JsonIssue[]> {
  const out = JSON.parse(await run("check", file, "--json", "--lang", lang)) as { items: Array<{ id: string; issues: JsonIssue[] }> };
  return out.items.find((i) => i.id === id)?.issues ?? [];
}

describe("a row changed after the lock is not the reviewer's to have accepted (F10)", () => {
  test.each<[string, "zh" | "en", RegExp, RegExp]>([
    ["year changed", "zh", /滞后指标须填写说明/, /不再要求填写|审核人已认可/],
    ["year changed", "en", /a lagging indicator needs an explanation/, /reviewer accepted/],
    ["说明 emptied", "zh", /滞后指标须填写说明/, /不再要求填写|审核人已认可/],
    ["说明 emptied", "en", /a lagging indicator needs an explanation/, /reviewer accepted/],
  ])("check --json (%s, %s): r06 says 锁定后被改动 and asks for its 说明 again", async (name, lang, asks, never) => {
    const issues = await issuesOf(files[name]!, "r06", lang);
    expect(issues.map((x) => x.code)).toEqual(expect.arrayContaining(["locked_value_changed", "lagging_no_note"]));
    const lag = issues.find((x) => x.code === "lagging_no_note")!;
    expect({ severity: lag.severity, asks: asks.test(lag.message), never: never.test(issues.map((x) => x.message).join("\n")) }).toEqual({ severity: "warning", asks: true, never: false });
  });

  test.each<[string, number, number]>([
    ["intact", 0, 1],
    ["year changed", 1, 0],
    ["说明 emptied", 1, 0],
  ])("the pane's 校验 and summary's count (lagsOf), %s: unexplained %i, accepted %i", async (name, unexplained, accepted) => {
    const r = lockedCheck(await readXlsxZip(readFileSync(files[name]!)));
    if (!r.ok) throw new Error("not checked");
    expect(r.report.items.find((i) => i.id === "r06")?.issues.filter((x) => x.code === "lagging_no_note" && x.severity !== "info")).toHaveLength(unexplained);
    // the 审核 sheet's decision on r06 is 待复核 once its row changed: it accepts nothing either
    expect(lagsOf(r.report, [])).toMatchObject({ unexplained, explainedByReviewer: accepted });
  });

  test.each<[string, string[], RegExp, RegExp]>([
    ["year changed", [], /^滞后未写说明，请督促补写说明：青山县 1 项/m, /^滞后未写说明、审核人已认可/m],
    ["说明 emptied", [], /^滞后未写说明，请督促补写说明：青山县 1 项/m, /^滞后未写说明、审核人已认可/m],
    ["说明 emptied", ["--lang", "en"], /^Lagging without a 说明 \(explanation\), to be explained: 青山县/m, /accepted by the reviewer/],
  ])("summary --units (%s %s) chases the changed lag", async (name, lang, chased, never) => {
    const out = await run("summary", files[name]!, "--units", "青山县", ...lang);
    expect(out).toMatch(chased);
    expect(out).not.toMatch(never);
  }, 60000);
});

describe("a §8 warning a lock after review accepted says so (F4)", () => {
  test.each<[string, "zh" | "en", RegExp, RegExp]>([
    ["intact", "zh", /超过 ±30%（已锁定，审核人已认可）$/, /请改正/],
    ["intact", "en", /beyond ±30% \(the return is locked and the reviewer accepted it\)$/, /correct it/],
    ["open", "zh", /超过 ±30%：请改正，或在说明中写明原因$/, /审核人已认可/],
    ["open", "en", /beyond ±30%: correct it, or explain it in 说明$/, /reviewer accepted/],
    ["unreviewed", "zh", /超过 ±30%：请改正，或在说明中写明原因$/, /审核人已认可/],
    ["unreviewed", "en", /beyond ±30%: correct it, or explain it in 说明$/, /reviewer accepted/],
  ])("check --json (%s, %s): r07's jump", async (name, lang, says, never) => {
    const jump = (await issuesOf(files[name]!, "r07", lang)).find((x) => x.code === "value_jump");
    expect(jump?.severity).toBe("warning");
    expect({ says: says.test(jump?.message ?? ""), never: never.test(jump?.message ?? "") }).toEqual({ says: true, never: false });
  });

  test.each<[string, string[], RegExp]>([
    ["zh", [], /超过 ±30%（已锁定，审核人已认可）/],
    ["en", ["--lang", "en"], /beyond ±30% \(the return is locked and the reviewer accepted it\)/],
  ])("check's table (%s) of the locked return", async (_l, lang, says) => {
    expect(await run("check", files["intact"]!, ...lang)).toMatch(says);
  });
});
