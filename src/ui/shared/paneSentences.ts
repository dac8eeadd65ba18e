import type { Lang } from "./i18n";

/** A part that ends its sentence: no mark added (。 ． . ！ ! ？ ?). */
const SENTENCE_END = /[。．.！!？?]$/;
/**
 * A part that goes on into the next: a head ending in a colon whose items follow (report_locked_changes, then its
 * locked_change lines), or a clause ending in a semicolon. No mark added; the next keeps its own first letter.
 */
const LEADS_ON = /[：:；;]$/;

/**
 * The pane's one line of sentences made of `parts` (the CLI's lines as `report` and `summary` print them, one a line, or
 * the pane's own sentences and heads such as 已生成：评估 with no end mark), in `l`: each part trimmed (the CLI indents
 * the items under a head), begun as an English sentence (paneSentence) unless the part before leads on into it, and
 * ended with 。 (en ".") unless it ends a sentence already or leads on (a colon or semicolon); empty parts left out.
 * Chinese sentences follow each other with no space, English with one. The one joiner of the pane's lines (session 39:
 * three, one ran 已生成：评估 into the next part at its end, trial36 tp F3; one ended a colon with 。, trial38b F2,
 * "评估按现在的值：。"; one added 。 after a line already ended, 「。。」).
 */
export function paneSentences(parts: ReadonlyArray<string | null | undefined>, l: Lang): string {
  const said = parts.flatMap((p) => (typeof p === "string" && p.trim() !== "" ? [p.trim()] : []));
  return said.map((x, i) => {
    const line = i > 0 && LEADS_ON.test(said[i - 1] ?? "") ? x : paneSentence(x, l);
    return SENTENCE_END.test(line) || LEADS_ON.test(line) ? line : `${line}${l === "en" ? "." : "。"}`;
  }).join(l === "en" ? " " : "");
}

/** `line` as a sentence of the pane's line: the CLI's English line (not summed: …) begins one here. */
export function paneSentence(line: string, l: Lang): string {
  return l === "en" ? `${line.charAt(0).toUpperCase()}${line.slice(1)}` : line;
}
