import { planYearsFromTitle } from "../import/header";
import { planDocumentName } from "../import/rules/planDocumentName";

/** A period a plan's name spells in years: `（2021—2025年）`, `2016-2020年`: the last year. */
const YEAR_SPAN = /20\d\d\s*[-—–－~～至到]+\s*(20\d\d)/;
/** A title's part before a table's number (`表1`, `表 2`, `表一`) that follows it: the plan's name, where it is one. */
const TABLE_AFTER_NAME = /^(.+?)\s*表\s*[0-9一二三四五六七八九十]+(?![0-9一二三四五六七八九十])/;
/** A yearly plan's year at its name's start: `2024年某县…行动方案`. */
const YEAR_AT_START = /^(20\d\d)\s*年/;

/**
 * The name the evaluation report calls a plan by (evaluation-rules §6, our reading): the plan's own
 * name where its template's `source.document` is one (planDocumentName: ends in 规划, 计划, 纲要 or
 * 方案) and names no other period than the template's (`targetYear`): 十四五 (planYearsFromTitle), a
 * span `2021—2025`, a yearly plan's `2024年`. Null otherwise: a file's name, 粘贴的表格文本, or the
 * 十四五 plan a 十三五 completion table was printed in (舟山市公共服务“十四五”规划 for 2016–2020), where
 * the table's title names the plan better; else the plan's name a table's title `title` begins with, before its number
 * (`…规划纲要（2021—2035年）表1 …主要指标` → `…规划纲要（2021—2035年）`). Officials title the report after the plan (trial29a F8:
 * 《云溪市卫生健康事业发展“十四五”规划》, not the indicator table's 《…主要指标》).
 */
export function reportPlanName(document: string, targetYear: number, title = ""): string | null {
  // a table's title that begins with the plan's name, its number after it (…纲要（2021—2035年）表1 美丽某某建设主要指标, as import
  // joins a title set on two lines): that name, without the table's (trial47b F8)
  const name = planDocumentName(document) ?? planDocumentName(TABLE_AFTER_NAME.exec(title)?.[1] ?? "");
  if (name === null) return null;
  const end = planYearsFromTitle(name)?.targetYear ?? Number(YEAR_SPAN.exec(name)?.[1] ?? YEAR_AT_START.exec(name)?.[1] ?? targetYear);
  return end === targetYear ? name : null;
}
