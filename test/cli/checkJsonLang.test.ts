/**
 * `check --json --lang en` gave every issue `message` and `problems` line in Chinese whatever
 * --lang said, and said nothing of a lock (the title's 已锁定（date, reviewer）, the totals'
 * 锁定后被改动 N). The texts now follow --lang (zh, the default, as before) and `lock` tells a
 * script whether, when, by whom, and what changed since.
 */
import ExcelJS from "exceljs";
import { copyFileSync } from "node:fs";
import { cli } from "../support/cli";
import { at, edit, returnFile, run, tpl, V1, V2, years } from "../support/trialReturn";
import { KEY_ROW, FIRST_DATA_ROW, parseTemplateMark } from "../../src/sheet/keys";
import { chinaDate } from "../../src/cycle/chinaDate";

type Issue = { code: string; severity: string; cell: string; message: string; suggestion?: number };
type Doc = { items: Array<{ id: string; issues: Issue[] }>; problems: string[]; problemCodes: Array<{ code: string }>; lock?: unknown };

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/**
 * English prose with the workbook's own words taken out: what it holds is quoted ("…"), and a
 * sheet label is glossed in parentheses (`explanation (说明)`) or, the 说明 column, named as the
 * sheet heads it (`explain it in 说明`), as the en catalogues write them.
 */
