/**
 * s43: check's 不能锁定 line says which 待复核 (or changed-since-the-lock) rows already hold 已复核 in their 审核意见
 * (“第 44 行审核意见里原有的“已复核”不算这次复核…”, trial42a F2), but `check --json`'s lockRefusals entry had no field
 * for them: a script saw the refusal without the fact the line gave. `stale` and `changed` now carry `rechecked`, the
 * 审核 rows the line names so ([] for none). On the old code the field is absent.
 */
import type { LockRefusal } from "../../src/cycle/lockRefusals";
import type { CheckReport } from "../../src/sheet/CheckReport";
import { lockRefusalJson } from "../../src/cli/lockRefusalJson";

const REPORT = { items: [], problems: [], counts: { missing: 0 } } as unknown as CheckReport;
const stale = (rechecked: number[]): LockRefusal => ({ code: "stale", n: 2, sheet: "审核", rows: [29, 44], items: [{ sheet: "表2", cell: "L29", name: "甲", row: 29, marked: true }, { sheet: "表2", cell: "L44", name: "乙", row: 44, marked: true }], unmarked: 0, returned: [], rechecked });
const changed = (rechecked: number[]): LockRefusal => ({ code: "changed", changes: [{ sheet: "表2", cell: "L44", name: "乙", was: "1", now: "2", field: "2024", row: 44, marked: true }], rechecked, sheet: "审核" });

test.each<[string, LockRefusal, "zh" | "en", number[], RegExp | null]>([
  ["待复核, one row already 已复核", stale([44]), "zh", [44], /第 44 行审核意见里原有的“已复核”不算这次复核/],
  ["待复核, one row already 已复核, in English", stale([44]), "en", [44], /row 44: the 已复核 \(re-checked\) already in the 审核意见/],
  ["待复核, none", stale([]), "zh", [], null],
  ["changed since the lock, already 已复核", changed([44]), "zh", [44], /第 44 行审核意见里原有的“已复核”不算这次复核/],
  ["changed since the lock, none, in English", changed([]), "en", [], null],
])("lockRefusals' %s: `rechecked` names the rows its message does", (_why, x, lang, rows, says) => {
  const json = lockRefusalJson(x, { file: "a.xlsx", report: REPORT }, lang);
  expect(json["rechecked"]).toEqual(rows);
  if (says) expect(json["message"]).toMatch(says);
  else expect(json["message"]).not.toMatch(/原有的“已复核”|already in the 审核意见/);
});
