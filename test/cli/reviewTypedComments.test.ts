/**
 * trial44a F7: the indicator, project and reform sheets each have a 审核意见 column that nothing read; a reviewer who
 * typed there (as the guide and the cover once said to) was ignored, and a county opening the reviewed return found no
 * comment beside the row on the 审核 sheet. `review` takes such a comment into the row's 审核意见 on the 审核 sheet where
 * that is empty, says so in one line, and never writes the sheet it read it from. It decides nothing: a row's 复核状态 is
 * what it was, and the next run sees no change of the reviewer's.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { cellText } from "../../src/domain/CellValue";
import { FIRST_DATA_ROW, KEY_ROW } from "../../src/sheet/keys";
import type { InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { cli } from "../support/cli";
import { at, decide, edit, KEY, returnFile, reviewRows, reviewWorksheet, run, tpl, years, type Decisions } from "../support/trialReturn";
import { LIST_KEY, listEntry, listReturnFile, PJ, RF } from "../support/listReturn";

/** The text of a row's own 审核意见 cell (column key `review`) in its template's sheet. */
async function ownComment(file: string, template: string, id: string): Promise<string> {
  const g = await readXlsxZip(readFileSync(file));
  const s = g.sheets.find((x) => cellText(x.rows[KEY_ROW - 1]?.[0] ?? { type: "empty" }).endsWith(`:${template}`));
  if (!s) throw new Error(`no sheet of ${template}`);
  const keys = (s.rows[KEY_ROW - 1] ?? []).map((c) => cellText(c));
  const row = s.rows.slice(FIRST_DATA_ROW - 1).find((r) => cellText(r?.[keys.indexOf("id")] ?? { type: "empty" }) === id);
  return cellText(row?.[keys.indexOf("review")] ?? { type: "empty" });
}

// r01 met, r06 lagging with its 说明 (flagged): the rows a reviewer writes on
const BASE: InputEntry[] = [...years("r01", 93, 93.8, 94.6, 95.5), ...years("r06", 0.582, 0.583, 0.585, 0.586), at("r06", "note", "受干旱影响，工程推迟")];
const typed = (id: string, text: string | null): InputEntry => at(id, "review", text);

interface Case {
  /** typed into the return before the first review */
  first: InputEntry[];
  /** typed into the 审核 sheet after the first review, then `edit` into the return, then review again (the run looked at) */
  decisions?: Decisions;
  edits?: InputEntry[];
  /** the row looked at (r06) after the run: its 审核意见 and 复核状态 on the 审核 sheet */
  comment: string;
  state: string;
  /** the line the run says, or null for none */
  line: string | null;
}

describe("review takes a comment typed in an indicator row's own 审核意见 into the 审核 sheet (trial44a F7)", () => {
  test.each<[string, Case]>([
    ["typed before any 审核 sheet: taken, the row still to decide", { first: [...BASE, typed("r06", "说明不充分，请补充")], comment: "说明不充分，请补充", state: "待审核", line: "已把指标表“审核意见”列中 1 条意见移入审核表" }],
    ["two rows, one of them not flagged: both taken", { first: [...BASE, typed("r06", "说明不充分"), typed("r01", "数据属实")], comment: "说明不充分", state: "待审核", line: "已把指标表“审核意见”列中 2 条意见移入审核表" }],
    ["the 审核 sheet's 审核意见 already written: kept; the other row's taken", { first: BASE, decisions: { [KEY("r06")]: { comment: "待电话核实" } }, edits: [typed("r06", "说明不充分"), typed("r01", "数据属实")], comment: "待电话核实", state: "待审核", line: "已把指标表“审核意见”列中 1 条意见移入审核表" }],
    ["a decision in force (已说明), comment typed beside the row after it: taken, the decision still 有效", { first: BASE, decisions: { [KEY("r06")]: { decision: "已说明", reviewer: "王审核" } }, edits: [typed("r06", "明年跟踪")], comment: "明年跟踪", state: "有效", line: "已把指标表“审核意见”列中 1 条意见移入审核表" }],
    // the comment is no re-check: nothing shows it was written after the change (RECONFIRM_WORDS' rule)
    ["a row 待复核 (value changed since 已说明): taken, still 待复核", { first: BASE, decisions: { [KEY("r06")]: { decision: "已说明", reviewer: "王审核" } }, edits: [at("r06", "in:2024", 0.5861), typed("r06", "已复核")], comment: "已复核", state: "待复核", line: "已把指标表“审核意见”列中 1 条意见移入审核表" }],
  ])("%s", async (_why, c) => {
    const f = await returnFile(c.first);
    let out = await run("review", f);
    if (c.decisions || c.edits) {
      await decide(f, c.decisions ?? {});
      if (c.decisions) await run("review", f);
      await edit(f, c.edits ?? []);
      out = await run("review", f);
    }
    const lines = out.split("\n").filter((l) => l.includes("“审核意见”列中"));
    expect(lines).toEqual(c.line === null ? [] : [c.line]);
    const row = (await reviewRows(f)).get(KEY("r06"))!;
    expect([row["comment"], row["review"]]).toEqual([c.comment, c.state]);
    // read only: what was typed beside the row stays there
    const mine = [...c.first, ...(c.edits ?? [])].filter((e) => e.key === "review" && e.id === "r06").pop();
    expect(await ownComment(f, tpl.id, "r06")).toBe(typeof mine?.value === "string" ? mine.value : "");
    // taken once: the next run says nothing and changes nothing of the row
    const again = await run("review", f);
    expect(again).not.toContain("“审核意见”列中");
    const next = (await reviewRows(f)).get(KEY("r06"))!;
    expect([next["comment"], next["review"]]).toEqual([c.comment, c.state]);
  }, 90000);
});

