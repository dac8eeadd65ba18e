/**
 * 滞后指标须填写说明 after the lock (trial36 tp F6): the reviewer's own 人工评估 "滞后" (and a lag the unit left
 * unexplained, which lock names and locks) went on asking the unit for a 说明 in `check` of the locked return, which
 * nobody can edit any more. Once locked for its year the request goes, in `check` (zh, en, --json) and in the
 * pane's 校验 (lockedCheck) alike; before the lock both rows still ask for it. The lag without a 说明 stays a fact
 * (information, "已锁定，审核人已认可"), so `summary` still counts it as the reviewer's to have accepted, not as one to chase.
 */
import { readFileSync } from "node:fs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { lockedCheck } from "../../src/ui/shared/lockedCheck";
import { lagsOf } from "../../src/cycle/lagsOf";
import { at, returnFile, run, years } from "../support/trialReturn";

/** r06 lagging with no 说明 (the unit's own), r13's 人工评估 滞后 (the reviewer's), no 说明 either. */
const LAGS = [...years("r01", 93, 93.8, 94.6, 95.5), ...years("r06", 0.582, 0.583, 0.585, 0.586), at("r13", "assess", "滞后")];

let open = "";
let locked = "";
beforeAll(async () => {
  open = await returnFile(LAGS);
  locked = await returnFile(LAGS);
  await run("lock", locked, "--reviewer", "王审核");
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
  ])("check --json, %s", async (_n, file, lang, n) => {
    expect(await asked(file(), lang)).toHaveLength(n);
  });

  test.each<[string, () => string, number]>([
    ["open", () => open, 2],
    ["locked", () => locked, 0],
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

  test.each<[string, () => string, number, number]>([
    ["open: both lags to chase", () => open, 2, 0],
    ["locked: both accepted, none to chase", () => locked, 0, 2],
  ])("summary's count of lags without a 说明, %s", async (_n, file, unexplained, accepted) => {
    const r = lockedCheck(await readXlsxZip(readFileSync(file())));
    if (!r.ok) throw new Error("not checked");
    expect(lagsOf(r.report, [])).toMatchObject({ unexplained, explainedByReviewer: accepted });
  });
});
