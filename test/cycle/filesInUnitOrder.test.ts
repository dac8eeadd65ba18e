import { filesInUnitOrder } from "../../src/cycle/filesInUnitOrder";

/** Files ordered by the units their names give (as distribute names them), before they are read. */
test.each<[string, string[], string[] | undefined, string[]]>([
  ["no list: as given", ["收到/2024-丁县.xlsx", "收到/2024-甲县.xlsx"], undefined, ["收到/2024-丁县.xlsx", "收到/2024-甲县.xlsx"]],
  ["distribute's names in code-point order: the ledger's", ["收到/2024-丁县.xlsx", "收到/2024-丙区.xlsx", "收到/2024-乙县.xlsx", "收到/2024-甲县.xlsx"], ["甲县", "乙县", "丙区", "丁县"],
    ["收到/2024-甲县.xlsx", "收到/2024-乙县.xlsx", "收到/2024-丙区.xlsx", "收到/2024-丁县.xlsx"]],
  ["a name that is no unit's stays after them, in its place", ["a/乙县自己改的.xlsx", "a/2024-乙县.xlsx", "a/甲县.xlsx"], ["甲县", "乙县"], ["a/甲县.xlsx", "a/2024-乙县.xlsx", "a/乙县自己改的.xlsx"]],
  ["a unit made safe for a file name (a/b → a_b)", ["x/2024-B.xlsx", "x/2024-a_b.xlsx"], ["a/b", "B"], ["x/2024-a_b.xlsx", "x/2024-B.xlsx"]],
  ["two versions of one unit keep their order", ["v1/2024-乙县.xlsx", "v2/2024-乙县.xlsx", "v1/2024-甲县.xlsx"], ["甲县", "乙县"], ["v1/2024-甲县.xlsx", "v1/2024-乙县.xlsx", "v2/2024-乙县.xlsx"]],
])("%s", (_why, files, units, ordered) => {
  expect(filesInUnitOrder(files, units)).toEqual(ordered);
});
