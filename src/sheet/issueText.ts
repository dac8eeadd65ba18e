import type { CheckItem } from "./CheckReport";

/**
 * A row's messages (errors, then warnings, then the info that says why a row not met is graded so)
 * in one text, as `check`'s 问题 column and
 * the 审核 sheet's 问题 give them: each message once, its own place (`工作表「…」K9：`) dropped
 * since the row's sheet is known. The cells are named when the messages speak of several cells
 * or of one other than `cell` (the row's 位置); the same message on several cells (计数应为整数
 * on a row's four years) is said once after them all: `L22、I22、J22、K22：计数应为整数，实际为 45.4`.
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
    const body = (lang === "zh" ? x.message : x.messageEn).replace(/^[^：:]*[：:]\s?/, "");
    const at = said.get(body) ?? said.set(body, []).get(body)!;
    if (x.cell && !at.includes(x.cell)) at.push(x.cell);
  }
  const [sep, and, join] = lang === "zh" ? ["：", "、", "；"] : [": ", ", ", "; "];
  return [...said].map(([body, at]) => `${named && at.length ? at.join(and) + sep : ""}${body}`).join(join);
}
