import { displayWidth } from "./displayWidth";

/** How wide one line of the report's title may be, in half-width units: 26 characters of 18 pt across an A4 page less its margins. */
export const TITLE_LINE_WIDTH = 52;

/**
 * The report's title as the lines it is set in: one where it fits `width` (half-width units, CJK two),
 * otherwise broken before 《 and after 》, the parts joined again where they fit, as official titles are
 * set ("江海市《“十四五”时期经济社会发展主要指标》" / "2023 年实施情况评估报告"), so that a line
 * never breaks inside the plan's name (a trial's "…主要指 / 标》"). A title without 《》, or whose name alone is
 * too wide, is one line, left to wrap. Curly quotes are set full-width in Chinese fonts and counted so.
 */
export function titleLines(title: string, width = TITLE_LINE_WIDTH): string[] {
  const wide = (s: string): number => displayWidth(s) + (s.match(/[“”‘’]/g)?.length ?? 0);
  if (wide(title) <= width) return [title];
  const m = /^(.*?)(《[^》]*》)(.*)$/u.exec(title);
  if (!m || wide(m[2] ?? "") > width) return [title];
  const lines: string[] = [];
  for (const part of [m[1] ?? "", m[2] ?? "", m[3] ?? ""].map((x) => x.trim()).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && wide(last + part) <= width) lines[lines.length - 1] = last + part;
    else lines.push(part);
  }
  return lines;
}
