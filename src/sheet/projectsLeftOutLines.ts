import { completedDoubt } from "../domain/completedDoubt";
import { englishCount } from "../domain/englishCount";
import { oneLine } from "./oneLine";
import type { SummaryFigures } from "./summarize";

/**
 * The summary's lines on the projects it counts but leaves out of the investment sums and groups
 * (evaluation-rules §4, our reading): those whose 累计完成投资 reads as 万元, then as a date (`withheld`: completedDoubt), then those
 * counted 数据异常 (`invalid`: a 累计完成投资 that cannot be read, 1.5亿 or 85% typed), each named with its unit and
 * what was typed or why, then those whose 累计完成投资 is blank (`notReported`: 未填报 is no 0 completed) and those whose
 * 总投资 is not a number (`noInvestment`: “/”, its 累计完成投资 against no 计划投资; projectSumsPlace), then those 已撤并 / 已转型 (`closed`:
 * no longer evaluated, their 总投资 no longer planned). First of all, those in the sums at their 总投资 (`finished`: 已完工 with
 * 累计完成投资 blank, as rollover leaves it; not 另有…: they are in the figures, and nothing is owed on them; trial47a F4).
 * One line each kind, none when there are none; the same words on the
 * terminal and (in Chinese) under the 汇总 sheet's project totals. `where`: "above" on the sheet,
 * under its totals and over its tables; "sums" on the terminal, which prints no totals.
 */
export function projectsLeftOutLines(pr: Pick<SummaryFigures["projects"], "withheld" | "invalid" | "notReported" | "noInvestment" | "closed" | "finished">, lang: "zh" | "en", where: "above" | "sums" = "above"): string[] {
  const en = lang === "en";
  const lines: string[] = [];
  const outOf = en
    ? (where === "above" ? "left out of the sums above and the tables below" : "left out of the projects' investment sums and groups")
    : (where === "above" ? "未计入以上合计及下表" : "未计入项目投资合计及分组");
  const finished = pr.finished ?? [];
  if (finished.length > 0) {
    const names = finished.map(({ unit, item }) => (en ? `${oneLine(item.name)} (${unit}, total ${oneLine(item.target)})` : `${oneLine(item.name)}（${unit}，总投资 ${oneLine(item.target)} 亿元）`));
    const inSums = en
      ? (where === "above" ? "counted in the sums above and the tables below" : "counted in the projects' investment sums and groups")
      : (where === "above" ? "计入以上合计及下表" : "计入项目投资合计及分组");
    lines.push(en
      ? `${englishCount(finished.length, "finished project")} (已完工) with no investment completed entered this year (none is asked of a finished project), ${inSums} as completed at ${finished.length === 1 ? "its" : "their"} total investment: ${names.join("; ")}`
      : `已完工的 ${finished.length} 个项目本年未填累计完成投资（已完工的不要求填写），按总投资${inSums}：${names.join("、")}`);
  }
  // a 万元 slip and a date typed (completedDoubt) each get their line
  for (const kind of ["scale", "date"] as const) {
    const withheld = pr.withheld.filter(({ item }) => (completedDoubt(item.issues)?.kind ?? "scale") === kind);
    if (withheld.length === 0) continue;
    const names = withheld.map(({ unit, item }) => (en ? `${oneLine(item.name)} (${unit}, ${item.value ?? ""})` : `${oneLine(item.name)}（${unit}，${item.value ?? ""}）`));
    const why = kind === "date" ? (en ? "looks like a date" : "疑似填了日期") : (en ? "looks entered in 10k yuan" : "疑似按万元填写");
    lines.push(en
      ? `${englishCount(withheld.length, "more project")} whose investment completed ${why}, to be verified, ${outOf}: ${names.join("; ")}`
      : `另有 ${withheld.length} 个项目的累计完成投资${why}，数值待核实，${outOf}：${names.join("、")}`);
  }
  const invalid = pr.invalid ?? [];
  if (invalid.length > 0) {
    const names = invalid.map(({ unit, item, message, messageEn }) => (en ? `${oneLine(item.name)} (${unit}: ${messageEn})` : `${oneLine(item.name)}（${unit}：${message}）`));
    lines.push(en
      ? `${englishCount(invalid.length, "more project")} with invalid entries (数据异常; an investment completed that cannot be read is no 0), ${outOf}: ${names.join("; ")}`
      : `另有 ${invalid.length} 个项目数据异常（累计完成投资无法读取的不按 0 计），${outOf}：${names.join("；")}`);
  }
  const notReported = pr.notReported ?? [];
  if (notReported.length > 0) {
    const names = notReported.map(({ unit, item }) => (en ? `${oneLine(item.name)} (${unit})` : `${oneLine(item.name)}（${unit}）`));
    lines.push(en
      ? `${englishCount(notReported.length, "more project")} with no investment completed entered (not reported, not 0), ${outOf}: ${names.join("; ")}`
      : `另有 ${notReported.length} 个项目未填报累计完成投资（不按 0 计），${outOf}：${names.join("、")}`);
  }
  const noInvestment = pr.noInvestment ?? [];
  if (noInvestment.length > 0) {
    const names = noInvestment.map(({ unit, item }) => (en
      ? `${oneLine(item.name)} (${unit}, total ${oneLine(item.target)}, completed ${item.value ?? ""})`
      : `${oneLine(item.name)}（${unit}，总投资 ${oneLine(item.target)}，累计完成 ${item.value ?? ""}）`));
    lines.push(en
      ? `${englishCount(noInvestment.length, "more project")} whose total investment is not a number (no planned investment to set the amount against), ${outOf}: ${names.join("; ")}`
      : `另有 ${noInvestment.length} 个项目总投资不是数值（没有可对照的计划投资），累计完成投资${outOf}：${names.join("；")}`);
  }
  const closed = pr.closed ?? [];
  if (closed.length > 0) {
    const names = closed.map(({ unit, item }) => {
      const done = (item.value ?? "").trim();
      return en
        ? `${oneLine(item.name)} (${unit}, ${item.state ?? ""}${done ? `, completed ${done}` : ""})`
        : `${oneLine(item.name)}（${unit}，${item.state ?? ""}${done ? `，累计完成 ${done}` : ""}）`;
    });
    lines.push(en
      ? `${englishCount(closed.length, "more project")} closed or transformed (已撤并 / 已转型, no longer evaluated), ${outOf}: ${names.join("; ")}`
      : `另有 ${closed.length} 个项目已撤并或已转型（不再评估），${outOf}：${names.join("、")}`);
  }
  return lines;
}
