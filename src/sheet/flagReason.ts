import { ENGLISH_TERMS } from "../domain/ENGLISH_TERMS";
import type { CheckItem } from "./CheckReport";
import { progressBeside } from "./progressBeside";
import { progressText } from "./progressText";
import { parseTarget } from "../domain/parseTarget";
import { briefNote } from "../domain/briefNote";
import { isExplainedMissing } from "../domain/isExplainedMissing";
import { STATUS_LABELS, STATUS_LABELS_EN } from "../domain/Status";
import { shownDue } from "./shownDue";
import { LIST_VERDICT_WORDS } from "./LIST_VERDICT_WORDS";

/** A target of words or of parts (`保持全省领先`, `98/98.75`): a person judges it (§3 `manual`). */
function isWordsTarget(target: string): boolean {
  const kind = parseTarget(target).kind;
  return kind === "text" || kind === "compound";
}

/** What a 未填报 row lacks, and against which target. */
function missingSaid(item: Pick<CheckItem, "kind">, year: number, zh: boolean, target: string, against: string): string {
  // a words target (保持全省领先) asks for what was done, not a number (§3: blank and no reviewer's word)
  if (item.kind === "indicator" && isWordsTarget(target)) return zh ? `${year} 年完成情况未填${against}，审核人员也未评估` : `${year}: what was done is not filled in${against}, nor assessed by a reviewer`;
  if (!zh) return item.kind === "indicator" ? `${year}: no value filled in${against}` : `${year}: no progress filled in`;
  return item.kind === "indicator" ? `${year} 年数值未填${against}` : `${year} 年进展未填`;
}

/**
 * Why a project or reform row is 待人工评估 and who settles it (§4, §5, our reading; trial40c F8, F9): a reform's
 * 推进中 / 未启动 is never judged 滞后 (the list has no time node to judge it by, even at a one-year list's year end), a
 * project's 总投资 「/」 gives no completion rate; the list has no 人工评估 column, so the reviewer's 审核结论 concludes it.
 */
function listManual(item: Pick<CheckItem, "kind" | "value" | "baseline">, zh: boolean): string {
  const state = (item.value ?? "").trim();
  // a reform's baseline is its 完成时限 (checkGrid): not yet reached, it is no more judged than a list without one
  const deadline = item.kind === "reform" ? item.baseline.trim() : "";
  if (deadline !== "") {
    return zh ? `进展「${state}」：完成时限 ${deadline} 未到，不判断滞后，${LIST_VERDICT_WORDS.zh}`
      : `progress "${state}": its deadline (完成时限) ${deadline} has not passed, so it is not judged lagging; ${LIST_VERDICT_WORDS.en}`;
  }
  if (item.kind === "reform") {
    return zh ? `进展「${state}」：改革清单没有时间节点，不判断滞后，${LIST_VERDICT_WORDS.zh}`
      : `progress "${state}": a reform list has no time node, so it is not judged lagging; ${LIST_VERDICT_WORDS.en}`;
  }
  return zh ? `总投资为「/」，不计算投资完成率，${LIST_VERDICT_WORDS.zh}`
    : `总投资 (total investment) is "/", so no completion rate: ${LIST_VERDICT_WORDS.en}`;
}

/**
 * What the summary's 问题清单 says of a row flagged by its status alone (no issue message of its
 * own), so the 问题 cell adds to the 状态 cell beside it: what a 未填报 row should hold, as check says it (missingDue;
 * `2023 年数值未填（目标 <5）；已说明：…` where its 说明 says why), whose assessment is awaited, how far behind a lagging row is. Null
 * for a status that has nothing to add. The summary workbook is in Chinese (docs/cli-reference.md, --lang); `en` is the
 * same words for the pane's list of 审核 rows (reviewIssue).
 */
