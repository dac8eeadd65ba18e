/**
 * trial33 P12: text typed into the 审核 sheet's generated columns (问题, 状态 …) was silently rewritten by review (and
 * the pane's 生成审核表, the same reviewSheet). Our columns are written again from the check, as before; what the person
 * typed over them is kept in a column of their own (KEPT_EDITS), run after run: nothing a person made is lost.
 */
import { KEPT_EDITS } from "../../src/sheet/reviewSheet";
import { decide, KEY, returnFile, reviewRows, run, V1 } from "../support/trialReturn";

const KEPT = `extra:${KEPT_EDITS}`;

test.each<[string, Record<string, Record<string, string>>, Record<string, string>]>([
  ["nothing typed over our columns: no column added", {}, {}],
  ["问题 typed over on one row", { [KEY("r04")]: { issue: "已电话核实，3.2 为初步统计" } }, { [KEY("r04")]: "问题：已电话核实，3.2 为初步统计" }],
  ["状态 and 填报说明 typed over on another", { [KEY("r08")]: { status: "已核实", note: "见附件" } }, { [KEY("r08")]: "状态：已核实；填报说明：见附件" }],
])("%s", async (_, typed, kept) => {
  const f = await returnFile(V1);
  await run("review", f);
  const before = await reviewRows(f);
  await decide(f, typed);
  await run("review", f);
  const rows = await reviewRows(f);
  // our columns hold the check's words again
  for (const [key, cols] of Object.entries(typed)) for (const k of Object.keys(cols)) expect(rows.get(key)?.[k]).toBe(before.get(key)?.[k]);
  const found = Object.fromEntries([...rows].flatMap(([key, row]) => (row[KEPT] ? [[key, row[KEPT]]] : [])));
  expect(found).toEqual(kept);
  // and kept again, once, on the next run
  await run("review", f);
  const again = Object.fromEntries([...(await reviewRows(f))].flatMap(([key, row]) => (row[KEPT] ? [[key, row[KEPT]]] : [])));
  expect(again).toEqual(kept);
}, 120000);
