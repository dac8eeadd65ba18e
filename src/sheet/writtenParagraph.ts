import { lockedChangesSentence } from "../cycle/LOCKED_CHANGE_WORDS";
import type { ReturnEvaluation } from "./EvaluationReport";
import { ABSENT_UNIT_WORDS } from "./absentUnitWords";

/**
 * A unit's paragraph `body` (its returnParagraph, or the 评估 sheet's `text`) as the written report gives it (the .docx's
 * 总体评估, the 评估 sheet's paragraph; Chinese), saying what the terminal says of the unit around it: a return holding
 * nothing for its year opens with 收到空表，按未报。 / 本年度未填，按未报。 (ABSENT_UNIT_WORDS.paragraph, as the terminal's
 * paragraph; trial38b F4: only the .docx's heading said it; session 39: over one return too, as the terminal now); a
 * locked return changed since its lock (`lockChanges`) closes with the terminal's note on it in one sentence
 * (lockedChangesSentence; trial38b F3: graded on the changed value with no word of it in the .docx).
 */
export function writtenParagraph(ret: Pick<ReturnEvaluation, "unit" | "blank" | "lockChanges">, body: string): string {
  return `${ABSENT_UNIT_WORDS.paragraph(ret, body, "zh")}${lockedChangesSentence(ret.unit, ret.lockChanges ?? [], "zh")}`;
}
