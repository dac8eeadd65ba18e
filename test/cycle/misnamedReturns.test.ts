import { misnamedReturns } from "../../src/cycle/misnamedReturns";
import type { ArrivedReturn } from "../../src/cycle/summaryCycle";

const arrived = (file: string, unit: string): ArrivedReturn => ({ file, unit, receivedAt: 0, lock: { locked: false } as ArrivedReturn["lock"], state: "已报", errors: 0, unexplainedLags: 0, explainedByReviewer: 0, held: 0, missing: 0, unassessed: 0, rows: 0, blank: null });

describe("misnamedReturns: a return filed under another unit's name", () => {
  test.each<[string, ArrivedReturn[], string[], Array<[string, string, string, boolean]>]>([
    ["its own name: nothing", [arrived("收到/2024-柯城区.xlsx", "柯城区")], ["柯城区", "龙游县"], []],
    ["the neighbour's copy beside the neighbour's own: passed over",
      [arrived("收到/2024-柯城区.xlsx", "柯城区"), arrived("收到/2024-龙游县.xlsx", "柯城区")], ["柯城区", "龙游县"], [["收到/2024-龙游县.xlsx", "柯城区", "龙游县", true]]],
    ["the neighbour's copy alone: counted for the cover's unit, said",
      [arrived("2024-龙游县.xlsx", "柯城区")], ["柯城区", "龙游县"], [["2024-龙游县.xlsx", "柯城区", "龙游县", false]]],
    ["a unit known only from another return (no ledger), a Windows path", [arrived("a/2024-普陀区.xlsx", "普陀区"), arrived("b\\2024-普陀区（改）.xlsx", "定海区")], [], [["b\\2024-普陀区（改）.xlsx", "定海区", "普陀区", false]]],
    ["a name that holds no unit: nothing", [arrived("第一版.xlsx", "柯城区")], ["柯城区", "龙游县"], []],
    ["the longest name counts: 舟山市定海区 within its own name", [arrived("2024-舟山市定海区.xlsx", "定海区")], ["定海区", "舟山市"], []],
    ["the cover names more than the file: 舟山市定海区 filed as 定海区", [arrived("2024-定海区.xlsx", "舟山市定海区")], ["定海区"], []],
    ["a blank 填报单位 is not judged", [arrived("2024-龙游县.xlsx", "")], ["柯城区", "龙游县"], []],
    ["a folder named after a unit is not the file's name", [arrived("龙游县/2024-柯城区.xlsx", "柯城区")], ["柯城区", "龙游县"], []],
  ])("%s", (_, given, expected, found) => {
    expect(misnamedReturns(given, expected).map((m) => [m.file, m.unit, m.named, m.passedOver])).toEqual(found);
  });
});
