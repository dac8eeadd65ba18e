/** What a plan calls itself: its name ends in one of these (…规划, …行动计划, …规划纲要, …实施方案). */
const PLAN_WORD = /(?:规划|计划|纲要|方案)$/;
/** A sentence, not a name: a clause's punctuation anywhere, or a colon at its end (a lead-in). */
const SENTENCE = /[，,。；;！!？?]|[：:]$/;
/** A web page's title after the document's own name: `…规划_达州市林业局`, `…规划 | 某县人民政府`, `…规划 - 某网`. */
const SITE_PART = /\s*(?:[_|｜]|\s-\s).*$/;
/** A bracket at a name's end: its period or draft (`（2021—2025年）`, `（征求意见稿）`). */
const TRAILING_BRACKET = /\s*[（(][^（）()]*[）)]\s*$/;
/** Longer than a plan's name: a paragraph. */
const LONGEST = 60;

/**
 * The plan's name a line is, place or none: `云溪市卫生健康事业发展“十四五”规划` as it is;
 * `关于印发《某县…规划》的通知` → the name in 《》; `…规划_达州市林业局` (a page's <title>) → the part
 * before `_`; a bracket after the name (`（2021—2025年）`) kept. Null when the line is a sentence (a
 * clause's punctuation), longer than a name (60 characters), or does not end in 规划, 计划, 纲要 or 方案
 * (a bracket after it aside): a table's title, a file's name, 粘贴的表格文本.
 * The one home of what a plan's name is: import's planName (which adds the place at its start) and
 * the report's title (a template's `source.document`, reportPlanName) both ask it.
 */
export function planDocumentName(line: string): string | null {
  const text = line.replace(/\s+/g, " ").trim();
  if (text === "" || text.length > LONGEST || SENTENCE.test(text)) return null;
  const quoted = /《([^《》]+)》/.exec(text)?.[1];
  const name = (quoted ?? text.replace(SITE_PART, "")).trim();
  let bare = name;
  while (TRAILING_BRACKET.test(bare)) bare = bare.replace(TRAILING_BRACKET, "");
  return PLAN_WORD.test(bare) ? name : null;
}
