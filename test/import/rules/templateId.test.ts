import { templateId, type IdRow } from "../../../src/import/rules/templateId";

const row = (name: string, baseline = "81.5", target = "82以上"): IdRow => ({ domain: "健康", number: "1", name, unit: "岁", baseline, target });
const ROWS = [row("人均预期寿命")];
const TITLE = "甲县“十四五”教育主要指标";

describe("templateId: from title, region and period; and the rows when the table has no title", () => {
  test("readable period, stable hash", () => {
    const a = templateId(TITLE, "甲县", 2020, 2025, ROWS);
    expect(a).toMatch(/^imported-2020-2025-[0-9a-f]{8}$/);
    expect(templateId(TITLE, "甲县", 2020, 2025, [row("人均预期寿命")])).toBe(a);
    expect(templateId("", "", 2020, 2025, [row("人均预期寿命")])).toBe(templateId("", "", 2020, 2025, ROWS));
  });

  test.each<[string, [string, string, number, number, IdRow[]], [string, string, number, number, IdRow[]]]>([
    ["another title", [TITLE, "甲县", 2020, 2025, ROWS], ["乙县“十四五”教育主要指标", "甲县", 2020, 2025, ROWS]],
    ["another region", [TITLE, "甲县", 2020, 2025, ROWS], [TITLE, "乙县", 2020, 2025, ROWS]],
    ["another baseline year", [TITLE, "甲县", 2020, 2025, ROWS], [TITLE, "甲县", 2021, 2025, ROWS]],
    ["untitled: another indicator", ["", "", 2020, 2025, ROWS], ["", "", 2020, 2025, [row("婴儿死亡率")]]],
    ["untitled: another target", ["", "", 2020, 2025, ROWS], ["", "", 2020, 2025, [row("人均预期寿命", "81.5", "83")]]],
    ["untitled: a row more", ["", "", 2020, 2025, ROWS], ["", "", 2020, 2025, [...ROWS, row("婴儿死亡率")]]],
    ["untitled: a yearly target", ["", "", 2020, 2025, ROWS], ["", "", 2020, 2025, [{ ...row("人均预期寿命"), yearlyTargets: { 2023: "81.8" } }]]],
    ["untitled: another region", ["", "甲县", 2020, 2025, ROWS], ["", "乙县", 2020, 2025, ROWS]],
  ])("%s: another id", (_d, a, b) => {
    expect(templateId(...a)).not.toBe(templateId(...b));
  });

  test("a titled plan keeps its id when a value is corrected", () => {
    expect(templateId(TITLE, "甲县", 2020, 2025, [row("人均预期寿命", "81.6", "83")])).toBe(templateId(TITLE, "甲县", 2020, 2025, ROWS));
  });
});