const prose = (s: string): string => s.replace(/"[^"]*"/g, '""').replace(/说明/g, "").replace(/\([\u3400-\u9fff]+\)/g, "()").replace(/[\u3400-\u9fff]+ \(/g, "(");

/** Deletes the row of indicator `id` from the plan's sheet (a person deleting a row): `row_missing`. */
async function deleteRow(f: string, id: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  const ws = wb.worksheets.find((w) => parseTemplateMark(w.getCell(KEY_ROW, 1).value) === tpl.id);
  if (!ws) throw new Error("no template sheet");
  let col = 0;
  ws.getRow(KEY_ROW).eachCell((c, i) => { if (c.value === "id") col = i; });
  for (let r = FIRST_DATA_ROW; r <= ws.rowCount; r++) if (ws.getCell(r, col).value === id) { ws.spliceRows(r, 1); break; }
  await wb.xlsx.writeFile(f);
}

async function check(f: string, ...lang: string[]): Promise<Doc> {
  const r = await cli("check", f, "--json", ...lang);
  expect([r.code, r.err]).toEqual([0, ""]);
  return JSON.parse(r.out) as Doc;
}

const issues = (d: Doc): Issue[] => d.items.flatMap((i) => i.issues);
/** Everything but the texts: codes, cells, suggestions, the coded problems. */
const facts = (d: Doc): unknown => ({ issues: issues(d).map(({ message: _m, ...x }) => x), problemCodes: d.problemCodes, lock: d.lock });

describe("check --json: texts in --lang", () => {
  let f = "";
  beforeAll(async () => {
    // the trial's first version (text for a number, a value in next year's column, a lag without 说明), a
    // negative amount, 950%, a digit slip, a row deleted
    f = await returnFile([...V1.filter((e) => e.id !== "r07"), ...years("r03", 9, 8.8, 8.6, 950), ...years("r02", 2, 3, 3, -1), ...years("r07", 4.55, 4.6, 4.58, 4620)]);
    await deleteRow(f, "r05");
  }, 60000);

  test("the return has several kinds of issue and a workbook problem", async () => {
    const d = await check(f);
    // the deleted row is also the plan's row 未填报, its issue row_missing (evaluation-rules §3, Our reading)
    expect(new Set(issues(d).map((x) => x.code))).toEqual(new Set(["negative", "percent_out_of_range", "text_number", "value_jump", "far_from_plan", "no_trajectory", "lagging_no_note", "future_year_value", "row_missing", "assessment_unsupported"]));
    // ExcelJS's spliceRows moves the rows below up without rewriting their formulas: each reads the row below (own_formulas_broken)
    expect(d.problemCodes.map((p) => p.code)).toEqual(["row_missing", "own_formulas_broken"]);
  }, 60000);

  test.each<[string, string[], (text: string) => boolean]>([
    ["no --lang: Chinese, as before", [], (t) => /^工作表「/.test(t)],
    ["--lang zh: Chinese", ["--lang", "zh"], (t) => /^工作表「/.test(t)],
    ["--lang en: English, the workbook's own words quoted or glossed", ["--lang", "en"], (t) => /^Sheet "/.test(t) && !CJK.test(prose(t))],
  ])("%s: every message and problem line", async (_name, args, inLang) => {
    const d = await check(f, ...args);
    const texts = [...issues(d).map((x) => x.message), ...d.problems];
    expect(texts.length).toBeGreaterThanOrEqual(10);
    expect(texts.filter((t) => !inLang(t))).toEqual([]);
  }, 60000);

  test("zh and the default print the same bytes; en differs only in its texts", async () => {
    const [none, zh, en] = await Promise.all([cli("check", f, "--json"), cli("check", f, "--json", "--lang", "zh"), cli("check", f, "--json", "--lang", "en")]);
    expect(none.out).toBe(zh.out);
    expect(facts(JSON.parse(en.out) as Doc)).toEqual(facts(JSON.parse(zh.out) as Doc));
    expect(en.out).not.toBe(zh.out);
  }, 60000);

  test.each(["zh", "en"])("several files (JSON Lines) give each report in --lang %s too", async (lang) => {
    const copy = f.replace(/\.xlsx$/, "-copy.xlsx");
    copyFileSync(f, copy);
    const r = await cli("check", f, copy, "--json", "--lang", lang);
    const lines = r.out.trim().split("\n").map((l) => (JSON.parse(l) as { report: Doc }).report);
    expect(lines).toEqual([await check(f, "--lang", lang), await check(copy, "--lang", lang)]);
  }, 60000);
});

describe("check --json: lock", () => {
  // the second version, accepted: its one indicator without a 人工评估 locked as it is
  let f = "";
  const locked = (...extra: string[]) => async (): Promise<string> => {
    const g = await returnFile(V2);
    await run("lock", g, "--reviewer", "王审核", "--accept-unassessed");
    if (extra.length) await edit(g, [at("r07", "in:2024", 4.7)]);
    return g;
  };
  beforeAll(async () => { f = await returnFile(V2); }, 60000);

  test.each<[string, () => Promise<string>, (date: string, utc: string) => unknown]>([
    ["never locked: null", async () => f, () => null],
    // locked with no 审核 sheet: reviewed false, the reviewer named all the same (trial29c F1; lockWithoutReview has the reviewed case)
    ["locked, nothing changed: when, by whom, intact", locked(), (date, utc) => ({ lockedAt: expect.stringMatching(new RegExp(`^${utc}T`)), date, reviewer: "王审核", reviewed: false, intact: true, changed: 0, changes: [] })],
    ["locked, then a value changed: which cell, the accepted and the current value", locked("edited"), (date, utc) => ({
      lockedAt: expect.stringMatching(new RegExp(`^${utc}T`)), date, reviewer: "王审核", reviewed: false, intact: false, changed: 1,
      changes: [{ template: tpl.id, id: "r07", sheet: expect.any(String), cell: expect.stringMatching(/^L\d+$/), field: "2024", locked: "4.65", now: "4.7" }],
    })],
  ])("%s", async (_name, make, expected) => {
    const g = await make();
    // the record keeps the moment in UTC; `date` is that day in China (lockDay), as the ledger counts days
    const now = Date.now();
    const [utc, date] = [new Date(now).toISOString().slice(0, 10), chinaDate(now)];
    for (const lang of ["zh", "en"]) {
      const d = await check(g, "--lang", lang);
      expect(d.lock).toEqual(expected(date, utc));
    }
  }, 120000);

  test("the changes are check's locked_value_changed issues, and the count the terminal's 锁定后被改动", async () => {
    const g = await locked("edited")();
    const d = await check(g);
    const lock = d.lock as { changed: number; changes: Array<{ cell: string }> };
    expect(issues(d).filter((x) => x.code === "locked_value_changed").map((x) => x.cell)).toEqual(lock.changes.map((c) => c.cell));
    const text = await cli("check", g);
    expect(text.out).toContain("已锁定（");
    expect(text.out).toContain(`锁定后被改动 ${lock.changed}`);
  }, 120000);

  test("a row deleted after the lock: counted in changed, said in problems, in --lang", async () => {
    const g = await locked()();
    await deleteRow(g, "r09");
    const [zh, en] = [await check(g), await check(g, "--lang", "en")];
    expect(zh.problemCodes.map((p) => p.code)).toEqual(["row_missing", "own_formulas_broken", "lock_values_gone"]);
    expect((zh.lock as { changed: number }).changed).toBeGreaterThanOrEqual(1);
    expect(zh.problems[2]).toMatch(/^锁定后有 \d+ 个已通过的数值所在行或工作表被删除$/);
    expect(en.problems[2]).toMatch(/^Since the lock, the row or sheet of \d+ accepted values was deleted$/);
    expect(en.lock).toEqual(zh.lock);
  }, 120000);
});
