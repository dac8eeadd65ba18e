import { numberFormatKind } from "../../src/hosts/storedNumber";
import { serialDate } from "../../src/hosts/serialDate";
import { timeShown } from "../../src/hosts/timeShown";

/** Issue 12: which number formats are percent styles and dates, and what date a serial is in each system. */
test.each([
  ["0%", "percent"], ["0.00%", "percent"], ["0.0%;[Red]-0.0%", "percent"], ["[Blue]0%", "percent"],
  ["0.0\\%", "plain"], ['0.00"%"', "plain"], ['0.0"%"', "plain"], ['#,##0"人"', "plain"], ["0_%", "plain"], ["General", "plain"],
  ["0\\年", "plain"], ['0"年"', "plain"], ["yyyy-mm-dd", "date"], ['yyyy"年"m"月"d"日"', "date"], ["[$-F800]dddd", "date"],
  ["yyyy-mm-dd h:mm", "date"], ["mmm-yy", "date"], ["m/d", "date"], ["mm", "date"],
  ["h:mm", { time: "h:mm" }], ["[h]:mm:ss", { time: "[h]:mm:ss" }], ['h"时"mm"分"', { time: 'h"时"mm"分"' }],
])("%s is %s", (code, kind) => {
  expect(numberFormatKind(code)).toEqual(kind);
});

// trial 28a: 0.5 in h:mm was said to show 1899-12-31; the cell shows 12:00
test.each<[number, string, string | null]>([
  [0.5, "h:mm", "12:00"], [0.5, "hh:mm:ss", "12:00:00"], [1.5, "h:mm", "12:00"], [1.5, "[h]:mm", "36:00"], [1.5, "[h]:mm:ss", "36:00:00"],
  [0.75, "h:mm AM/PM", "6:00 PM"], [0, "h:mm AM/PM", "12:00 AM"], [0.25, "h:mm:ss am/pm", "6:00:00 am"],
  [0.5, 'h"时"mm"分"', "12时00分"], [0.75, '上午/下午h"时"mm"分"', "下午6时00分"], [0.0416666667, "[$-F400]h:mm:ss AM/PM", "1:00:00 AM"],
  [0.00001, "mm:ss.0", "00:00.9"], [0.9999, "h:mm", "23:59"], [0.6, "[Red]h:mm;@", "14:24"],
  [0.5, "yyyy-mm-dd h:mm", null], [0.5, "mmm", null], [0.5, "0.00", null], [-0.5, "h:mm", null], [Number.NaN, "h:mm", null],
])("%s in %s shows %s", (n, code, shown) => {
  expect(timeShown(n, code)).toBe(shown);
});

test.each([
  [1, false, "1900-01-01"], [59, false, "1900-02-28"], [61, false, "1900-03-01"], [45473, false, "2024-06-30"],
  [0, true, "1904-01-01"], [44011, true, "2024-06-30"], [45473.75, false, "2024-06-30"],
])("serial %s (1904: %s) is %s", (n, date1904, iso) => {
  expect(serialDate(n, date1904).toISOString().slice(0, 10)).toBe(iso);
});
