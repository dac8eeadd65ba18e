import { typedYear } from "../../src/ui/taskpane/typedYear";

describe("typedYear: 填报年度 as typed", () => {
  test.each([
    ["2023", 2023],
    [" 2023 ", 2023],
    // a trial's ２０２３ and 2023年 were refused, where cells take ９５
    ["２０２３", 2023],
    ["2023年", 2023],
    ["２０２３年度", 2023],
    ["23", null],
    ["1999", null],
    ["2101", null],
    ["2023.5", null],
    ["二〇二三", null],
    ["", null],
  ])("%p → %p", (raw, year) => {
    expect(typedYear(raw)).toBe(year);
  });
});
