import { deletedNote, missingWords } from "../../src/cycle/missingWords";

// 衢江区 deleted a row: the chase line said 衢江区 1 项（共 54 项）…请督促补填, though it cannot fill a row it no longer has
describe("missingWords: the rows 未填报 a unit is chased for, the deleted ones said", () => {
  test.each<[string, { missing: number; rows: number; deleted?: number }, string, string]>([
    ["blank rows only", { missing: 3, rows: 54 }, "3 项（共 54 项）", "3 of 54"],
    ["its one 未填报 row deleted", { missing: 1, rows: 54, deleted: 1 }, "1 项（共 54 项；其中 1 项的行已从填报表中删除，无法直接补填：请用下发的原表补回该行后填写）",
      "1 of 54 (its row was deleted from the return: restore it from the distributed workbook, then fill it in)"],
    ["two blank, one deleted", { missing: 3, rows: 54, deleted: 1 }, "3 项（共 54 项；其中 1 项的行已从填报表中删除，无法直接补填：请用下发的原表补回该行后填写）",
      "3 of 54 (the row of 1 of them was deleted from the return: restore it from the distributed workbook, then fill it in)"],
  ])("%s", (_why, f, zh, en) => {
    expect(missingWords(f, "zh")).toBe(zh);
    expect(missingWords(f, "en")).toBe(en);
    expect(deletedNote(f, "zh") === "").toBe(!f.deleted);
  });
});
