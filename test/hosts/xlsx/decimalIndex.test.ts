import { decimalIndex } from "../../../src/hosts/xlsx/decimalIndex";

/** decimalIndex is Number() for every text, read by char codes where it is 1–9 digits (a cell's s, a row's r, a shared string's index). */
test.each<[string, number]>([
  ["17", 17], ["0", 0], ["007", 7], ["123456789", 123456789],
  // past 9 digits, or anything but digits: Number() decides
  ["1234567890", 1234567890], ["", 0], [" 5", 5], ["5 ", 5], ["1e3", 1000], ["-3", -3], ["3.5", 3.5], ["+2", 2], ["0x10", 16], ["x", NaN], ["1٢", NaN],
])("%j is %d, as Number() reads it", (s, n) => {
  expect(decimalIndex(s)).toBe(n);
  expect(decimalIndex(s)).toBe(Number(s));
});
