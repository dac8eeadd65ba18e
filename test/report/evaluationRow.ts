import { EMPTY, num, str, type CellValue } from "../../src/domain/CellValue";
import { emptyGradeCounts } from "../../src/domain/Grade";
import { gradeIndicator } from "../../src/domain/gradeIndicator";
import type { EvaluationRow, ReturnEvaluation } from "../../src/sheet/EvaluationReport";
import type { Status } from "../../src/domain/Status";
import { returnParagraph } from "../../src/sheet/returnParagraph";
import { valueToVerify } from "../../src/domain/valueToVerify";

/** What a test says of one row: the plan's line and the values a county entered, by year. */
export interface RowFacts {
  name: string;
  attribute?: string;
  unit: string;
  baseline: string;
  target: string;
  values: Record<number, number | string | null>;
  domain?: string;
  /** a reviewer's 人工评估 of a qualitative target (the status the 人工评估 cell gives) */
  assessment?: Status;
  /** a table with a target for each year (year → target as written) */
  yearlyTargets?: Record<string, string>;
  /** the plan's target year (2025 unless said: a 2021–2035 plan's rows say 2035) */
  targetYear?: number;
}

/** One indicator graded as evaluateReturn grades it (2020 baseline, 2025 target), in the report's row shape. */
export function evaluationRow(f: RowFacts, year: number, k = 0): EvaluationRow {
  const actuals: Record<string, CellValue> = {};
  for (const [y, v] of Object.entries(f.values)) actuals[y] = v === null ? EMPTY : typeof v === "number" ? num(v) : str(v);
  const spec = { name: f.name, unit: f.unit, baseline: f.baseline, target: f.target, baselineYear: 2020, targetYear: f.targetYear ?? 2025, ...(f.yearlyTargets ? { yearlyTargets: f.yearlyTargets } : {}) };
  const graded = gradeIndicator({ spec, year, actuals, ...(f.assessment ? { assessment: f.assessment } : {}) });
  const v = f.values[year];
  return {
    template: "t", templateTitle: "某市交通规划", id: `r${k}`, name: f.name, unit: f.unit, domain: f.domain ?? "设施网络", sheet: "表1",
    baseline: f.baseline, target: f.target, baselineYear: 2020, targetYear: f.targetYear ?? 2025, actual: v === null || v === undefined ? "" : String(v), note: "", graded,
    ...(f.attribute ? { attribute: f.attribute } : {}),
  };
}

/** evaluationRow with its value to verify, as evaluateReturn sets it (valueToVerify; both readings of a running total where the report left the row ungraded on a doubted value). */
export function verifiedRow(f: RowFacts, year: number): EvaluationRow {
  const r = evaluationRow(f, year);
  const verify = valueToVerify(r.graded.result.issues, r.graded.result.value, r.graded.reason === "scale_suspect");
  if (verify) r.verify = verify;
  return r;
}

/** A county's return evaluated, its paragraph counted from its rows (as evaluateReturn makes it). */
export function returnOf(unit: string, rows: RowFacts[], year: number): ReturnEvaluation {
  const items = rows.map((r, k) => evaluationRow(r, year, k));
  const counts = emptyGradeCounts();
  for (const i of items) counts[i.graded.grade]++;
  // the plan's target year: the rows' (2025 unless a row says, as a 2021–2035 plan's do)
  const t = Math.max(2025, ...rows.map((r) => r.targetYear ?? 2025));
  return { unit, file: unit, titles: ["某市交通规划"], sources: [{ document: "某市交通规划", targetYear: t }], templates: [{ id: "t", title: "某市交通规划", kind: "indicators", rows: "00000000" }], regions: [], year, targetYear: t, items, projects: [], reforms: [], counts, text: returnParagraph({ items, year, targetYear: t }, "zh") };
}