export function flagReason(item: Pick<CheckItem, "kind" | "status" | "target" | "progress" | "expected" | "value" | "baseline" | "lines" | "cumulative"> & Partial<Pick<CheckItem, "issues" | "expectedValue" | "expectedStrict">> & { note?: string }, year: number, lang: "zh" | "en" = "zh"): string | null {
  const target = item.target.trim();
  const zh = lang === "zh";
  const against = target && target !== "/" ? (zh ? `（目标 ${target}）` : ` (target ${target})`) : "";
  switch (item.status) {
    case "missing": {
      // left blank with its reason written (§6a): the 说明 said after what is missing, so the list shows it was seen
      const said = missingSaid(item, year, zh, target, against);
      if (isExplainedMissing(item)) return zh ? `${said}；已说明：${briefNote(item.note)}` : `${said}; explained: ${briefNote(item.note)}`;
      // what the row should hold, in check's and the 审核 sheet's words (trial43c F5: 2023 年数值未填（目标 ≥90） beside check's 未填报（序时应达 89.2）)
      return missingDue({ ...item, issues: item.issues ?? [] }, lang) ?? said;
    }
    case "manual":
      if (item.kind !== "indicator") return listManual(item, zh);
      if (!zh) return `qualitative target${target ? ` "${target}"` : ""}, assessed by the reviewer in the "人工评估" (assessment) column`;
      return `定性目标${target ? `「${target}」` : ""}，由审核人员在「人工评估」列评估`;
    case "lagging":
    case "severe": {
      if (item.progress === null || item.expected === null) return zh ? `未达到目标${against}，无法计算进度` : `target not reached${against}; progress cannot be worked out`;
      // on a strict bound in the year the target is for (9 against `<9` in the plan's last year: p = s = 1, §3 our reading):
      // not below 序时进度, yet not met: the bound is to be passed
      if (item.progress >= item.expected) {
        const v = (item.value ?? "").trim();
        // as the report's 附表 says it (rateGap: 当年 80 岁，未达到目标 >80)
        return zh ? `${v ? `当年 ${v}，` : ""}未达到目标 ${target}` : `${v ? `${v} this year: ` : ""}target ${target} not reached`;
      }
      // 低于 must read so: 79.98% beside 80.0% is not 80.0%（progressBeside）
      const apart = progressBeside(item);
      const [p, e] = [apart?.progress ?? progressText(item, lang, 1), apart?.expected ?? `${(item.expected * 100).toFixed(1)}%`];
      return zh ? `进度 ${p}，低于序时进度 ${e}` : `progress ${p}, below the ${ENGLISH_TERMS.序时进度} ${e}`;
    }
    default:
      return null;
  }
}

/**
 * What a 未填报 row should have been filled with, in `check`'s 问题, the 审核 sheet's (rowIssueText), the pane's list and
 * the summary's 问题清单 (flagReason), beside the lagging row's 进度 34.0%，低于序时进度 80.0% above: `未填报（序时应达 11.3）`,
 * `Not reported (expected value 11.3)`, the engine's `expectedValue` (§3) as the 审核 sheet's 序时应达 column shows it
 * (shownDue; a strict target in the year it is for, s = 1, with its operator: `未填报（序时应达 <9）`, as 9 does not meet it);
 * a cumulative target's is the running total due (`未填报（累计序时应达 9）`, `expected running total 9`), not the
 * year's own amount. A row with no 序时应达 (no baseline, a baseline already past the target, a 保持 or 左右 target) says the
 * plan's target as written instead (`未填报（目标 ≥90）`, `Not reported (target ≥90)`; a words target the reviewer judges:
 * `未填报（目标 保持全省领先，审核人员也未评估）`), so every 未填报 row says what to fill toward (trial43c F2). Null for
 * another status, a list row (项目, 改革), a row without a target (blank or `/`), or one whose 说明 says why it is blank
 * (missing_explained says 未填报（已说明：…） of it; trial42a F6: the 审核 sheet's 问题 said 未填报 alone).
 */
export function missingDue(item: Pick<CheckItem, "issues"> & Partial<Pick<CheckItem, "status" | "expectedValue" | "expectedStrict" | "target" | "kind">>, lang: "zh" | "en"): string | null {
  const due = item.expectedValue;
  if (item.status !== "missing" || (item.kind !== undefined && item.kind !== "indicator") || item.issues.some((i) => i.code === "missing_explained")) return null;
  const zh = lang === "zh";
  const label = zh ? STATUS_LABELS.missing : STATUS_LABELS_EN.missing;
  const target = (item.target ?? "").trim();
  if (due === undefined || due === null) {
    if (target === "" || target === "/") return null;
    // a words target asks for what was done, judged by the reviewer (§3 manual), not a number
    const judged = isWordsTarget(target) ? (zh ? "，审核人员也未评估" : ", nor assessed by a reviewer") : "";
    return zh ? `${label}（目标 ${target}${judged}）` : `${label} (target ${target}${judged})`;
  }
  const running = parseTarget(target).kind === "cumulative";
  if (zh) return `${label}（${running ? "累计" : ""}序时应达 ${shownDue(due, undefined, item.expectedStrict)}）`;
  return `${label} (${running ? "expected running total" : ENGLISH_TERMS.序时应达} ${shownDue(due, undefined, item.expectedStrict)})`;
}
