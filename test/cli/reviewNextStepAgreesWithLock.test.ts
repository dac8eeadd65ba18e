/**
 * final34 F2: every 审核 row decided (通过 on the 待人工评估 row too), review said 各条均已审定：可运行
 * plan-returns lock, and lock right after refused: 有 1 项指标待人工评估（…!Q7 …），未锁定. review now states its
 * next step by lock's own rule (lockRefusals): it says lock will lock only when lock does, and names each
 * reason lock would still refuse for in lock's words (the --accept-unassessed way with the 待人工评估 one).
 * Its "once every row is decided, lock" is said only when deciding the rows is all lock waits for: checked by
 * deciding them and locking. One row per reason lock refuses for (LockRefusal's codes, all of them), and none.
 * trial36 T2: check's 不能锁定 lines named errors only; check now says lock's reasons by the same rule (lockReading), in
 * text and in --json's lockRefusals, so check, review and lock agree on each row.
 */
import ExcelJS from "exceljs";
import { copyFileSync } from "node:fs";
import type { InputEntry } from "../../src/hosts/xlsx/fillInputs";
import type { LockRefusal } from "../../src/cycle/lockRefusals";
import { FIRST_DATA_ROW } from "../../src/sheet/keys";
import { cli } from "../support/cli";
import { listEntry, listReturnFile, RF } from "../support/listReturn";
import { at, decide, edit, KEY, LOCKABLE, returnFile, reviewRows, reviewWorksheet, run, type Decisions } from "../support/trialReturn";

/** r13 (河长制工作, a words target) reported with no 人工评估: 待人工评估 */
const UNASSESSED = LOCKABLE.filter((e) => !(e.id === "r13" && e.key === "assess")).concat(at("r13", "in:2024", "河长制考核全省第3名"));
/** the 2024 value of r01 typed in words: 数据异常 */
const BAD = [...LOCKABLE, at("r01", "in:2024", "九十五")];

/** Every row of the 审核 sheet given `decision` (a row named in `but` that decision instead), as a reviewer chooses them. */
async function decideAll(f: string, decision = "通过", but: Record<string, string> = {}): Promise<void> {
  const rows = await reviewRows(f);
  await decide(f, Object.fromEntries([...rows.keys()].map((k) => [k, { decision: but[k] ?? decision, reviewer: "王审核" }])));
}

/** The rows review asks to decide (待审核, 待复核) decided 通过 with a comment of today: what review's decide line asks for. */
async function decideOpen(f: string): Promise<void> {
  const rows = await reviewRows(f);
  const open: Decisions = {};
  for (const [k, r] of rows) if (r["review"] === "待审核" || r["review"] === "待复核") open[k] = { decision: "通过", comment: "已核对", reviewer: "李复核" };
  await decide(f, open);
}

/** The 审核 sheet's visible columns sorted without its hidden keys, then one row's 位置 and name cleared: not to be told apart. */
async function sortApart(f: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  const { ws, col } = reviewWorksheet(wb);
  let n = 0;
  while (ws.getCell(FIRST_DATA_ROW + n, col.get("key")!).value) n++;
  const to = col.get("change")!;
  const block = Array.from({ length: n }, (_, i) => Array.from({ length: to }, (_x, c) => ws.getCell(FIRST_DATA_ROW + i, c + 1).value));
  block.reverse().forEach((cells, i) => cells.forEach((v, c) => { ws.getCell(FIRST_DATA_ROW + i, c + 1).value = v; }));
  ws.getCell(FIRST_DATA_ROW, col.get("cell")!).value = "";
  ws.getCell(FIRST_DATA_ROW, col.get("name")!).value = "";
  await wb.xlsx.writeFile(f);
}

type Case = {
  /** the return's entries */ entries: InputEntry[];
  /** a return of the project and reform lists instead, with these entries (listReturnFile) */ lists?: true;
  /** what is done to it before the review looked at: `review` runs before each step */ steps: Array<(f: string) => Promise<void>>;
  /** the exit code review ends with (5: it refuses too) */ reviewCode: number;
  /** words lock's refusal says and review's output must say too */ named: string[];
};

const review = (f: string): Promise<void> => run("review", f).then(() => undefined);
const CASES: Array<[LockRefusal["code"] | "none" | "two", string, Case]> = [
  ["none", "nothing to refuse: review says lock, lock locks", { entries: LOCKABLE, steps: [review, (f) => decideAll(f)], reviewCode: 0, named: [] }],
  ["unassessed", "every row decided, a 人工评估 left blank (F2): review names it and --accept-unassessed; its 通过 said not to assess it (T7)", { entries: UNASSESSED, steps: [review, (f) => decideAll(f)], reviewCode: 0, named: ["有 1 项指标待人工评估", "河长制工作（审核表中已选“通过”）", "Q16（该项的人工评估单元格）", "复核“通过”（重新选一次同样的结论不算改动", "加 --accept-unassessed"] }],
  ["unassessed", "rows still to decide and a 人工评估 left blank: deciding does not let it lock", { entries: UNASSESSED, steps: [], reviewCode: 0, named: ["有 1 项指标待人工评估", "河长制工作"] }],
  ["errors", "an error decided 通过: review names the error as lock counts it", { entries: BAD, steps: [review, (f) => decideAll(f)], reviewCode: 0, named: ["数据异常 1 项"] }],
  ["returned", "a 退回修改 in force", { entries: LOCKABLE, steps: [review, (f) => decideAll(f, "通过", { [KEY("r06")]: "退回修改" })], reviewCode: 0, named: ["退回修改"] }],
  ["stale", "a decided value changed since (待复核): decide again, then lock", { entries: LOCKABLE, steps: [review, (f) => decideAll(f), (f) => edit(f, [at("r01", "in:2024", 96)])], reviewCode: 0, named: ["待复核"] }],
  ["changed", "a value changed since the lock: decide on it, then lock", {
    entries: LOCKABLE, steps: [review, (f) => decideAll(f), (f) => run("lock", f, "--reviewer", "王审核").then(() => undefined), (f) => edit(f, [at("r01", "in:2024", 96)])], reviewCode: 0, named: [],
  }],
  ["rows_out_of_place", "the 审核 rows sorted apart from their keys: review refuses as lock does", { entries: LOCKABLE, steps: [review, (f) => decideAll(f), sortApart], reviewCode: 5, named: ["的行已错位"] }],
  ["unassessed_list", "a reform 推进中 no 审核结论 concludes (trial40c F9): review asks the decision, and deciding it lets lock lock", { entries: [listEntry(RF, "ss24-reform-04", "state", "推进中")], lists: true, steps: [review], reviewCode: 0, named: [] }],
  ["two", "an error and a 人工评估 left blank: both named", { entries: [...UNASSESSED, at("r01", "in:2024", "九十五")], steps: [review, (f) => decideAll(f)], reviewCode: 0, named: ["数据异常 1 项", "有 1 项指标待人工评估"] }],
];

