import type { CheckItem } from "./CheckReport";

/**
 * A row's messages (warnings and errors, errors first) in one text, as `check`'s 问题 column and
 * the 审核 sheet's 问题 give them: each message once, its own place (`工作表「…」K9：`) dropped
 * since the row's sheet is known. The cells are named when the messages speak of several cells
 * or of one other than `cell` (the row's 位置); the same message on several cells (计数应为整数
 * on a row's four years) is said once after them all: `L22、I22、J22、K22：计数应为整数，实际为 45.4`.
 */
export function issueText(issues: CheckItem["issues"], cell: string, lang: "zh" | "en"): string {
  const shown = issues.filter((x) => x.severity !== "info").sort((a, b) => (a.severity === "error" ? 0 : 1) - (b.severity === "error" ? 0 : 1));
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
