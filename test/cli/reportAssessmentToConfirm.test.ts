import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { at, decide, edit, KEY, LOCKABLE, returnFile, run } from "../support/trialReturn";

/**
 * trial35 X1, the report's part: 河长制工作 (a words target) graded 已达标 by its 人工评估 read as settled in the report,
 * though the 人工评估 column is open to the filer and the reviewer had confirmed nothing. Now the report (the Word 分领域
 * line, the 附表's 说明, the paragraph, --json's `text`) says such a row 待审核确认 until a 审核结论 通过 or 已说明 holds
 * on it, and --json gives `assessmentConfirmed` on each row graded by its 人工评估. The row stays graded and counted by
 * its conclusion (evaluation-rules §3, our reading). On main no row said it and no item had the field.
 */
const d = { reviewer: "王审核", date: new Date(Date.UTC(2025, 1, 10)) };
const MARK = "（人工评估结论，待审核确认）";
const SENTENCE = "以上各项中，有 1 项按人工评估结论评估，尚待审核确认：河长制工作。";

type Item = { id: string; grade: string; assessmentConfirmed?: boolean };

test.each<[string, (f: string) => Promise<void>, boolean | undefined]>([
  // why, what the reviewer did, assessmentConfirmed (undefined: no such field)
  ["no review yet: to confirm", async () => {}, false],
  ["review ran, no decision on the row: to confirm", async (f) => { await run("review", f); }, false],
  ["退回修改 confirms nothing", async (f) => { await run("review", f); await decide(f, { [KEY("r13")]: { decision: "退回修改", comment: "请补填完成情况", ...d } }); }, false],
  ["通过 confirms it", async (f) => { await run("review", f); await decide(f, { [KEY("r13")]: { decision: "通过", comment: "河长制考核全省第3名", ...d } }); }, true],
  ["已说明 confirms it", async (f) => { await run("review", f); await decide(f, { [KEY("r13")]: { decision: "已说明", comment: "考核结果已核实", ...d } }); }, true],
  ["通过, then the conclusion changed (待复核): to confirm again", async (f) => {
    await run("review", f);
    await decide(f, { [KEY("r13")]: { decision: "通过", comment: "河长制考核全省第3名", ...d } });
    await edit(f, [at("r13", "assess", "符合序时进度")]);
  }, false],
  ["no 人工评估: not graded, no field", async (f) => { await edit(f, [at("r13", "assess", null)]); }, undefined],
])("%s", async (_why, act, confirmed) => {
  const f = await returnFile(LOCKABLE);
  await act(f);
  const json = JSON.parse(await run("report", f, "--json")) as { items: Item[]; text: string };
  const item = json.items.find((i) => i.id === "r13");
  expect(item?.assessmentConfirmed).toBe(confirmed);
  // still graded and counted by the conclusion, confirmed or not
  if (confirmed !== undefined) expect(item?.grade).not.toBe("not_graded");
  expect(json.text.includes(SENTENCE)).toBe(confirmed === false);

  const out = f.replace(/\.xlsx$/, ".docx");
  await run("report", f, "--out", out, "--force");
  const xml = await (await JSZip.loadAsync(readFileSync(out))).file("word/document.xml")?.async("string") ?? "";
  const text = xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
  // the 分领域 line and the 附表's 说明 each say it of this row
  expect(new RegExp(`河长制工作（预期性）：[^\\n]*${MARK}`).test(text)).toBe(confirmed === false);
  expect(text.includes("人工评估为已达标；人工评估结论，待审核确认") || text.includes("人工评估为符合序时进度；人工评估结论，待审核确认")).toBe(confirmed === false);
}, 90000);

test("--lang en says the same in English", async () => {
  const f = await returnFile(LOCKABLE);
  const json = JSON.parse(await run("report", f, "--json", "--lang", "en")) as { text: string };
  expect(json.text).toContain("Across these indicators, 1 indicator is graded by a 人工评估 (assessment) conclusion not yet confirmed by the reviewer: 河长制工作.");
}, 60000);
