import { headerNameAt, isSentence } from "../header";
import { squash } from "../text";

/** A value column of a 统计公报's table: a year's figures (`2024年`, `2024年末`) or 绝对数 (`绝对数(亿元)`, 总量, 本年). */
const YEAR_FIGURES = /^(20\d\d年?(年末|末|全年)?|绝对数|绝对值|总量|数值|数量|本年|全年|本期|实绩)(\([^()]*\))?$/;
/** Its growth over the year before (`比上年增长(%)`, `比上年±%`, `同比增长`, `增长(%)`). */
const GROWTH = /^((比上年|较上年|同比)(增长|增减|增速|增幅|±|\+-|\+\/-)?|增长|增速|增幅)率?(\(%\)|%)?$/;
/** Growth said over the year before in so many words: beside two years' columns only this makes them a bulletin's. */
const OVER_LAST_YEAR = /^(比上年|较上年|同比)/;
/** Words that make a table a plan's (or a yearly plan's): its title or header then names targets. */
const PLAN_WORD = /规划|计划|目标|预期|纲要|十[一二三四五六七八九]个?五/;
/**
 * A 统计公报's own title (`平昌县2024年国民经济和社会发展统计公报`, `…统计公报（2025年更新）`, `…统计快报`): its opening
 * paragraph names the plan (`深入实施“十四五”规划…的一年`, `…奋斗目标`), which names no plan of the table's.
 */
const BULLETIN = /统计(公报|快报)/;
/** A title is a line, not running text: a sentence (`根据《…统计公报》，…。`) only quotes one. */
const TITLE_CHARS = 60;
/** Columns a 统计公报's table has beside its figures. */
const OTHER = /^((计量)?单位|备注|说明)$/;

/**
 * Whether a header line is a 统计公报's table (`指  标 | 单位 | 2024年 | 比上年增长（%）`, `指标 | 绝对数(亿元) | 比上年增长%`):
 * after its name label only a year's figures (YEAR_FIGURES; or two consecutive years' beside a growth said over the year
 * before, `2023年 | 2024年 | 比上年增长（%）`), their growth over the year before (GROWTH) and a unit or note column, and neither the header nor `title` (the title and the lines above the table) names a plan, a target or a period
 * (PLAN_WORD). Such a table gives one year's actual figures: it has no target to load, and its bare year was taken for a
 * yearly plan's target year (no-years, whose --baseline-year would have loaded the actuals as targets), and the later of
 * two years for a plan's target (its actual figures loaded as targets). `bulletin`: the text is titled as a 统计公报
 * (namesBulletin), so a plan word above the table is its opening paragraph's, not the table's. Returns the value
 * labels (to quote in the refusal, `statistics-table`), null when the line is not such a header.
 */
export function statisticsLabels(cells: readonly string[], title: string, bulletin = false): string[] | null {
  const nameAt = headerNameAt(cells);
  if (nameAt < 0 || (!bulletin && namesPlan(title))) return null;
  const labels = cells.slice(nameAt + 1).map(squash).filter((l) => l !== "" && !OTHER.test(l));
  if (labels.some((l) => PLAN_WORD.test(l))) return null;
  if (!labels.some((l) => YEAR_FIGURES.test(l)) || !labels.some((l) => GROWTH.test(l))) return null;
  if (!labels.every((l) => YEAR_FIGURES.test(l) || GROWTH.test(l))) return null;
  const years = labels.map((l) => /^(20\d\d)/.exec(l)?.[1]).filter((y) => y !== undefined).map(Number);
  if (years.length > 2) return null;
  if (years.length === 2 && (Math.abs((years[0] ?? 0) - (years[1] ?? 0)) !== 1 || !labels.some((l) => OVER_LAST_YEAR.test(l)))) return null;
  return labels;
}

/**
 * Whether `lines` (the given title, the text's first lines and those above the table) hold a 统计公报's own title
 * (BULLETIN, in a line of at most TITLE_CHARS that is not a sentence), that title (squashed) or null: a plan's text quoting one (`根据《…统计公报》，…`) does not.
 */
export function namesBulletin(lines: readonly string[]): string | null {
  return lines.map(squash).find((s) => BULLETIN.test(s) && s.length <= TITLE_CHARS && !isSentence(s)) ?? null;
}

/** Whether a title (or the lines above a table) names a plan, a target or a period (PLAN_WORD), as statisticsLabels asks. */
export function namesPlan(title: string): boolean {
  return PLAN_WORD.test(squash(title));
}
