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
