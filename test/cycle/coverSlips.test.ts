import { coverSlips } from "../../src/cycle/coverSlips";

/*
 * trial46a F1: 2023-兰溪市.xlsx, distributed to 兰溪市, came back with 兰西市 on its cover. summary and report counted a
 * seventh unit 兰西市 (不在台账中) and chased 兰溪市 as 未报. A cover unit known nowhere, on the file distribute sent a listed
 * unit no other return covers, is that unit's; a cover naming a known unit is a real conflict, kept as the cover says.
 */
const LEDGER = ["婺城区", "兰溪市", "义乌市"];
const r = (file: string, unit: string, own = 2023): { file: string; unit: string; own: number } => ({ file, unit, own });

test.each([
  ["a misspelt cover on the unit's distributed file: the unit's", [r("收到/2023-兰溪市.xlsx", "兰西市"), r("收到/2023-婺城区.xlsx", "婺城区")], LEDGER, [{ file: "收到/2023-兰溪市.xlsx", typed: "兰西市", unit: "兰溪市" }]],
  ["Windows path, upper-case extension", [r("C:\\收到\\2023-兰溪市.XLSX", "兰西市")], LEDGER, [{ file: "C:\\收到\\2023-兰溪市.XLSX", typed: "兰西市", unit: "兰溪市" }]],
  ["no list: nothing is known to be misspelt", [r("收到/2023-兰溪市.xlsx", "兰西市")], [], []],
  ["the cover names another listed unit (a county filled its neighbour's file): kept", [r("收到/2023-兰溪市.xlsx", "婺城区")], LEDGER, []],
  ["the cover names another return's unit, on no list (it sent its own too): kept", [r("收到/2023-兰溪市.xlsx", "兰西市"), r("收到/2023-兰西市.xlsx", "兰西市")], LEDGER, []],
  ["the file's unit sent a return of its own: kept (two files claim it)", [r("收到/2023-兰溪市.xlsx", "兰西市"), r("收到/兰溪市报表.xlsx", "兰溪市")], LEDGER, []],
  ["a renamed file tells no unit", [r("收到/兰溪市2023.xlsx", "兰西市")], LEDGER, []],
  ["another year's distributed name tells no unit", [r("收到/2022-兰溪市.xlsx", "兰西市")], LEDGER, []],
  ["a file's name of a unit not listed", [r("收到/2023-东阳市.xlsx", "东杨市")], LEDGER, []],
  ["the cover right: nothing", [r("收到/2023-兰溪市.xlsx", "兰溪市")], LEDGER, []],
  ["a blank cover is coverlessUnit's, not a slip", [r("收到/2023-兰溪市.xlsx", "")], LEDGER, []],
] as const)("coverSlips: %s", (_name, arrived, listed, slips) => {
  expect(coverSlips(arrived, listed)).toEqual(slips);
});
