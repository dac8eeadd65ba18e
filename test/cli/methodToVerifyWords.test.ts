import { emptyCounts } from "../../src/domain/Status";
import { methodToVerifyByStatus, statusCountsText, toConfirmByStatus, toVerifyByStatus } from "../../src/domain/statusCountsText";
import { toVerifyLine } from "../../src/sheet/toVerifyLine";

/**
 * Session 34: the report says 未能评估（计算方法待核实） of a rate's compounded falls (§3 compounded_fall: the values stand,
 * the plan's method is in doubt), but check's totals (已达标 3（其中 2 项数值待核实）) and summary's line (评估报告不予评估
 * （未能评估，数值待核实）) still said 数值待核实 of them. The reason is carried per row (CheckItem.ungraded, SummaryFigures
 * toVerify[].verify) into both texts, in Chinese and English.
 */
type Row = { status: "met" | "on_track"; ungraded: string };
const rows = (...codes: string[]): Row[] => codes.map((c) => ({ status: "met", ungraded: c }));

test.each<[string, Row[], "zh" | "en", string]>([
  ["values alone: as before", rows("scale_suspect", "far_from_plan"), "zh", "已达标 3（其中 2 项数值待核实）"],
  ["methods alone", rows("compounded_fall", "compounded_fall"), "zh", "已达标 3（其中 2 项计算方法待核实）"],
  ["one of each", rows("scale_suspect", "compounded_fall"), "zh", "已达标 3（其中 1 项数值待核实、1 项计算方法待核实）"],
  ["a method, in English", rows("compounded_fall"), "en", "Met 3 (1 of them a method to verify)"],
  ["methods, in English", rows("compounded_fall", "compounded_fall"), "en", "Met 3 (2 of them methods to verify)"],
  ["one of each, in English", rows("scale_suspect", "compounded_fall"), "en", "Met 3 (1 of them a value to verify, 1 a method to verify)"],
])("check's and summary's totals (statusCountsText): %s", (_, r, lang, start) => {
  const text = statusCountsText({ ...emptyCounts(), met: 3 }, toVerifyByStatus(r), lang, methodToVerifyByStatus(r));
  expect(text.split("  ")[0]).toBe(start);
});

const line = (codes: string[], lang: "zh" | "en"): string => toVerifyLine({
  year: 2030,
  toVerify: codes.map((verify, i) => ({ unit: "甲县", status: "met", verify, item: { name: `指标${i + 1}`, cells: { "2030": `P${i + 9}` }, statusCell: `S${i + 9}` } })),
} as unknown as Parameters<typeof toVerifyLine>[0], lang);

test.each<[string, string[], "zh" | "en", string[], string[]]>([
  ["values alone: as before", ["scale_suspect"], "zh", ["以上计数中有 1 项数值待核实（已达标 1 项）", "评估报告不予评估（未能评估，数值待核实）", "甲县 指标1（P9，已达标）"], ["计算方法"]],
  ["a compounded fall", ["compounded_fall"], "zh", ["以上计数中有 1 项计算方法待核实（已达标 1 项）", "评估报告不予评估（未能评估，计算方法待核实）"], ["数值待核实"]],
  ["one of each: the method row named so", ["scale_suspect", "compounded_fall"], "zh", ["有 2 项数值或计算方法待核实", "甲县 指标1（P9，已达标）", "甲县 指标2（P10，已达标，计算方法待核实）"], []],
  ["a compounded fall, in English", ["compounded_fall"], "en", ["1 of the rows counted above (Met 1) has a method to verify", "(not graded: method to verify)"], ["value to verify"]],
  ["one of each, in English", ["scale_suspect", "compounded_fall"], "en", ["have values or methods to verify", "指标2 (P10, Met, method to verify)"], []],
])("summary's line (toVerifyLine): %s", (_, codes, lang, has, hasNot) => {
  const text = line(codes, lang);
  for (const s of has) expect(text).toContain(s);
  for (const s of hasNot) expect(text).not.toContain(s);
});

/*
 * trial44a F5: a row graded by a 人工评估 no 审核结论 confirms yet (markAssessmentsToConfirm) is counted in check's totals as
 * the report says it, beside values and methods to verify, in the same 其中 (statusCountsText's `assessed`).
 */
type Assessed = { status: "met" | "on_track"; ungraded?: string; issues: Array<{ code: "assessment_to_confirm" | "assessment_unsupported" | "far_from_plan"; params?: Record<string, number> }> };
const toConfirm: Assessed = { status: "met", issues: [{ code: "assessment_to_confirm" }] };
test.each<[string, Assessed[], "zh" | "en", string]>([
  ["one to confirm", [toConfirm], "zh", "已达标 3（其中 1 项为人工评估，待审核确认）"],
  ["a value to verify and one to confirm", [{ status: "met", ungraded: "far_from_plan", issues: [{ code: "far_from_plan" }] }, toConfirm], "zh", "已达标 3（其中 1 项数值待核实、1 项为人工评估，待审核确认）"],
  ["a conclusion on nothing, its warning marked", [{ status: "met", issues: [{ code: "assessment_unsupported", params: { toConfirm: 1 } }] }], "zh", "已达标 3（其中 1 项为人工评估，待审核确认）"],
  ["a conclusion on nothing, confirmed (not marked)", [{ status: "met", issues: [{ code: "assessment_unsupported" }] }], "zh", "已达标 3"],
  ["one to confirm, in English", [toConfirm], "en", "Met 3 (1 of them by a 人工评估 (assessment) not yet confirmed by the reviewer)"],
  ["a value to verify and one to confirm, in English", [{ status: "met", ungraded: "far_from_plan", issues: [] }, toConfirm], "en", "Met 3 (1 of them a value to verify, 1 by a 人工评估 (assessment) not yet confirmed by the reviewer)"],
])("check's totals with a 人工评估 to confirm (statusCountsText): %s", (_, r, lang, start) => {
  const text = statusCountsText({ ...emptyCounts(), met: 3 }, toVerifyByStatus(r), lang, methodToVerifyByStatus(r), toConfirmByStatus(r));
  expect(text.split("  ")[0]).toBe(start);
});
