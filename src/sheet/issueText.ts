import type { CheckItem } from "./CheckReport";
import { describeIssue } from "../domain/describeIssue";
import { UNCALCULATED_SHEET_WORDS } from "./UNCALCULATED_SHEET_WORDS";
import { clausesJoined } from "../domain/clausesJoined";

/**
 * A row's messages (errors, then warnings, then the info that says why a row not met is graded so)
 * in one text, as `check`'s 问题 column and
 * the 审核 sheet's 问题 give them: each message once, its own place (`工作表「…」K9：`) dropped
 * since the row's sheet is known. The cells are named when the messages speak of several cells
 * or of one other than `cell` (the row's 位置); the same message on several cells (计数应为整数
 * on a row's four years) is said once after them all: `L22、I22、J22、K22：计数应为整数，实际为 45.4`. So are a row's
 * formulas with no result on a sheet nothing calculated (uncalculatedSheet), in short, its sheet's line saying the rest.
 */
export function issueText(issues: CheckItem["issues"], cell: string, lang: "zh" | "en"): string {
  // info last: it only says why a row is graded as it is (无基期值…, a 左右 band), and only on a row
  // not met, where 进度 is blank or the status reads harsh (§3: "with a message that progress cannot
  // be computed"; a trial found it in --json alone)
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const shown = [...issues].sort((a, b) => rank[a.severity] - rank[b.severity]);
  const cells = new Set(shown.flatMap((x) => (x.cell ? [x.cell] : [])));
  const named = cells.size > 1 || (cells.size === 1 && !cells.has(cell));
  // each message's text without its place, with the cells it is said of, in first-seen order
  const said = new Map<string, string[]>();
  for (const x of shown) {
    const body = withoutPlace(x, lang);
    const at = said.get(body) ?? said.set(body, []).get(body)!;
    if (x.cell && !at.includes(x.cell)) at.push(x.cell);
  }
  const [sep, and] = lang === "zh" ? ["：", "、"] : [": ", ", "];
  return clausesJoined([...said].map(([body, at]) => `${named && at.length ? at.join(and) + sep : ""}${body}`), lang);
}

/**
 * An issue's message without the place describeIssue put before it (`工作表「单位：万元」F4：`): the
 * message as described without sheet and cell, so a sheet named with ： or 「」 is no longer cut at
 * its first ： (a trial read `万元」F4：总投资…`). A message made otherwise: up to its first ：, as before.
 */
function withoutPlace(x: CheckItem["issues"][number], lang: "zh" | "en"): string {
  // a formula with no result on a sheet nothing calculated: its sheet's line says why and what to do (formulas_uncalculated),
  // the row names its cells once (K4、I4、J4：公式未计算…), not a whole message each
  if (x.params?.["uncalculatedSheet"]) return UNCALCULATED_SHEET_WORDS[lang];
  const message = lang === "zh" ? x.message : x.messageEn;
  const bare = { ...x };
  delete bare.sheet;
  delete bare.cell;
  const body = describeIssue(bare, lang);
  if ((x.sheet !== undefined || x.cell !== undefined) && message.endsWith(body) && message !== body) return body;
  return message.replace(/^[^：:]*[：:]\s?/, "");
}
