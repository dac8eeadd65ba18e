import type { Lang } from "./i18n";

/** A part already ending a sentence (or a clause the next part goes on from). */
const ENDED = /[。．.！!？?；;：:]$/;

/**
 * The pane's result line made of `parts` (each a sentence, or a head such as 已生成：评估 with no end mark):
 * each part not already ended ends with 。 (en ". "), so one never runs into the next (trial36 tp F3:
 * "已生成：评估 规划确定主要指标 6 项…", "Added: 评估 The plan sets…"); empty parts left out. Chinese
 * sentences follow each other with no space, English with one.
 */
export function paneSentences(parts: ReadonlyArray<string | null | undefined>, lang: Lang): string {
  const said = parts.filter((p): p is string => typeof p === "string" && p !== "");
  return said.map((p, i) => (i < said.length - 1 && !ENDED.test(p) ? `${p}${lang === "en" ? "." : "。"}` : p)).join(lang === "en" ? " " : "");
}

/** `line` as a sentence of the pane's line: the CLI's English line (not summed: …) begins one here. */
export function paneSentence(line: string, l: Lang): string {
  return l === "en" ? `${line.charAt(0).toUpperCase()}${line.slice(1)}` : line;
}

/** A line that ends its sentence (no 。 or . added). */
const SENTENCE_END = /[。.！？!?]$/;
/** A line that leads into the next: a CLI head ending in a colon whose items follow indented (report_locked_changes). */
const LEADS_ON = /[：:]$/;

/**
 * The CLI's `lines` (as `report` prints them, one a line) as the pane's one line of sentences, in `l`: each line trimmed
 * (the CLI indents the items under a head), ended with 。 (en ".") unless it ends a sentence already, each English
 * sentence begun with a capital (paneSentence); a line ending in ：/: is not ended but goes straight on into the next,
 * which keeps its own first letter (trial38b F2: "评估按现在的值：。 江城市…!K12…", "evaluated as it is now:. 江城市…").
 * Empty lines left out; Chinese sentences follow each other with no space, English with one.
 */
export function paneLines(lines: readonly string[], l: Lang): string {
  const said = lines.map((x) => x.trim()).filter((x) => x !== "");
  return said.map((x, i) => {
    const line = i > 0 && LEADS_ON.test(said[i - 1] ?? "") ? x : paneSentence(x, l);
    return SENTENCE_END.test(line) || LEADS_ON.test(line) ? line : `${line}${l === "en" ? "." : "。"}`;
  }).join(l === "en" ? " " : "");
}
