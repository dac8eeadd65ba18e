import { unrolledUnit } from "../../src/cycle/unrolledUnit";
import type { UnusableFile } from "../../src/cycle/UnusableFile";

/**
 * Which unit a file a folder's rollover passed over keeps in the new 报送台账, and by which step (session 43: the ended
 * 十四五's 定海区 was written into the new ledger and told to roll over the return rollover refuses).
 */
const ended: UnusableFile = { file: "收到/2025-定海区.xlsx", reason: "outside_plan", message: "", unit: "定海区", period: { title: "“十四五”公共服务", from: 2021, to: 2025, own: 2025, year: 2026 } };
const file = (x: Pick<UnusableFile, "reason">, unit: string | null = "定海区"): UnusableFile =>
  ({ file: ended.file, message: "", ...x, ...(unit === null ? {} : { unit }), ...(x.reason === "outside_plan" && ended.period ? { period: ended.period } : {}) });

test.each<[string, UnusableFile, string[], string[] | undefined, string | undefined]>([
  ["an ended plan's return, no old ledger: no unit of this plan", ended, [], undefined, undefined],
  ["an ended plan's return, a ledger not listing the unit", ended, [], ["岱山县"], undefined],
  ["an ended plan's return, the ledger listing the unit: sent the plan's form", ended, [], ["岱山县", "定海区"], "distribute"],
  ["an ended plan's return of a unit with a return of the year: none", ended, ["定海区"], ["定海区"], undefined],
  ["another plan's return, no old ledger", file({ reason: "other_plan" }), [], undefined, undefined],
  ["another running plan's return, listed: its latest return on this plan rolled over, not that file", file({ reason: "other_plan" }), [], ["定海区"], "roll_this_plan"],
  ["another running plan's return of a unit with a return of the year: none", file({ reason: "other_plan" }), ["定海区"], ["定海区"], undefined],
  ["another version's return, listed: its latest return rolled over", file({ reason: "other_version" }), [], ["定海区"], "roll"],
  ["an .xls, no old ledger: its unit's latest return rolled over", file({ reason: "old_xls" }), [], undefined, "roll"],
  ["the folder's own ledger: no unit", file({ reason: "ledger" }), [], undefined, undefined],
  ["a file naming no unit", file({ reason: "damaged" }, null), [], undefined, undefined],
])("%s", (_why, x, done, listed, step) => {
  expect(unrolledUnit(x, new Set(done), listed)?.step).toBe(step);
});
