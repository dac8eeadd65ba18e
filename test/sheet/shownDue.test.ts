import { shownDue } from "../../src/sheet/shownDue";

test.each<[number, string]>([
  [0.596, "0.596"],   // 灌溉水有效利用系数 due 0.596 against 0.60: not 0.6
  [0.0163, "0.0163"],
  [4.62, "4.62"],
  [12.345, "12.35"],
  [1234.567, "1234.57"],
  [99.999, "100"],
  [0, "0"],
  [-0.5, "-0.5"],
])("%s shows %s", (n, shown) => {
  expect(shownDue(n)).toBe(shown);
});
