import { templateId } from "../../../src/import/rules/templateId";

describe("templateId: from title, region and period", () => {
  test("readable period, stable hash; different plans differ", () => {
    const a = templateId("甲县“十四五”教育主要指标", "甲县", 2020, 2025);
    expect(a).toMatch(/^imported-2020-2025-[0-9a-f]{8}$/);
    expect(templateId("甲县“十四五”教育主要指标", "甲县", 2020, 2025)).toBe(a);
    const others = [
      templateId("乙县“十四五”教育主要指标", "乙县", 2020, 2025),
      templateId("甲县“十四五”教育主要指标", "乙县", 2020, 2025),
      templateId("甲县“十四五”卫生主要指标", "甲县", 2020, 2025),
      templateId("甲县“十四五”教育主要指标", "甲县", 2021, 2025),
    ];
    expect(new Set([a, ...others]).size).toBe(5);
  });
});
