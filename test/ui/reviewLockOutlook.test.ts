/**
 * trial35 TP0, TP2: the pane's 审核 list hid what lock refuses for. A 待人工评估 row's Enter selected its 审核结论 cell,
 * not the 人工评估 cell its text names, and once decided 通过 it left the list while lock still refused for it; a 通过 on a
 * cell with an error was not listed; the pane never said 不能锁定. reviewPlan now carries lock's own rule (lockRefusals)
 * and makeReview its line and the rows it names (ReviewListMarks). On the old code reviewPlan had no `lock`, and the
 * 通过-on-error row was missing from `toDo`.
 */
import { KEY_ROW, FIRST_DATA_ROW } from "../../src/sheet/keys";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { REVIEW_STATES } from "../../src/sheet/reviewSheet";
import type { OfficeActions } from "../../src/ui/shared/OfficeActions";
import { planLoad } from "../../src/ui/shared/planLoad";
import { makeReview } from "../../src/ui/shared/summaryActions";
import { tpl } from "../support/trialReturn";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createWorkbook } = require("./fakeOffice.js") as { createWorkbook: () => { actions: OfficeActions; set: (s: string, c: string, v: unknown) => void; grid: () => GridWorkbook } };

type Book = ReturnType<typeof createWorkbook>;
const col = (n: number): string => { let s = ""; for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s; return s; };

/** The cell of `id`'s `key` column on the template's sheet (key row), as A1 with its sheet. */
function cellOf(grid: GridWorkbook, id: string, key: string): { sheet: string; cell: string } {
  for (const s of grid.sheets) {
    const keys = (s.rows[KEY_ROW - 1] ?? []).map((c) => (c.type === "string" ? c.text : ""));
    const [idCol, keyCol] = [keys.indexOf("id"), keys.indexOf(key)];
    if (idCol < 0 || keyCol < 0) continue;
    const row = s.rows.findIndex((r, i) => i >= FIRST_DATA_ROW - 1 && r[idCol]?.type === "string" && r[idCol].text === id);
    if (row >= 0) return { sheet: s.name, cell: `${col(keyCol + 1)}${row + 1}` };
  }
  throw new Error(`no ${id} ${key}`);
}

/** A 2024 return of the fixture plan: r01 filled, r13 (a words target) reported in words with no 人工评估 (待人工评估). */
async function book(r01: unknown): Promise<Book> {
  const wb = createWorkbook();
  await wb.actions.apply(planLoad([tpl], 2024, [], "copy").plan, []);
  const g = wb.grid();
  for (const [y, v] of [[2021, 93], [2022, 93.8], [2023, 94.6], [2024, r01]] as const) { const c = cellOf(g, "r01", `in:${y}`); wb.set(c.sheet, c.cell, v); }
  const r13 = cellOf(g, "r13", "in:2024");
  wb.set(r13.sheet, r13.cell, "河长制考核全省第3名");
  return wb;
}

/** Every 审核 row's decision set to `decision`, as a reviewer chooses them. */
function decideAll(wb: Book, decision: string): void {
  const s = wb.grid().sheets.find((x) => x.name === "审核")!;
  const keys = (s.rows[KEY_ROW - 1] ?? []).map((c) => (c.type === "string" ? c.text : ""));
  const d = col(keys.indexOf("decision") + 1);
  for (let r = FIRST_DATA_ROW; s.rows[r - 1]?.[keys.indexOf("key")]?.type === "string"; r++) wb.set("审核", `${d}${r}`, decision);
}

describe("生成审核表 follows lock's rule (lockRefusals)", () => {
  test.each<[string, unknown, string, { assess: number; held: number; tone: string; zh: RegExp; en: RegExp }]>([
    ["every row 通过, r13's 人工评估 blank: still listed, lock refuses", 95.5, "通过",
      { assess: 1, held: 0, tone: "refused", zh: /^不能锁定：审核人员锁定时会因以下 1 个原因拒绝：1\. 有 1 项指标待人工评估/, en: /^Cannot be locked yet: .*1\. 1 indicator is still 待人工评估/ }],
    ["r01 typed in words (数据异常) and decided 通过: listed as blocking the lock", "九十五", "通过",
      { assess: 1, held: 1, tone: "refused", zh: /^不能锁定：.*1\. 数据异常 1 项，须先改正（“校验工作簿”逐项列出）2\. 有 1 项指标待人工评估/, en: /^Cannot be locked yet: .*1\. .*2\. 1 indicator is still 待人工评估/ }],
  ])("%s", async (_name, r01, decision, want) => {
    const wb = await book(r01);
    const first = await makeReview(wb.actions, "zh");
    if (!first.ok) throw new Error(first.message);
    decideAll(wb, decision);
    const out = await makeReview(wb.actions, "zh");
    if (!out.ok) throw new Error(out.message);
    // the 人工评估 cell of r13, which lock names, is where the list takes the reviewer
    const assess = cellOf(wb.grid(), "r13", "assess");
    expect(out.marks.unassessed.map((u) => ({ sheet: u.sheet, cell: u.cell }))).toEqual(want.assess ? [assess] : []);
    expect(out.toDo.filter((x) => x.state === REVIEW_STATES.valid).length).toBe(want.held);
    expect(out.tone).toBe(want.tone);
    expect(out.lock.zh).toMatch(want.zh);
    expect(out.lock.en).toMatch(want.en);
  });

  // trial39b F1: this return has 12 rows 未填报, which lock locks but says (注意：12 项未填报…); the pane said a bare green 可以锁定
  test("every row decided and r13 assessed: 可以锁定 with lock's note of the rows 未填报, nothing listed", async () => {
    const wb = await book(95.5);
    const a = cellOf(wb.grid(), "r13", "assess");
    wb.set(a.sheet, a.cell, "已达标");
    await makeReview(wb.actions, "zh");
    decideAll(wb, "通过");
    const out = await makeReview(wb.actions, "en");
    if (!out.ok) throw new Error(out.message);
    expect({ lock: out.lock, tone: out.tone, toDo: out.toDo.length, unassessed: out.marks.unassessed.length }).toEqual({
      lock: { zh: expect.stringMatching(/^可以锁定，但锁定时会提示（这些不阻止锁定）：12 项未填报（.*!L5 新增水利工程投资（累计）、.* 等 12 项）。$/), en: expect.stringMatching(/^Can be locked, but the lock would note \(none of these stops it\): 12 rows are 未填报 \(not reported\) \(.*; 12 in all\)\.$/) },
      tone: "noted", toDo: 0, unassessed: 0,
    });
  });
});