/** Every reason lock refuses for has its row above (the compiler insists on the list; the test on the table). */
const EVERY: Record<LockRefusal["code"], true> = { errors: true, rows_out_of_place: true, returned: true, changed: true, stale: true, unassessed: true, unassessed_list: true };
test("the table covers every reason lock refuses for", () => {
  expect(Object.keys(EVERY).filter((c) => !CASES.some(([code]) => code === c))).toEqual([]);
});

const LOCK_NOW = "各条均已审定：可运行 plan-returns lock";
const LOCK_ONCE_DECIDED = "全部审定后运行 plan-returns lock";

/** How many reasons lock's refusal gives: its header's count (有 N 个原因), else one line or none. */
const reasonsOf = (lock: { code: number; err: string }): number => Number(/有 (\d+) 个原因/.exec(lock.err)?.[1] ?? (lock.code === 5 ? 1 : 0));

test.each(CASES)("%s: %s", async (code, _, c) => {
  const f = c.lists ? await listReturnFile(c.entries) : await returnFile(c.entries);
  for (const step of c.steps) await step(f);
  // check, before review writes the file: its 不能锁定 lines and --json's lockRefusals are lock's reasons (trial36 T2)
  const checked = await cli("check", f);
  const json = JSON.parse((await cli("check", f, "--json")).out) as { lockRefusals: Array<{ code: string; message: string }> };
  const r = await cli("review", f);
  expect(r.code).toBe(c.reviewCode);
  const said = r.out + r.err;
  const lock = await cli("lock", f, "--reviewer", "王审核");
  // the case is what it says (refused: exit 5), and review says lock will lock exactly when it does
  expect(lock.code).toBe(code === "none" ? 0 : 5);
  expect(said.includes(LOCK_NOW)).toBe(lock.code === 0);
  for (const words of c.named) {
    expect(lock.err).toContain(words);
    expect(said).toContain(words);
  }
  // check says 不能锁定 exactly when lock refuses, with as many reasons, that one among them, each in lock's words
  // (review rewrote the 审核 sheet since check ran: check is asked again on the file lock read)
  const again = await cli("check", f);
  const againJson = JSON.parse((await cli("check", f, "--json")).out) as { lockRefusals: Array<{ code: string; message: string }> };
  expect(again.out.includes("不能锁定：plan-returns lock")).toBe(lock.code !== 0);
  expect(againJson.lockRefusals).toHaveLength(reasonsOf(lock));
  expect(Number(/会因以下 (\d+) 个原因拒绝锁定/.exec(again.out)?.[1] ?? 0)).toBe(reasonsOf(lock));
  if (code !== "none" && code !== "two") expect(againJson.lockRefusals.map((x) => x.code)).toContain(code);
  for (const words of c.named) expect(again.out).toContain(words);
  if (reasonsOf(lock) > 1) for (const x of againJson.lockRefusals) expect(lock.err).toContain(x.message);
  // before review ran, check answered for the file as it stood then, by the same rule: no reason, no 不能锁定
  expect(checked.out.includes("不能锁定：plan-returns lock")).toBe(json.lockRefusals.length > 0);
  // "once every row is decided, lock": deciding the rows review asks for, lock locks exactly when review said so
  if (lock.code !== 0 && said.includes("下一步：审核人员")) {
    const g = f.replace(/\.xlsx$/, "-decided.xlsx");
    copyFileSync(f, g);
    await decideOpen(g);
    const after = await cli("lock", g, "--reviewer", "王审核");
    expect(said.includes(LOCK_ONCE_DECIDED)).toBe(after.code === 0);
  }
}, 120000);

test("in English: the reason named in lock's words, and no 'run plan-returns lock'", async () => {
  const f = await returnFile(UNASSESSED);
  await review(f);
  await decideAll(f);
  const r = await cli("review", f, "--lang", "en");
  const lock = await cli("lock", f, "--lang", "en");
  expect(lock.code).toBe(5);
  expect(r.out).not.toContain("Every row is decided: run plan-returns lock");
  expect(r.out).toMatch(/^Next: every row is decided, but plan-returns lock \S+ would not lock it yet, for 1 reason to deal with first:$/m);
  expect(r.out).toMatch(/^ {2}1\. 1 indicator is still 待人工评估 .*河长制工作.*add --accept-unassessed$/m);
  expect(lock.err).toContain("河长制工作");
}, 120000);
