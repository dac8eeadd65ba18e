import { duplicateNames, type NamedRow } from "../../../src/import/rules/duplicateNames";

describe("duplicateNames: indicators of one name (and part) in one table", () => {
  test.each<[string, NamedRow[], Array<{ first: number; again: number }>]>([
    ["all different", [{ name: "甲率" }, { name: "乙率" }], []],
    ["one name twice", [{ name: "甲率" }, { name: "乙率" }, { name: "甲率" }], [{ first: 0, again: 2 }]],
    ["three times: each with the first", [{ name: "甲率" }, { name: "甲率" }, { name: "甲率" }], [{ first: 0, again: 1 }, { first: 0, again: 2 }]],
    ["written with other spaces or brackets", [{ name: "每千人口床位数（张）" }, { name: "每千人口床位数 (张)" }], [{ first: 0, again: 1 }]],
    ["one name, two parts", [{ name: "参保率", part: "城镇" }, { name: "参保率", part: "农村" }], []],
    ["one name, one part twice", [{ name: "参保率", part: "城镇" }, { name: "参保率", part: "城镇" }], [{ first: 0, again: 1 }]],
  ])("%s", (_d, rows, pairs) => {
    expect(duplicateNames(rows)).toEqual(pairs);
  });
});
