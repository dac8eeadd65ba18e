import { ledgerSheet } from "../../src/cycle/ledgerSheet";
import type { UnitFacts } from "../../src/cycle/UnitFacts";
import { FIRST_DATA_ROW } from "../../src/sheet/keys";

/**
 * The 报送台账's 填报单位 cell shows the unit with the word on it whole: a trial's printed ledger
 * cut 南岭乡（收到的文件无法汇总） to 南岭乡（收到的文件无法汇… in its one-line column.
 */
const base: UnitFacts = { unit: "南岭乡", deadline: "2024-01-31", state: "未报", errors: 0, unexplainedLags: 0, missing: 0, rows: 0, lock: "", versions: 0, changes: 0 };

test.each<[string, Partial<UnitFacts>, string, boolean]>([
  ["a unit alone stays one line", {}, "南岭乡", false],
  ["a unit whose file cannot be summed wraps", { unusable: "old_xls" } as Partial<UnitFacts>, "南岭乡（收到的文件无法汇总）", true],
  ["a unit not in the ledger wraps", { unlisted: true }, "南岭乡（不在台账中）", true],
])("%s", (_label, more, shown, wraps) => {
  const s = ledgerSheet([{ ...base, ...more }], 2023, "2024-02-05");
  const cell = s.cells.find((c) => c.address === `B${FIRST_DATA_ROW}`);
  expect(cell?.value).toBe(shown);
  expect(cell?.style).toBe(wraps ? "textWrap" : "text");
  const height = s.rowHeights[FIRST_DATA_ROW];
  expect(wraps ? (height ?? 0) >= 30 : height === undefined).toBe(true);
});
