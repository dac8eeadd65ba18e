import { englishCount } from "./englishCount";
import { SPACES } from "./normalizeText";

const LEAD = new RegExp(`^[${SPACES}]*`);
const TRAIL = new RegExp(`[${SPACES}]*$`);

/**
 * The spaces typed before or after a cell's text, said in words: 末尾有 2 个空格 / "2 trailing spaces", "" when none
 * or when the text is only spaces. A quote alone cannot show them: the CLI's table, the pane and Word collapse a run of
 * spaces, so a trial's 「60.2  」 (two spaces typed, the reason the cell is text) read 「60.2 」. Any space counts
 * (a full-width space U+3000, a tab, a non-breaking space, and a zero-width space U+200B, which text copied from a web page
 * carries and no quote shows: normalizeText's SPACES), one per character.
 */
export function typedSpaces(text: string, lang: "zh" | "en"): string {
  const lead = LEAD.exec(text)?.[0].length ?? 0;
  if (lead === text.length) return "";
  const trail = TRAIL.exec(text)?.[0].length ?? 0;
  if (lang === "zh") return [lead > 0 ? `开头有 ${lead} 个空格` : "", trail > 0 ? `末尾有 ${trail} 个空格` : ""].filter(Boolean).join("、");
  return [lead > 0 ? `${englishCount(lead, "leading space")}` : "", trail > 0 ? `${englishCount(trail, "trailing space")}` : ""].filter(Boolean).join(" and ");
}
