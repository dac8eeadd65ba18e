import { numberFormatKind } from "../../src/hosts/storedNumber";
import { serialDate } from "../../src/hosts/serialDate";

/** Issue 12: which number formats are percent styles and dates, and what date a serial is in each system. */
test.each([
  ["0%", "percent"], ["0.00%", "percent"], ["0.0%;[Red]-0.0%", "percent"], ["[Blue]0%", "percent"],
  ["0.0\\%", "plain"], ['0.00"%"', "plain"], ['0.0"%"', "plain"], ['#,##0"人"', "plain"], ["0_%", "plain"], ["General", "plain"],
  ["0\\年", "plain"], ['0"年"', "plain"], ["yyyy-mm-dd", "date"], ['yyyy"年"m"月"d"日"', "date"], ["[$-F800]dddd", "date"], ["h:mm", "date"],
])("%s is %s", (code, kind) => {
  expect(numberFormatKind(code)).toBe(kind);
});

test.each([
  [1, false, "1900-01-01"], [59, false, "1900-02-28"], [61, false, "1900-03-01"], [45473, false, "2024-06-30"],
  [0, true, "1904-01-01"], [44011, true, "2024-06-30"], [45473.75, false, "2024-06-30"],
])("serial %s (1904: %s) is %s", (n, date1904, iso) => {
  expect(serialDate(n, date1904).toISOString().slice(0, 10)).toBe(iso);
});
