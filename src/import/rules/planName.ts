import { planDocumentName } from "./planDocumentName";
import { regionFromTitle } from "./regionFromTitle";

/** What may stand before the place at a name's start: a yearly plan's year (`2024年某县…计划`). */
const BEFORE_PLACE = /^[\d\s年度]*$/;

/** A plan's period in its name: `“十四五”`, `第十四个五年`, a year (`2024年…计划`, `（2021—2025年）`). */
const PERIOD = /十[一二三四五六七八九]个?五|20\d\d/;

/** A plan's name and the place it starts with. */
export interface PlanName {
  /** the name as written (inside 《》 when the line quotes it; a web page's site name after `_` left off) */
  name: string;
  /** the place at its start (regionFromTitle); "" for a name without a place that names its period (a national or 专项 plan) */
  region: string;
}

/**
 * The plan's name a line is, with the place at its start: `达州市林业发展“十四五”规划` → 达州市;
 * `2024年某县国民经济和社会发展计划` → 某县; `关于印发《某县…规划》的通知` → the name in 《》;
 * `达州市林业发展“十四五”规划_达州市林业局` (a page's <title>) → the part before `_`.
 * Null when the line is a sentence (a clause's punctuation: `达州市…成效显著。`), longer than a name,
 * does not end in 规划, 计划, 纲要 or 方案 (a bracket after it aside), or names a place not at its start
 * (nor alone in its bracket, as regionFromTitle reads a title's). A name with no place at all is one when it names its
 * period (`“十四五”国民健康规划`, `“十三五”生态环境保护规划`: national and 专项 plans, trial43a F5), its region "".
 * Where a table's title names no place, the plan's name above it (or the document's) does (import's region).
 */
export function planName(line: string): PlanName | null {
  // what a plan's name is: one home with the report's title (planDocumentName)
  const name = planDocumentName(line);
  if (name === null) return null;
  const region = regionFromTitle(name);
  if (region === "") return PERIOD.test(name) ? { name, region } : null;
  const atStart = BEFORE_PLACE.test(name.slice(0, name.indexOf(region))) || name.includes(`（${region}）`) || name.includes(`(${region})`);
  return atStart ? { name, region } : null;
}
