import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";

/*
 * trial29c: a new user ran review and was left at 已生成「审核」表 with no word of what comes next. review now
 * ends with the next step: while rows wait for a 审核结论, who chooses it where, and then lock; once every row is
 * decided, lock. The counts are the 审核 sheet's own (待审核, 待复核).
 */
/** Decides every row 通过, but the rows `back` (1-based among the decided rows) 退回修改; their names, in sheet order. */
async function decideAll(file: string, back: number[] = [], upTo = Infinity): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("审核");
  if (!ws) throw new Error("no 审核 sheet");
  let header = 0, col = 0;
  ws.eachRow((row, r) => { row.eachCell((c, k) => { if (!col && c.value === "审核结论") { header = r; col = k; } }); });
  let n = 0;
  for (let r = header + 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value !== null && n < upTo) { n++; ws.getCell(r, col).value = back.includes(n) ? "退回修改" : "通过"; }
  await wb.xlsx.writeFile(file);
  return n;
}

test.each([
  ["zh", "下一步：审核人员在「审核」表的“审核结论”列为 48 条待审核的记录逐条选择（通过 / 退回修改 / 已说明）并保存，再运行 plan-returns review ", "各条均已审定：可运行 plan-returns lock "],
  ["en", 'Next: the reviewer chooses a 审核结论 (通过 / 退回修改 / 已说明) for 48 rows to review on the "审核" sheet and saves', "Every row is decided: run plan-returns lock "],
] as const)("review ends with what to do next, then says lock once every row is decided (%s)", async (lang, decide, lock) => {
  const f = join(mkdtempSync(join(tmpdir(), "review-next-")), "r.xlsx");
  expect((await cli("template", "zhoushan-2021-2025", "--year", "2023", "--out", f)).code).toBe(0);
  const first = await cli("review", f, "--lang", lang);
  expect(first.code).toBe(0);
  expect(first.out).toContain(decide);
  expect(first.out).not.toContain(lock);
  expect(await decideAll(f)).toBeGreaterThan(0);
  const again = await cli("review", f, "--lang", lang);
  expect(again.code).toBe(0);
  expect(again.out).toContain(lock);
  expect(again.out).not.toContain(decide.slice(0, 12));
  // s42: every row decided, nothing else to do first: the lock line alone, no 下一步 left over
  expect(again.out).not.toMatch(lang === "zh" ? /下一步/ : /Next:/);
}, 90000);

/*
 * trial34 M1: with rows decided 退回修改, review said 各条均已审定：可运行 plan-returns lock while lock refused (退回修改仍然有效).
 * review now asks lock's own reading (reviewTally.returned): the return goes back to its unit, those rows named; lock is not suggested.
 */
test.each([
  ["zh", [2, 5], /下一步：2 条审核结论为“退回修改”（工作表「审核」第 \d+ 行 [^、）]+、第 \d+ 行 [^）]+），请将本填报退回填报单位改正这些行/, "各条均已审定", "退回修改"],
  ["en", [3], /Next: 1 row is decided 退回修改 \(send back\) \(sheet "审核" row \d+ .+\): send the return back to its unit to correct it/, "Every row is decided", "退回修改"],
] as const)("review with 退回修改 rows sends the return back, as lock refuses it (%s)", async (lang, back, next, lockLine, refusal) => {
  const f = join(mkdtempSync(join(tmpdir(), "review-back-")), "r.xlsx");
  expect((await cli("template", "zhoushan-2021-2025", "--year", "2023", "--out", f)).code).toBe(0);
  expect((await cli("review", f, "--lang", lang)).code).toBe(0);
  expect(await decideAll(f, [...back])).toBeGreaterThan(back.length);
  const again = await cli("review", f, "--lang", lang);
  expect(again.code).toBe(0);
  expect(again.out).toMatch(next);
  expect(again.out).not.toContain(lockLine);
  // the same rule: lock refuses the return for those rows
  const lock = await cli("lock", f, "--reviewer", "王审核", "--lang", lang);
  expect(lock.code).not.toBe(0);
  expect(lock.err + lock.out).toContain(refusal);
}, 90000);

/**
 * final34 F3: rows still to decide beside a 退回修改 in force gave two next steps, the first ending 全部审定后运行
 * plan-returns lock, the second saying lock will not lock. The decide line then leaves lock out.
 * s42: the two were still two 下一步 lines, read as alternatives; one 下一步 now says both, in the order they are done:
 * decide the rows, then send the return back (the rows sent back named), and that lock does not lock meanwhile.
 */
test.each([
  ["zh", /^下一步：审核人员在「审核」表的“审核结论”列为 \d+ 条待审核的记录逐条选择（[^）]+）并保存，再运行 plan-returns review \S+ 查看；各条审定后：1 条审核结论为“退回修改”（第 \d+ 行 .+），请将本填报退回填报单位改正这些行；收到重新报送的文件后运行 plan-returns review "重新报送的文件" --replaces \S+ 复核；“退回修改”仍然有效时 plan-returns lock 不会锁定$/, "全部审定后运行 plan-returns lock", "下一步："],
  ["en", /^Next: the reviewer chooses a 审核结论 \([^)]+\) for \d+ rows to review on the "审核" sheet and saves, runs plan-returns review \S+ to see where things stand; once they are decided: 1 row is decided 退回修改 \(send back\) \(row \d+ .+\): send the return back to its unit to correct it; once the corrected file comes back, run plan-returns review "the file sent again" --replaces \S+ to review it again; plan-returns lock does not lock while a 退回修改 holds$/, "once every row is decided runs plan-returns lock", "Next: "],
] as const)("review with rows to decide and a 退回修改: one next step, deciding first, then sending back; no lock (%s)", async (lang, next, lockHint, head) => {
  const f = join(mkdtempSync(join(tmpdir(), "review-part-")), "r.xlsx");
  expect((await cli("template", "zhoushan-2021-2025", "--year", "2023", "--out", f)).code).toBe(0);
  expect((await cli("review", f, "--lang", lang)).code).toBe(0);
  expect(await decideAll(f, [2], 3)).toBe(3);
  const again = await cli("review", f, "--lang", lang);
  expect(again.code).toBe(0);
  const lines = again.out.split("\n").filter((l) => l.startsWith(head));
  expect(lines).toEqual([expect.stringMatching(next)]);
  expect(again.out).not.toContain(lockHint);
}, 90000);
