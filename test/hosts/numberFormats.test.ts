import { numberFormatKind, storedNumber } from "../../src/hosts/storedNumber";
import { cellAsText } from "../../src/domain/cellAsText";
import { serialDate } from "../../src/hosts/serialDate";
import { timeShown } from "../../src/hosts/timeShown";

/** Issue 12: which number formats are percent styles and dates, and what date a serial is in each system. */
const fixed = (decimals: number, percent: boolean): { decimals: number; percent: boolean } => ({ decimals, percent });
test.each([
  ["0%", fixed(0, true)], ["0.00%", fixed(2, true)], ["0.0%;[Red]-0.0%", fixed(1, true)], ["[Blue]0%", fixed(0, true)], ["0.0#%", "percent"],
  ["0.0\\%", "plain"], ['0.00"%"', "plain"], ['0.0"%"', "plain"], ['#,##0"人"', "plain"], ["0_%", fixed(0, false)], ["General", "plain"],
  // the common fixed-decimals styles (trial40b F13); spacing (`_ `, `_)`) and a second section do not change what shows
  ["0", fixed(0, false)], ["0.0", fixed(1, false)], ["0.00", fixed(2, false)], ["#,##0", fixed(0, false)], ["#,##0.00", fixed(2, false)],
  ["0.00_ ", fixed(2, false)], ["#,##0.00_);(#,##0.00)", fixed(2, false)], ["0.0;[Red]-0.0", fixed(1, false)],
  ['0.0"万"', "plain"], ["0.00E+00", "plain"], ["#,##0.0#", "plain"],
  // the Text format (trial44a F4: a number retyped there stays text); an @ in a number format's text section formats numbers as numbers
  ["@", "text"], [" @ ", "text"], ["0.00;-0.00;0;@", fixed(2, false)], ["General;General;General;@", "plain"],
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

// trial40b F13: a number reads as its fixed-decimals style shows it (235.456789 in 0.00 is 235.46), as a percentage does;
// General and unknown styles as stored. On main 0.00 was "plain": 235.456789.
test.each<[number, string, string]>([
  [235.456789, "0.00", "235.46"], [235.456789, "0", "235"], [1234.5, "#,##0.00", "1234.50"], [1.005, "0.00", "1.01"],
  [-2.345, "0.0", "-2.3"], [-0.04, "0.0", "0.0"], [61.5, "0.0", "61.5"], [0.0625, "0.0%", "6.3%"], [0.583, "0.0%", "58.3%"],
  [235.456789, "General", "235.456789"], [235.456789, '0.0"万"', "235.456789"], [0.0625, "0.0#%", "6.25%"],
])("%s in %s reads %s", (n, code, text) => {
  expect(cellAsText(storedNumber(n, numberFormatKind(code)))).toBe(text);
});

test("a fixed style that shows the number's own text adds nothing to it (the engine's value as before)", () => {
  expect(storedNumber(61.5, numberFormatKind("0.0"))).toEqual({ type: "number", value: 61.5 });
  expect(storedNumber(0.583, numberFormatKind("0.0%"))).toEqual({ type: "number", value: 0.583, percentStyle: true });
  expect(storedNumber(235.456789, numberFormatKind("0.00"))).toEqual({ type: "number", value: 235.456789, shown: "235.46" });
});
