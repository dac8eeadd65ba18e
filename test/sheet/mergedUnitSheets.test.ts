import { mergedUnitSheets, unitOfSheetName } from "../../src/sheet/mergedUnitSheets";

/**
 * A city merged its counties' returns into one workbook (a trial's 衢州市各县合并.xlsx: 柯城区's return
 * plus 7 sheets copied by 移动或复制 and renamed 衢江区, 龙游县, …): check took the copies for drafts and
 * advised deleting 柯城区's sheet. A copy named after another unit is that unit's return; the rule is
 * one (unitOfSheetName), by a list of units where a command has one, else by how unit names end.
 */
describe("which sheet names name another unit (unitOfSheetName)", () => {
  test.each<[string, string, string, string[], string | null]>([
    ["a county's name, no list", "衢江区", "柯城区", [], "衢江区"],
    ["a city's 本级, no list", "衢州市本级", "柯城区", [], "衢州市本级"],
    ["a 新城, no list", "衢州智造新城", "柯城区", [], "衢州智造新城"],
    ["a 市 among counties", "江山市", "柯城区", [], "江山市"],
    ["a 旗", "科尔沁左翼中旗", "通辽市本级", [], "科尔沁左翼中旗"],
    ["spaces ignored", " 龙游县 ", "柯城区", [], "龙游县"],
    ["Excel's copy name: a draft", "表1 (2)", "柯城区", [], null],
    ["a county name with Excel's copy mark: a draft", "衢江区 (2)", "柯城区", [], null],
    ["a draft's name", "草稿", "柯城区", [], null],
    ["a template sheet's title", "衢州市主要指标目标表", "柯城区", [], null],
    ["the cover's own unit", "柯城区", "柯城区", [], null],
    ["the cover's own unit, shorter than the cover", "柯城区", "衢州市柯城区", [], null],
    ["the cover's own unit with a word after it", "柯城区填报", "柯城区", [], null],
    ["the city's 本级 beside a cover of the city", "衢州市本级", "衢州市", [], "衢州市本级"],
    ["listed: a short name finds the listed unit", "衢江", "柯城区", ["柯城区", "衢江区"], "衢江区"],
    ["listed: the listed spelling is given", "衢江区", "柯城区", ["衢州市衢江区"], "衢州市衢江区"],
    ["listed: a name inside the sheet's", "龙游县填报", "柯城区", ["龙游县"], "龙游县"],
    ["listed: the longest listed name wins", "舟山市定海区", "普陀区", ["舟山市", "定海区", "舟山市定海区"], "舟山市定海区"],
    ["listed but a draft's name", "表1 (2)", "柯城区", ["衢江区"], null],
    ["a blank cover: a unit's name is still one", "衢江区", "", [], "衢江区"],
  ])("%s", (_why, name, cover, units, expected) => {
    expect(unitOfSheetName(name, cover, units)).toBe(expected);
  });
});

describe("copies that are other units' returns (mergedUnitSheets)", () => {
  test.each<[string, string[], string[]]>([
    ["seven counties' sheets", ["衢江区", "龙游县", "江山市"], ["衢江区", "龙游县", "江山市"]],
    ["a draft beside them stays a draft", ["衢江区", "柯城区 (2)"], ["衢江区"]],
    ["drafts only", ["表1 (2)", "草稿"], []],
  ])("%s", (_why, sheets, units) => {
    expect(mergedUnitSheets(sheets.map((sheet) => ({ sheet, of: "柯城区" })), "柯城区").map((x) => x.unit)).toEqual(units);
  });
});