describe("project and reform rows: the list's 审核意见 too, said by its list", () => {
  test.each<[string, InputEntry[], Record<string, string>, string]>([
    ["a reform 推进中", [listEntry(RF, "ss24-reform-04", "state", "推进中"), listEntry(RF, "ss24-reform-04", "review", "进展属实")], { [LIST_KEY(RF, "ss24-reform-04")]: "进展属实" }, "已把改革清单“审核意见”列中 1 条意见移入审核表"],
    ["a project and a reform", [listEntry(PJ, "ss24-proj-03", "completed", 1.2), listEntry(PJ, "ss24-proj-03", "state", "在建"), listEntry(PJ, "ss24-proj-03", "review", "投资进度偏慢"), listEntry(RF, "ss24-reform-04", "state", "推进中"), listEntry(RF, "ss24-reform-04", "review", "进展属实")],
      { [LIST_KEY(PJ, "ss24-proj-03")]: "投资进度偏慢", [LIST_KEY(RF, "ss24-reform-04")]: "进展属实" }, "已把项目清单、改革清单“审核意见”列中 2 条意见移入审核表"],
  ])("%s", async (_why, entries, comments, line) => {
    const f = await listReturnFile(entries);
    const r = await cli("review", f);
    expect(r.out.split("\n").filter((l) => l.includes("“审核意见”列中"))).toEqual([line]);
    const rows = await reviewRows(f);
    for (const [key, text] of Object.entries(comments)) expect(rows.get(key)?.["comment"]).toBe(text);
    const en = await cli("review", await listReturnFile(entries), "--lang", "en");
    expect(en.out).toContain(`typed in the 审核意见 (comment) column of the ${line.includes("项目清单") ? "project list and reform list" : "reform list"} into the review sheet`);
  }, 60000);
});

/**
 * Session 46: a comment taken so and then emptied on the 审核 sheet (the reviewer deleted it on purpose) was taken again
 * on the next run, the indicator sheet still holding it: a person's deletion silently undone. The 审核 sheet's hidden
 * `carried` records which comment it has had; only a new or changed one is taken again (and said).
 */
describe("a comment taken from the indicator sheet is taken once: emptied on the 审核 sheet, it stays empty", () => {
  const A = "说明不充分，请补充";
  const B = "说明不充分，请补充到2025年";
  const TAKEN = "已把指标表“审核意见”列中 1 条意见移入审核表";
  const row = KEY("r06");
  /** What is done before one more `review`, and r06's 审核意见 and the run's line after it. */
  interface Step { decisions?: Decisions; edits?: InputEntry[]; /** the 审核 sheet as written before the record (its `carried` column gone) */ older?: true; comment: string; line: string | null }
  const empty: Decisions = { [row]: { comment: null } };
  test.each<[string, Step[]]>([
    ["emptied: stays empty, run after run", [{ decisions: empty, comment: "", line: null }, { comment: "", line: null }]],
    ["emptied beside a decision (已说明): stays empty, the decision 有效", [{ decisions: { [row]: { comment: null, decision: "已说明", reviewer: "王审核" } }, comment: "", line: null }]],
    ["emptied, then changed beside the row: the new one taken, said", [{ decisions: empty, comment: "", line: null }, { edits: [typed("r06", B)], comment: B, line: TAKEN }, { comment: B, line: null }]],
    ["changed beside the row while the 审核 sheet still holds the one taken: replaced, said", [{ edits: [typed("r06", B)], comment: B, line: TAKEN }, { comment: B, line: null }]],
    ["emptied, rewritten on the 审核 sheet, then changed beside the row: the reviewer's words kept", [{ decisions: empty, comment: "", line: null }, { decisions: { [row]: { comment: "已电话核实" } }, comment: "已电话核实", line: null }, { edits: [typed("r06", B)], comment: "已电话核实", line: null }]],
    ["emptied beside the row, then typed there again: taken again", [{ decisions: empty, comment: "", line: null }, { edits: [typed("r06", null)], comment: "", line: null }, { edits: [typed("r06", A)], comment: A, line: TAKEN }]],
    ["a 审核 sheet written before the record: recorded on the next run, then emptied stays empty", [{ older: true, comment: A, line: null }, { decisions: empty, comment: "", line: null }]],
  ])("%s", async (_why, steps) => {
    const f = await returnFile([...BASE, typed("r06", A)]);
    expect(await run("review", f)).toContain(TAKEN);
    for (const s of steps) {
      if (s.older) await forgetCarried(f);
      if (s.decisions) await decide(f, s.decisions);
      if (s.edits) await edit(f, s.edits);
      const out = await run("review", f);
      expect([out.split("\n").filter((l) => l.includes("“审核意见”列中")), (await reviewRows(f)).get(row)?.["comment"]]).toEqual([s.line === null ? [] : [s.line], s.comment]);
    }
    const decided = steps.flatMap((s) => Object.values(s.decisions ?? {})).some((d) => d["decision"]);
    expect((await reviewRows(f)).get(row)?.["review"]).toBe(decided ? "有效" : "待审核");
  }, 90000);
});

/** The 审核 sheet as a run before the `carried` record wrote it: the column's key and values gone. */
async function forgetCarried(f: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  const { ws, col } = reviewWorksheet(wb);
  const c = col.get("carried");
  if (c !== undefined) for (let r = KEY_ROW; r <= ws.rowCount; r++) ws.getCell(r, c).value = null;
  await wb.xlsx.writeFile(f);
}
