import { classifyUnit } from "../../src/domain/Unit";
import { unitText } from "../../src/domain/unitText";
import { unitAfterNumber } from "../../src/domain/unitAfterNumber";
import { withUnit } from "../../src/domain/evaluationText";
import { EVALUATION_WORDS } from "../../src/domain/evaluationWords";
import { checkActual } from "../../src/domain/checkActual";
import { str } from "../../src/domain/CellValue";
import { detectUnit } from "../../src/domain/Unit";
import { NO_PLAN } from "../../src/domain/PlanFigures";

// a plan's unit column writes a dash (or 无) for a number with no unit: classified once, in Unit.ts,
// as a ratio, so check, sheet and report append nothing (a trial: "2.81—", "提高 0.43 —")
test.each<[string, string, string, string]>([
  ["an em dash", "—", "", "2.81"],
  ["a double em dash", "——", "", "2.81"],
  ["an en dash", "–", "", "2.81"],
  ["a hyphen", "-", "", "2.81"],
  ["a full-width hyphen", "－", "", "2.81"],
  ["a slash", "/", "", "2.81"],
  ["无", "无", "", "2.81"],
  ["比", "比", "", "2.81"],
  ["a unit, after a space", "万人次", " 万人次", "2.81 万人次"],
  ["a rate with a slash stays a unit", "人/亿元", " 人/亿元", "2.81 人/亿元"],
  ["no unit given", "", "", "2.81"],
  // a trial's 孕产妇死亡率（1/10万）: 8.5 was written 8.51/10万
  ["a unit that begins with a digit is bracketed", "1/10万", "（1/10万）", "2.81（1/10万）"],
  ["10万人 too", "10万人", "（10万人）", "2.81（10万人）"],
])("%s", (_d, unit, text, shown) => {
  // joined to a number (unitAfterNumber) a unit beginning with a digit is bracketed; unitText is the bare unit
  expect(unitAfterNumber(unit)).toBe(text);
  expect(unitText(unit)).toBe(text.trim().replace(/^（(.*)）$/, "$1"));
  expect(withUnit("2.81", unit)).toBe(shown);
  if (text === "" && unit !== "") expect(classifyUnit(unit)).toBe("ratio");
});

// the pace and the check's expectation say such a unit once, not run into the number nor in double brackets
test("a 1/10万 row: the report's pace and the check's expectation", () => {
  expect(EVALUATION_WORDS.zh.paceValue(-1.1, "1/10万", false, (v) => String(v))).toBe("降低 1.1（1/10万）");
  const r = checkActual(str("暂无"), { unit: detectUnit("孕产妇死亡率（1/10万）"), name: "孕产妇死亡率（1/10万）", plan: { ...NO_PLAN, numbers: [9.2, 8] } });
  expect(r.issues[0]?.expected).toBe("1/10万 ≥ 0");
});

// a trial's English report: "needs a rise of 1 percentage points"
test.each<[number, string]>([[1, "a rise of 1 percentage point"], [-1, "a fall of 1 percentage point"], [1.5, "a rise of 1.5 percentage points"], [2, "a rise of 2 percentage points"]])("English pace %s: %s", (v, said) => {
  expect(EVALUATION_WORDS.en.paceValue(v, "%", false, (x) => String(x))).toBe(said);
});
