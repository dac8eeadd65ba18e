import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { docxText } from "../support/docxText";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * A value equal to a strict bound (64 against >64) is not met, while its 进度 reads 100.0% beside
 * 序时进度 100.0%: the report's line says the value equals the target and the target asks for more
 * (a trial read 未完成 beside 100.0% as a contradiction).
 */
const share = (target: string, v: number): RowFacts => ({ name: "城镇就业占比", attribute: "预期性", unit: "%", baseline: "61.6", target, values: { 2021: 62, 2022: 62.8, 2023: 63.5, 2024: 63.9, 2025: v }, domain: "就业" });
const rate = (target: string, v: number): RowFacts => ({ name: "城镇调查失业率", attribute: "预期性", unit: "%", baseline: "5.8", target, values: { 2021: 5.6, 2022: 5.5, 2023: 5.4, 2024: 5.2, 2025: v }, domain: "就业" });

test.each<[string, RowFacts, string | null]>([
  [">64 met exactly", share(">64", 64), "等于目标值 64，目标要求大于 64"],
  ["<5 met exactly", rate("<5", 5), "等于目标值 5，目标要求小于 5"],
  ["≥64 met exactly: achieved, nothing to add", share("≥64", 64), null],
  [">64 passed", share(">64", 64.2), null],
])("%s", async (_why, row, said) => {
  const c = combineEvaluations([returnOf("城关县", [row], 2025)]);
  if (!c.ok) throw new Error("not combined");
  const text = await docxText(c.report);
  const line = text.split("\n").find((l) => l.startsWith(`${row.name}（`)) ?? "";
  expect(line).not.toBe("");
  if (said === null) expect(line).not.toContain("等于目标值");
  else expect(line).toContain(said);
});
