/**
 * perYearCounts: the roll dialog's count of the cover's sign-offs names the ones it clears (trial46b F8: the English
 * line said 「1 sign-off … (填报日期, 签字, 审核人)」 when only 填报日期 was filled), by the cover's own labels less the
 * （签字） gloss, in the cover's order; the other kinds name no fields.
 */
import { perYearCounts, type PerYearCell } from "../../src/sheet/perYearCells";
import { SIGNATORIES } from "../../src/sheet/coverSheet";

const cover = (key: string): PerYearCell => ({ sheet: "填报说明", row: SIGNATORIES.find((s) => s.key === key)?.row ?? 0, col: 3, key });
const note: PerYearCell = { sheet: "表2", row: 8, col: 16, key: "note" };

describe("perYearCounts names the sign-offs it counts", () => {
  test.each<[string, PerYearCell[], Array<{ kind: string; n: number; fields: string[] }>]>([
    ["填报日期 alone", [cover("date")], [{ kind: "signOff", n: 1, fields: ["填报日期"] }]],
    ["单位负责人（签字） and 审核人", [cover("head"), cover("reviewer")], [{ kind: "signOff", n: 2, fields: ["单位负责人", "审核人"] }]],
    ["a 说明 and 填报日期", [note, cover("date")], [{ kind: "note", n: 1, fields: [] }, { kind: "signOff", n: 1, fields: ["填报日期"] }]],
  ])("%s", (_n, cells, expected) => {
    expect(perYearCounts(cells)).toEqual(expected);
  });
});
