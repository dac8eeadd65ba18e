import { ENGLISH_TERMS } from "./ENGLISH_TERMS";
import { quotedValue } from "./quotedValue";
import { RECHECK_WORDS } from "./RECHECK_WORDS";
import { typedSpaces } from "./typedSpaces";
import { dateCellText, numberShownAsDate } from "./dateCellText";
import { briefNote } from "./briefNote";
import { unitAfterNumber } from "./unitAfterNumber";
import { differenceInUnit } from "./differenceInUnit";
import { rangeText } from "./rangeText";
import { gapsCounted } from "./gapsCounted";
import { yearRuns } from "./yearRuns";
import type { Issue, IssueCode } from "./Issue";
import { PROGRESS_OVER, PROGRESS_SHOWN_MAX } from "./PROGRESS_SHOWN_MAX";
import { STATUS_LABELS, STATUS_LABELS_EN, type Status } from "./Status";

export type Lang = "zh" | "en";

type Text = (i: Issue) => string;

const p = (i: Issue, k: string): string => String(i.params?.[k] ?? "");
/** a reform's 完成时限 as read (reformDeadline): 2023年, 2024年6月 */
const deadlineZh = (i: Issue): string => `${p(i, "deadlineYear")}年${i.params?.["deadlineMonth"] === undefined ? "" : `${p(i, "deadlineMonth")}月`}`;
const deadlineEn = (i: Issue): string => (i.params?.["deadlineMonth"] === undefined ? p(i, "deadlineYear") : `${p(i, "deadlineYear")}-${p(i, "deadlineMonth").padStart(2, "0")}`);
/** The day of the lock a changed-after-lock issue names: China's day (lockedOn, set by applyLock: lockDay), else the record's first ten characters. */
const lockedOn = (i: Issue): string => (i.params?.["lockedOn"] !== undefined ? p(i, "lockedOn") : p(i, "lockedAt").slice(0, 10));
/** the cell holds spaces only (quotedValue's SPACES_ONLY) */
const spacesOnly = (i: Issue): boolean => (i.received ?? "") !== "" && (i.received ?? "").trim() === "";
/** plan_cell_changed's cell (params.field, planCellTexts' keys), as the sheet's headers name it. */
const PLAN_FIELD: Record<Lang, Record<string, string>> = { zh: { unit: "单位", baseline: "基期值", target: "目标" }, en: { unit: "unit", baseline: "baseline", target: "target" } };
/**
 * §8: a warning the filer kept with a 说明 says so (已说明), one a lock after review accepted says so (params.locked, applyLock:
 * nobody can correct or explain it in a locked return, trial42a F4); null for one still to correct or explain.
 */
const kept = (i: Issue, lang: Lang): string | null =>
  i.params?.["noted"] ? (lang === "zh" ? "（已说明）" : " (explained)") : i.params?.["locked"] !== undefined ? (lang === "zh" ? "（已锁定，审核人已认可）" : " (the return is locked and the reviewer accepted it)") : null;
/** §8: a warning kept (kept) says so; one without asks to correct or explain. */
const noted = (i: Issue, lang: Lang): string => kept(i, lang) ?? (lang === "zh" ? "：请改正，或在说明中写明原因" : ": correct it, or explain it in 说明");
/** A 左右 target's met band (approximate_outside, approximate_within's low and high): 2.7–3.3, -2.2 至 -1.8 (rangeText). */
const band = (i: Issue, lang: Lang): string => rangeText(p(i, "low"), p(i, "high"), lang);
/**
 * How far a value is from its 左右 target, in the row's own unit (params distance, unit: differenceInUnit), with the side
 * and, where the sentence has not named it yet (`named`), the target as written: "低于目标「3左右」，相差 4.2 个千分点";
 * never a share of the target (a trial's 「-1.2 低于目标 140%」 on a ‰ row read as the target; evaluation-rules §3).
 */
const bandDistance = (i: Issue, lang: Lang, named: boolean): string => {
  const above = p(i, "side") === "above";
  const d = differenceInUnit(p(i, "distance"), p(i, "unit"), lang);
  if (lang === "zh") return `${above ? "高于" : "低于"}目标${named ? `「${i.expected ?? ""}」` : ""}，相差 ${d}`;
  return `${above ? "above" : "below"} the target${named ? ` "${expectedEn(i)}"` : ""} by ${d}`;
};
// the plan's numbers a value is far from: "80.51–81.8", or one number
const planRange = (i: Issue): string => (p(i, "low") === p(i, "high") ? p(i, "low") : `${p(i, "low")}–${p(i, "high")}`);
// §8f's words for a value far from the plan (this year's or an earlier year's): the value, how far, the likely slip
const farFrom = (i: Issue, lang: Lang): string => {
  const above = p(i, "side") === "above";
  const f = p(i, "factor");
  const r = i.received ?? "";
  // the unit slip it most likely is, where one brings it near the plan (farSlipMeant: 2480500 → 2480.5)
  const meant = i.suggestion === undefined ? "" : lang === "zh" ? `（是否应为 ${sug(i)}？）` : ` Did you mean ${sug(i)}?`;
  if (lang === "zh") return `${r} ${above ? `约为规划数值（${planRange(i)}）最大者的 ${f} 倍` : `约为规划数值（${planRange(i)}）最小者的 1/${Math.round(Number(f))}`}，请核对是否多填或少填了一位、单位是否有误${meant}`;
  return `${r} is ${above ? `about ${f} times the largest` : `about 1/${Math.round(Number(f))} of the smallest`} of the plan's numbers (${planRange(i)}; a digit too many or too few, or the wrong unit?${meant})`;
};
// a jump in percent above 999% reads >999%, as a progress does (a value typed 1000× off); points read in full
const moved = (i: Issue, lang: Lang): string => {
  const c = Number(i.params?.["change"] ?? 0);
  const points = p(i, "by") === "points";
  const size = !points && Math.abs(c) / 100 > PROGRESS_SHOWN_MAX ? PROGRESS_OVER : points ? pointsText(i, Math.abs(c), lang) : `${Math.abs(c)}%`;
  return lang === "zh" ? `${c >= 0 ? "增加" : "减少"} ${size}` : `${c >= 0 ? "up" : "down"} ${size}`;
};
/**
 * `expected` in English: checkActual says 数值 (any number) where the unit sets no range; after a unit, `% 数值` is "any value in %"
 * (a trial read "% any number"). A project's amount is in the list's own unit, 亿元 (evaluateProject's `expected`, §4: the
 * tool's fixed unit, not the plan's words), said "100m yuan" as every English project message says it; an indicator's unit
 * is the plan's own (万人次 ≥ 0) and is kept as written, with its range (never `expected` alone: unitRange always adds one).
 */
const expectedEn = (i: Issue): string => (i.expected === "亿元" ? ENGLISH_TERMS.亿元 : (i.expected ?? "").replace(/^(.+) 数值$/, "any value in $1").replace("数值", "any number"));
const sug = (i: Issue): string => (i.suggestion === undefined ? "" : String(i.suggestion));
/** A number typed as text that the row refuses (－3 in a 0–100 row): checkActual names it as read (params.readAs), offering none; the row's own error follows. */
const readAs = (i: Issue): string | null => (i.suggestion === undefined && i.params?.["readAs"] !== undefined ? p(i, "readAs") : null);
/**
 * A number typed as text whose reading the rules would call a slip, offered as that slip's reading (params.slipRead, the
 * number read): §8f's far from the plan (readFar, readSide: 「11200」 in a 1.12 row → 1.12) or §4's 万元 in an 亿元 list
 * (investment, times: 「1,060」 → 0.106). Null where none.
 */
const slipRead = (i: Issue, lang: Lang): string | null => {
  if (i.suggestion === undefined || i.params?.["slipRead"] === undefined) return null;
  const r = p(i, "slipRead");
  if (i.params["readFar"] === undefined) {
    return lang === "zh" ? `读作 ${r}，是总投资（${p(i, "investment")} 亿元）的 ${p(i, "times")} 倍，疑似按万元填写：是否应为 ${sug(i)}？`
      : `read as ${r}, ${p(i, "times")}× the total (${p(i, "investment")}, ${ENGLISH_TERMS.亿元}): entered in 10k yuan? Did you mean ${sug(i)}?`;
  }
  const f = p(i, "readFar");
  const above = p(i, "readSide") !== "below";
  return lang === "zh" ? `读作 ${r}，约为规划数值${above ? `最大者的 ${f} 倍` : `最小者的 1/${Math.round(Number(f))}`}，疑似单位或数量级有误：是否应为 ${sug(i)}？`
    : `read as ${r}, ${above ? `about ${f} times the largest` : `about 1/${Math.round(Number(f))} of the smallest`} of the plan's numbers: the wrong unit or a digit too many or too few? Did you mean ${sug(i)}?`;
};
/** The formula a formula_error's cell holds, quoted (params.formula: `=A1*2`), or "" where the reader knew only that one is there (1). */
const formulaQuoted = (i: Issue, lang: Lang): string => {
  const f = i.params?.["formula"];
  if (typeof f !== "string") return "";
  return lang === "zh" ? `「${f}」` : ` "${f}"`;
};
/** A number typed as text into a cell in the Text format (@, params.textStyle: checkActual), where retyping it leaves it text again. */
const textStyled = (i: Issue): boolean => i.params?.["textStyle"] !== undefined;
/** A converted value check would doubt: far from the plan's numbers (params.low, high), or refused by the row. */
const convertedFar = (i: Issue, zh: boolean): string => {
  const range = i.params?.["low"] === undefined ? null : planRange(i);
  return range === null ? (zh ? "本行会视为疑似填错" : "which check would doubt") : zh ? `与规划数值（${range}）相差较大` : `far from the plan's numbers (${range})`;
};
/**
 * A number typed with a unit that is the indicator's own (checkActual's otherUnit, params.ownUnit, trial44a F1, F3): the
 * name's per word (nameWord 每万人口), or the unit of the plan's numbers, the conversion (converted) being far from them;
 * the number alone is asked for, never the converted value check would then call a slip.
 */
const ownUnitText = (i: Issue, lang: Lang): string => {
  const typed = p(i, "typedUnit");
  const unit = p(i, "unit");
  const converted = i.params?.["converted"] === undefined ? null : p(i, "converted");
  const word = i.params?.["nameWord"] === undefined ? null : p(i, "nameWord");
  const n = sug(i);
  if (word !== null) {
    return lang === "zh" ? `：所带单位「${typed}」是指标名称中“${word}”的一部分，不是数值的单位${converted === null ? "" : `（换算为${unit}得 ${converted}，${convertedFar(i, true)}）`}：请只填数值 ${n}`
      : `: its unit "${typed}" is part of the name's "${word}", not the number's${converted === null ? "" : ` (converted to "${unit}" it would be ${converted}, ${convertedFar(i, false)})`}: enter the number ${n} alone`;
  }
  return lang === "zh" ? `：所带单位「${typed}」不是本行单位「${unit}」，但换算为${unit}得 ${converted ?? ""}，${convertedFar(i, true)}，而 ${n} 与规划数值相近：请只填数值 ${n}（如规划数值确按「${typed}」计，请告知模板管理人员本行单位有误）`
    : `: its unit "${typed}" is not the row's unit "${unit}", but converted to "${unit}" it would be ${converted ?? ""}, ${convertedFar(i, false)}, while ${n} fits them: enter the number ${n} alone (if the plan's numbers are in "${typed}", tell the template's manager the row's unit is wrong)`;
};
/**
 * A number typed with another unit than the row's (checkActual's otherUnit, trial44a F1, F3): the conversion is asked
 * for, its value named (converted), and said to be doubted too (convertedDoubt, the plan's low and high); never a
 * converted value that check would then call a slip (that is ownUnitText's).
 */
const otherUnitText = (i: Issue, lang: Lang): string => {
  const typed = p(i, "typedUnit");
  const unit = p(i, "unit");
  const converted = i.params?.["converted"] === undefined ? null : p(i, "converted");
  const far = (zh: boolean): string => convertedFar(i, zh);
  if (i.params?.["convertedDoubt"]) {
    return lang === "zh" ? `：所带单位「${typed}」不是本行单位「${unit}」；换算为${unit}得 ${converted ?? ""}，${far(true)}：请核对数值和单位后只填数值`
      : `: its unit "${typed}" is not the row's unit "${unit}"; converted to "${unit}" it would be ${converted ?? ""}, ${far(false)}: check the number and its unit, and enter the number alone`;
  }
  const shown = converted === null ? "" : lang === "zh" ? `（${i.received ?? ""} 即 ${converted}${unitAfterNumber(unit)}）` : ` (${i.received ?? ""} is ${converted}${unitAfterNumber(unit)})`;
  return lang === "zh" ? `：所带单位「${typed}」不是本行单位「${unit}」，请换算为${unit}后只填数值${shown}`
    : `: its unit "${typed}" is not the row's unit "${unit}"; convert it to "${unit}"${shown} and enter the number alone`;
};
/** An amount typed with 万元 in an 亿元 list (「45000万元」: params.wanAmount 45000), converted; the number it is in 亿元 follows. */
const wanRead = (i: Issue, lang: Lang, amount: string): string =>
  lang === "zh" ? `${p(i, "wanAmount")} 万元即 ${amount} 亿元` : `${p(i, "wanAmount")} in 10k yuan is ${amount} (${ENGLISH_TERMS.亿元})`;
/** Text that reads as a fraction of a % row (「0.835」, the plan ≥ 10): checkActual names the reading (params.fraction) and offers ×100. */
const fractionRead = (i: Issue): string | null => (i.params?.["fraction"] !== undefined ? p(i, "fraction") : null);
/** The readings of a number in brackets (（70.5）) the row takes, §2 our reading: accounting's negative, the number as marked; never offered. */
const bracketReadings = (i: Issue, lang: Lang): string[] => {
  const neg = i.params?.["negative"] === undefined ? [] : [lang === "zh" ? `如是负数（会计记法），请填 ${p(i, "negative")}` : `if a negative number was meant (accounting brackets), enter ${p(i, "negative")}`];
  const pos = i.params?.["bracketed"] === undefined ? [] : [lang === "zh" ? `如是 ${p(i, "bracketed")}，请填 ${p(i, "bracketed")}` : `if ${p(i, "bracketed")} was meant, enter ${p(i, "bracketed")}`];
  return [...neg, ...pos];
};
/**
 * §8a, our reading: a cumulative row's fall after earlier years that add up (params totalYears,
 * totals, amounts) names those years as the likely running totals, not this year's value.
 */
const list = (i: Issue, k: string, lang: Lang): string => p(i, k).split(",").join(lang === "zh" ? "、" : ", ");
// a `points` jump (and its limit) in the row's own unit (params.unit: differenceInUnit): a ‰ row's 12 个千分点, never
// 个百分点 (s46); a jump made before the unit was kept is said as a % row's
const pointsText = (i: Issue, n: number | string, lang: Lang): string => differenceInUnit(String(n), i.params?.["unit"] === undefined ? "%" : p(i, "unit"), lang);
const limitText = (i: Issue, lang: Lang): string => (p(i, "by") === "points" ? `±${pointsText(i, p(i, "limit"), lang)}` : `±${p(i, "limit")}%`);
const jumpAfterTotals = (i: Issue, lang: Lang): string => {
  const years = list(i, "totalYears", lang);
  if (lang === "zh") {
    return `${years} 年的 ${list(i, "totals", lang)} 与往年逐年累加，疑似填了累计数（当年新增应为 ${list(i, "amounts", lang)}？），本年 ${i.received ?? ""} 因而比 ${p(i, "year")} 年${moved(i, "zh")}（超过 ${limitText(i, "zh")}）`
      + (kept(i, "zh") ?? `；累计指标每年只填当年新增量，请改正 ${years} 年，或在说明中写明原因`);
  }
  const one = !p(i, "totalYears").includes(",");
  return `${one ? `${years}'s ${list(i, "totals", lang)} adds` : `the values of ${years} (${list(i, "totals", lang)}) add`} up the years before, likely ${one ? "a running total" : "running totals"} (${one ? "its own amount" : "their own amounts"} ${list(i, "amounts", lang)}?), so this year's ${i.received ?? ""} is ${moved(i, "en")} since ${p(i, "year")} (beyond ${limitText(i, "en")})`
    + (kept(i, "en") ?? `; a cumulative row takes each year's own amount: correct ${years}, or explain it in 说明`);
};
/** A cell said of: Y's (本年值) or an earlier year's (params.year, where Y's own is not doubted): a cumulative row's, a fall rate's (fall_negative). */
const whose = (i: Issue, lang: Lang): string => (i.params?.["year"] ? (lang === "zh" ? `${p(i, "year")} 年的数值` : `${p(i, "year")}'s value`) : lang === "zh" ? "本年值" : "this year's");
/** What lags, in lagging_no_note: a project's row (params.project) is a 项目, not a 指标 (trial47a F6). */
const lagged = (i: Pick<Issue, "params">): string => (i.params?.["project"] !== undefined ? "项目" : "指标");
const laggedEn = (i: Pick<Issue, "params">): string => (i.params?.["project"] !== undefined ? "project" : "indicator");

/** Years listed in a param ("2016,2017"): cumulative_gap's blank years (years), lagging_no_note's (gaps), said together. */
const listedYears = (i: Issue, k: string): number[] => p(i, k).split(",").map(Number);
const gapYears = (i: Issue): number[] => listedYears(i, "years");
/** §8e: the reason an earlier year's value cannot be used, said as that error would be (its own code and facts). */
const reason = (i: Issue, lang: Lang): string => {
  const code = p(i, "reason") as IssueCode;
  const own = (lang === "zh" ? ZH : EN)[code];
  return own === undefined || code === "earlier_year_invalid" || code === "unjudged_value_invalid" ? "" : own({ ...i, code });
};

/**
 * A suggestion §8f would call far from the plan (params.suggestionFar), said after the message: what is wrong with it (a
 * slip of unit or digits, as §8f says) and what to do before typing it (it said only 请先核对, check it first).
 */
const suggestionFar = (i: Issue, lang: Lang): string => {
  if (i.params?.["suggestionFar"] === undefined) return "";
  const f = p(i, "suggestionFar");
  const above = p(i, "suggestionSide") !== "below";
  if (lang === "zh") return `（但 ${sug(i)} 约为规划数值${above ? `最大者的 ${f} 倍` : `最小者的 1/${Math.round(Number(f))}`}，疑似单位或数量级有误：请核对单位和位数后再填）`;
  return ` (but ${sug(i)} would be ${above ? `about ${f} times the largest` : `about 1/${Math.round(Number(f))} of the smallest`} of the plan's numbers: the wrong unit or a digit too many or too few? Check the unit and the digits before entering it)`;
};

/**
 * A number in a date-formatted cell (params.dateSerial, the number stored): a small one was typed as
 * a number (381 shows as 1901-01-15); a recent date may have been typed as a date. In a time style
 * (params.timeStyle) it was typed as a number whatever it is: the cell shows the time (0.5 shows 12:00).
 */
const dateNumber = (i: Issue): { n: number; typedNumber: boolean; time: boolean } | null => {
  const n = i.params?.["dateSerial"];
  const time = Boolean(i.params?.["timeStyle"]);
  return typeof n === "number" ? { n: Number(n.toPrecision(12)), typedNumber: numberShownAsDate(i.received ?? "", time), time } : null;
};

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** 1.4, a number typed as month.day, as the date it became: 1月4日, 4 January. */
const monthDay = (meant: string, lang: Lang): string => {
  const [m = "", d = ""] = meant.split(".");
  return lang === "zh" ? `${m}月${d}日` : `${d} ${MONTHS_EN[Number(m) - 1] ?? m}`;
};

/** A date read in an amount (params.dateYear, dateMonth, dateDay: amountDate) as words: 2024年6月1日, 1 June 2024. */
const amountDateWords = (i: Issue, lang: Lang): string => {
  const [y, m, d] = ["dateYear", "dateMonth", "dateDay"].map((k) => (i.params?.[k] === undefined ? "" : p(i, k)));
  if (lang === "zh") return `${y ? `${y}年` : ""}${m ? `${m}月` : ""}${d ? `${d}日` : ""}`;
  return [d, m ? MONTHS_EN[Number(m) - 1] ?? m : "", y].filter(Boolean).join(" ");
};
/** 「2024.6」（即 2024年6月）: the date as typed, and as read where that says more. */
const dateAsTyped = (i: Issue, lang: Lang): string => {
  const words = amountDateWords(i, lang);
  const typed = i.received ?? "";
  if (lang === "zh") return `「${typed}」` + (words === typed ? "" : `（即 ${words}）`);
  return `"${typed}"` + (words === typed ? "" : ` (${words})`);
};

/** After a list's state that is none of its states: the one meant (params.meant: stateMeant), else choose one and write why in 说明. */
const stateFix = (i: Issue, lang: Lang): string => {
  const meant = i.params?.["meant"] === undefined ? null : p(i, "meant");
  if (lang === "zh") return meant !== null ? `，请改选「${meant}」` : `：清单没有这一状态，请从下拉列表中选一个状态，把情况或原因写在「说明」列`;
  return meant !== null ? `: choose "${meant}"` : `: the list has no such state; choose one from the drop-down list and write the situation or reason in 说明 (the note column)`;
};

const ZH: Record<IssueCode, Text> = {
  not_a_number: (i) => {
    const d = dateNumber(i);
    if (i.params?.["typedDate"]) return `填写的是日期「${i.received ?? ""}」，不是本行的数值；应填数值（${i.expected ?? ""}）`;
    if (i.params?.["noData"]) return `「${i.received ?? ""}」不是数值：当年数据尚未取得时，请让此格空着（按未填报），在「说明」列写明原因；取得后填数值（${i.expected ?? ""}）`;
    if (!d && i.params?.["inBrackets"]) {
      const r = bracketReadings(i, "zh");
      return `填写的是文本「${i.received ?? ""}」（数字加了括号），公式无法读取；应只填数值（${i.expected ?? ""}）` + (r.length > 0 ? `：${r.join("；")}` : `，括号中的数按正数或负数读都不符合本行要求，请核实`);
    }
    if (!d && i.params?.["approximate"]) return `应填数值（${i.expected ?? ""}），实际为约数「${i.received ?? ""}」：请填确切数值` + (readAs(i) === null ? `，如确为 ${sug(i)}，请填 ${sug(i)}` : "");
    // a cell of spaces only is named, with what to do (its quote 「 」 read as nothing: trial31p #12)
    if (!d && spacesOnly(i)) return `应填数值（${i.expected ?? ""}），实际为${quotedValue(i.received ?? "", "zh")}：请删去空格后填写数值；暂无数值时让此格空着，在「说明」列写明原因`;
    if (!d) return `应填数值（${i.expected ?? ""}），实际为「${i.received ?? ""}」` + (i.params?.["typedUnit"] ? otherUnitText(i, "zh") : "");
    return d.typedNumber
      ? `${dateCellText(i.received ?? "", d.n, "zh", d.time)}；请把单元格格式改为常规（应填数值：${i.expected ?? ""}）`
      : `${dateCellText(i.received ?? "", d.n, "zh")}；应填数值（${i.expected ?? ""}），` + (i.params?.["meant"]
        ? `如本想填 ${p(i, "meant")}（输入后被识别为 ${monthDay(p(i, "meant"), "zh")}），请把单元格格式改为常规，再填 ${p(i, "meant")}`
        : `如填的是数值 ${d.n}，请把单元格格式改为常规`);
  },
  text_number: (i) => {
    const unit = i.params?.["typedUnit"] ? `单位「${p(i, "typedUnit")}」` : "";
    const note = i.params?.["typedNote"] ? `文字「${p(i, "typedNote")}」` : "";
    const read = readAs(i);
    const wan = i.params?.["wanAmount"] !== undefined;
    const style = textStyled(i);
    const retype = style ? `请把单元格格式改为常规，再填 ${sug(i)}` : `建议改为 ${sug(i)}`;
    const slip = fractionRead(i) === null ? slipRead(i, "zh") : null;
    const fix = read !== null ? `${wan ? wanRead(i, "zh", read) : `读作 ${read}`}，本行不能填此数，请核实` : fractionRead(i) !== null ? `读作 ${fractionRead(i)}，基期值或目标值在 10 以上，疑似按小数填写，${retype}`
      : slip ?? `${wan ? `${wanRead(i, "zh", sug(i))}，` : ""}${retype}`;
    // the Text format named first, as the percent format is (percent_typed); where no number is offered, what to do before typing one
    const head = style ? "单元格格式为文本（@），输入的数字也存为文本：" : "";
    const tail = style && (read !== null || slip !== null) ? "；改填数值前请先把单元格格式改为常规" : "";
    // the spaces typed are said in words: a quote alone loses them where a run of spaces collapses (typedSpaces)
    const spaces = typedSpaces(i.received ?? "", "zh");
    if (i.params?.["ownUnit"]) return `${head}填写的是文本「${i.received ?? ""}」，公式无法读取${ownUnitText(i, "zh")}` + (note ? `，把「${p(i, "typedNote")}」写入「说明」列` : "") + (style ? "；改填数值前请先把单元格格式改为常规" : "");
    if (!unit && !note) return `${head}填写的是文本「${i.received ?? ""}」${spaces ? `（${spaces}）` : ""}，公式无法读取；应填数值，${fix}${tail}`;
    const carried = unit && note ? `数值带了${unit}和${note}` : unit ? `数值带了${unit}` : `数值后附了${note}`;
    return `${head}填写的是文本「${i.received ?? ""}」（${[carried, spaces].filter(Boolean).join("，")}），公式无法读取；应只填数值，${fix}` + (note ? `，把「${p(i, "typedNote")}」写入「说明」列` : "") + tail;
  },
  bound_value: (i) => `填写的是范围「${i.received ?? ""}」，请填写确切数值` + (p(i, "decides") === "met" ? `（按 ${i.received ?? ""} 可判定为已达标，请填写确切数值）` : p(i, "decides") === "not_met" ? `（按 ${i.received ?? ""} 可判定为未达标）` : ""),
  // a formula's error result names the formula, quoted where the reader kept it (params.formula; trial44a F6)
  formula_error: (i) => (i.params?.["formula"] === undefined ? `单元格为错误值 ${i.received ?? ""}，应填数值（${i.expected ?? ""}）`
    : `单元格中的公式${formulaQuoted(i, "zh")}计算结果为错误值 ${i.received ?? ""}：应填数值（${i.expected ?? ""}），请直接填写数值，或改正公式`),
  formula_uncalculated: (i) => `${i.received ? `公式「${i.received}」` : "公式"}未计算（文件中没有公式的计算结果）：请在 Excel、WPS 或 LibreOffice 中打开并保存后再核对`,
  linked_formula: (i) => `是引用其他工作簿${p(i, "book") ? `「${p(i, "book")}」` : ""}的公式${i.received ? `（${i.received}）` : ""}${p(i, "saved") ? `，按文件中保存的结果 ${p(i, "saved")} 读取` : ""}；在 Excel 中更新链接后此数可能改变，找不到该工作簿时变为 #REF!：请该单位复制本格后「选择性粘贴 → 数值」（只粘贴数值）再报送`,
  not_finite: (i) => `数值无效「${i.received ?? ""}」，应为有限数值`,
  value_too_large: (i) => `数值过大（${i.received ?? ""}），不是实际的数量，请核实`,
  percent_out_of_range: (i) => `百分比应在 0–100 之间，实际为 ${i.received ?? ""}`,
  percent_change_large: (i) => `增减幅度超过 100%（${i.received ?? ""}），请核实`,
  percent_fraction: (i) => `百分比填为 ${i.received ?? ""}，基期值或目标值在 10 以上，疑似按小数填写，应为 ${sug(i)}？`,
  fraction_suspect: (i) => `${whose(i, "zh")} ${i.received ?? ""} 约为${i.params?.["span"] ? `规划期累计目标按年平均数（每年 ${p(i, "reference")}）` : `规划数值 ${p(i, "reference")} `}的 1/${p(i, "times")}，`
    + `疑似把 ${sug(i)}% 按小数填成了 ${i.received ?? ""}：本行单位为 %，是否应为 ${sug(i)}？${i.params?.["span"] && i.params["year"] ? `累计数按 ${i.received ?? ""} 计入${kept(i, "zh") === null ? "：" : ""}` : ""}`
    + (kept(i, "zh") ?? `请改正${i.params?.["year"] ? ` ${p(i, "year")} 年` : ""}，或在说明中写明原因`),
  permille_out_of_range: (i) => `千分比应在 0–1000 之间，实际为 ${i.received ?? ""}`,
  negative: (i) => `不应为负数，实际为 ${i.received ?? ""}`,
  count_not_whole: (i) => `计数应为整数，实际为 ${i.received ?? ""}`,
  // the bracket is the plan's figure the value is measured against, not the suggestion (a trial read 约 12000 beside 11200 as one)
  scale_suspect: (i) => `数值 ${i.received ?? ""} 超过基期值或目标值（${(i.expected ?? "").replace(/^约 /, "约为 ")}）的 1000 倍，疑似单位填错，是否应为 ${sug(i)}？`,
  age_out_of_range: (i) => `年龄应在 0–120 之间，实际为 ${i.received ?? ""}`,
  years_out_of_range: (i) => `年限应在 0–30 之间，实际为 ${i.received ?? ""}`,
  // the template keeps "" for a unit cell left empty and one holding a dash alike: both are said (trial31: the name was blamed)
  unit_inferred: (i) => `规划未写单位，单位栏的「${p(i, "unit")}」是按指标名称推断填入的，请核对（无误的，在模板中写明单位后不再提示）`,
  unit_unknown: () => `单位留空（如指数，无量纲），仅检查是否为数值`,
  direction_inferred: (i) => `方向未在模板中设定，按基期值与目标值推断为「${p(i, "direction") === "down" ? "越低越好" : "越高越好"}」；如不符，请在导入预览的“方向”列或模板中改正方向`,
  percent_typed: (i) => (i.params?.["typedNumber"]
    ? `单元格为百分比格式，填入的 ${p(i, "stored")} 显示为「${i.received ?? ""}」；本行单位为 %，请把单元格格式改为常规，再填 ${sug(i)}`
    : `单元格为百分比格式，填入「${i.received ?? ""}」实际存为 ${p(i, "stored")}；本行单位为 %，应填 ${sug(i)}（不带 %）`),
  percent_style_unit: (i) => `${i.params?.["year"] === undefined ? "" : `${p(i, "year")} 年的数值：`}单元格为百分比格式（显示「${i.received ?? ""}」），本行单位为 ${p(i, "unit")}，按存储的数值 ${p(i, "stored")} 计；${i.suggestion === undefined ? "如有误请改填数值" : `如应为 ${sug(i)}，请把单元格格式改为常规，再填 ${sug(i)}`}`,
  no_baseline: () => `无基期值，无法计算序时进度`,
  no_trajectory: (i) => (i.params?.["onBound"]
    ? `基期值 ${i.received ?? ""} 正是目标 ${i.expected ?? ""} 的界限，无法按基期计算进度，未达标按滞后处理`
    : `基期值 ${i.received ?? ""} 已满足目标 ${i.expected ?? ""}，无法计算进度，未达标按滞后处理`),
  // params.lags: the row lags with the blank year counted as 0 (withNoteCheck): its values are asked for first (trial37c F5)
  cumulative_gap: (i) => (i.params?.["lags"] !== undefined ? `${yearRuns(gapYears(i), "—", "、")} 年的数值未填：请先补填（累计指标按 0 计入，本行的滞后可能因此而来）` : `累计目标：${gapsCounted(gapYears(i), "zh")}`),
  approximate_outside: (i) => `「${i.expected ?? ""}」以上下 ${p(i, "met")}% 为达标（${band(i, "zh")}），上下 ${p(i, "lagging")}% 以内为滞后（评估规则 §3，不看升降）：${i.received ?? ""} ${bandDistance(i, "zh", true)}`,
  approximate_within: (i) => `${i.received ?? ""} 在目标「${i.expected ?? ""}」的上下 ${p(i, "met")}% 以内（${band(i, "zh")}），按评估规则 §3 即为已达标（不看进度）：${bandDistance(i, "zh", false)}`,
  strict_bound_equal: (i) => `${i.received ?? ""} 等于目标值，目标为「${i.expected ?? ""}」，须${p(i, "side") === "floor" ? "高于" : "低于"} ${p(i, "bound")} 才达标（进度按 100% 计，状态仍按序时进度评估）`,
  approximate_backwards: (i) => `倒退：${i.received ?? ""} ${Number(i.received) < Number(p(i, "baseline")) ? "低于" : "高于"}基期值 ${p(i, "baseline")}，离目标「${i.expected ?? ""}」更远；左右目标按上下 10% 判定（评估规则 §3），不看升降：请核实数值，或在说明中写明原因`,
  running_total: (i) => (i.params?.["target"] !== undefined
    ? `本年值 ${p(i, "total")} 等于规划期累计目标；累计指标每年只填当年新增量，请核实`
    : i.params?.["earlierSum"] !== undefined
      ? `本年值 ${p(i, "total")} 不小于 ${p(i, "from")}—${p(i, "to")} 年之和 ${p(i, "earlierSum")}，疑似填了累计数；累计指标每年只填当年新增量，是否应为 ${p(i, "amount")}（${p(i, "total")} − ${p(i, "earlierSum")}）？`
      : `本年值 ${p(i, "total")} 与往年逐年累加，疑似填了累计数；累计指标每年只填当年新增量，是否应为 ${p(i, "amount")}？`),
  level_typed: (i) => `${whose(i, "zh")} ${i.received ?? ""} 超过规划期累计目标 ${p(i, "target")} 的 ${p(i, "times")} 倍，又接近基期值 ${p(i, "baseline")}，疑似填了当年的水平值；累计指标每年只填当年新增量（提高值 = ${i.params?.["year"] ? `${p(i, "year")} 年` : "本年"}水平 − ${p(i, "levelYear")} 年水平 ${p(i, "level")}），是否应为 ${p(i, "rise")}？` + (i.params?.["year"] ? `请改正 ${p(i, "year")} 年` : ""),
  compounded_fall: (i) => `按各年${p(i, "word")}率连乘，${p(i, "from")}—${p(i, "to")} 年累计${p(i, "word")} ${p(i, "compounded")}%${p(i, "sumStatus") === "met" ? `，低于目标 ${p(i, "target")}` : ""}（各年相加为 ${p(i, "sum")}%，${STATUS_LABELS[p(i, "sumStatus") as Status] ?? ""}）；规划按连乘计算时本项${i.params?.["final"] ? "未完成" : `为${STATUS_LABELS[p(i, "status") as Status] ?? ""}`}，请核对`,
  fall_negative: (i) => `${whose(i, "zh")} ${i.received ?? ""} 为负数，${i.params?.["year"] ? "此前各年" : "往年"}均为正数：是否应为 ${p(i, "positive")}？（${p(i, "word")}率通常填正数）`
    + (kept(i, "zh") ?? "；若确为上升，请在说明中写明"),
  year_over_pace: (i) => `${whose(i, "zh")} ${i.received ?? ""} 是${i.params?.["to"] !== undefined ? ` ${p(i, "from")}—${p(i, "to")} 年` : "规划期"}累计目标 ${p(i, "target")} 按年平均（每年 ${p(i, "pace")}）的 ${p(i, "times")} 倍${Number(i.received) > Number(p(i, "target")) ? (i.params?.["to"] !== undefined ? "，一年即超过这一期间的目标" : "，一年即超过整个规划期的目标") : ""}；累计指标每年只填当年新增量`
    + (i.params?.["amount"] !== undefined ? `，疑似加上了上个规划期的累计数 ${p(i, "previous")}（基期值），是否应为 ${p(i, "amount")}（${i.received ?? ""} − ${p(i, "previous")}）？` : "：")
    + (kept(i, "zh") ?? `请改正${i.params?.["year"] ? ` ${p(i, "year")} 年` : ""}，或在说明中写明原因`),
  compound_target: (i) => `目标「${i.expected ?? ""}」含多个分项，请人工评估`,
  project_investment_negative: (i) => `总投资不应为负数，实际为 ${i.received ?? ""}`,
  project_completed_negative: (i) => `累计完成投资不应为负数，实际为 ${i.received ?? ""}`,
  project_period_invalid: (i) => `建设起止年限应为「2023-2024」格式，实际为「${i.received ?? ""}」`,
  project_year_out_of_range: (i) => `建设年份应在 2000–2100 之间，实际为「${i.received ?? ""}」`,
  project_start_after_end: (i) => `开工年份晚于完工年份：「${i.received ?? ""}」`,
  project_no_unit: () => `请填写责任单位（此项为必填）`,
  project_investment_large: (i) => `总投资 ${i.received ?? ""} 亿元超过 1000 亿元，疑似按万元填写，是否应为 ${sug(i)}？`,
  // what was expected (the limit, with the total it comes from), then what was found: a trial read 「超过总投资的 1.2 倍（≤ 0.005）」, the total, as a target
  project_completed_over: (i) => `累计完成投资应不超过总投资 ${p(i, "investment")} 亿元的 1.2 倍（${p(i, "limit")} 亿元），实际为 ${i.received ?? ""} 亿元：请核实累计完成投资和总投资是否填错`,
  project_completed_share: (i) => `填写的是「${i.received ?? ""}」，像是完成比例，不是金额：累计完成投资应填金额（亿元）` + (i.params?.["amount"] === undefined ? "" : `；如 ${p(i, "share")}% 是完成比例，应填 ${p(i, "amount")}`),
  project_completed_scale: (i) => i.params?.["dateYear"] !== undefined || i.params?.["dateMonth"] !== undefined
    ? `累计完成投资 ${i.received ?? ""} 是总投资（${p(i, "investment")} 亿元）的 ${p(i, "times")} 倍，疑似填了日期${dateAsTyped(i, "zh")}，不是金额：请填截至年底的累计完成投资（亿元）`
    : `累计完成投资 ${i.received ?? ""} 是总投资（${p(i, "investment")} 亿元）的 ${p(i, "times")} 倍，疑似按万元填写：是否应为 ${sug(i)}（按万元填写？）本表单位为亿元`,
  project_completed_date: (i) => `疑似填了日期${dateAsTyped(i, "zh")}，不是金额：请填截至年底的累计完成投资（亿元）`,
  project_not_started_spent: (i) => `项目状态为「未开工」，但累计完成投资为 ${i.received ?? ""} 亿元：请核对项目状态或累计完成投资`,
  project_state_blank: (i) => `已填累计完成投资 ${i.received ?? ""} 亿元，但未选择项目状态：请选择 未开工/在建/已完工/已撤并/已转型`,
  project_done_unspent: () => `项目状态为「已完工」（按已达标计），但累计完成投资为 0：请填写实际累计完成投资`,
  project_state_invalid: (i) => `项目状态应为 ${i.expected ?? ""} 之一，实际为「${i.received ?? ""}」` + stateFix(i, "zh"),
  project_overdue: (i) => `已超过计划完工年份 ${p(i, "end")} 年仍未完成（逾期）`,
  reform_no_lead: () => `未填写牵头单位`,
  reform_no_evidence: () => `进展状态为「已完成」，但未填写佐证材料`,
  reform_overdue: (i) => `完成时限为 ${deadlineZh(i)}，截至 ${p(i, "year")} 年底仍未完成（逾期）`,
  reform_done_late: (i) => `完成时限为 ${deadlineZh(i)}，${p(i, "year")} 年度填报已完成，晚于完成时限（逾期完成）；如在时限内已完成，请在说明中写明完成时间`,
  reform_state_invalid: (i) => `进展状态应为 ${i.expected ?? ""} 之一，实际为「${i.received ?? ""}」` + stateFix(i, "zh"),
  status_overwritten: (i) => `状态单元格显示「${i.received ?? ""}」，核对结果为「${i.expected ?? ""}」：状态公式可能被改写（或文件未重新计算），请恢复公式（重新加载模板并选“更新现有工作表”）`,
  // a 说明 cell merged into the one above (P10:P11): the note is that row's alone
  lagging_no_note: (i) => (i.params?.["locked"] !== undefined ? (i.params["unreviewed"] !== undefined ? `滞后，未写说明；锁定时未经审核` : `滞后，未写说明；已锁定，审核人已认可，不再要求填写`) : i.params?.["mergedWith"] === undefined ? `滞后${lagged(i)}须填写说明${i.params?.["gaps"] !== undefined ? `（先补填 ${yearRuns(listedYears(i, "gaps"), "—", "、")} 年的数值，补填后仍滞后的再写说明）` : ""}` : `与 ${p(i, "mergedWith")} 合并，说明只记在 ${p(i, "mergedWith")}，本行仍没有说明（滞后${lagged(i)}须填写说明）；请取消合并，逐行填写说明`),
  // trial35 X1: the 人工评估 column is open to the filer, so a conclusion with nothing under it may be the unit's own
  assessment_unsupported: (i) => `人工评估为「${STATUS_LABELS[p(i, "status") as Status] ?? ""}」，但 ${p(i, "year")} 年完成情况和说明都未填写：人工评估应由审核人员依据填报内容给出，表中看不出是谁所填；请填报单位填写完成情况（或在说明中写明原因），审核人员在审核表中确认这一结论`,
  // said as the report says it (有 1 项按人工评估结论评估，尚待审核确认), to whoever runs check (trial44a F5)
  assessment_to_confirm: (i) => `人工评估为「${STATUS_LABELS[p(i, "status") as Status] ?? ""}」，本行按此评估，尚待审核人员在审核表中确认`,
  assessment_invalid: (i) => `人工评估应从下拉列表选择 ${i.expected ?? ""} 之一，实际为「${i.received ?? ""}」，不能作为评估结论`,
  plan_cell_changed: (i) => `${PLAN_FIELD.zh[p(i, "field")] ?? ""}${quotedValue(i.received ?? "", "zh")}与模板${quotedValue(i.expected ?? "", "zh")}不一致，核对仍按模板${i.expected ? `的 ${i.expected}` : ""}；规划中期调整请用 rollover --from 新的规划表（见用户指南）`,
  row_missing: () => `填报表中未找到本行（可能已被删除），按未填报计`,
  // locked with no decision on the 审核 sheet (params.unreviewed, LockRecord.reviewed false): never said 审核通过 (T10).
  // What lock and review ask of a change: the reviewer accepts it or sends it back, not a return sent back unseen (session 38)
  locked_value_changed: (i) => `${i.params?.["unreviewed"] ? `本填报已锁定（${lockedOn(i)}，未经审核）` : `本填报已审核通过并锁定（${lockedOn(i)}）`}，锁定时为${quotedValue(i.expected ?? "", "zh")}，现为${quotedValue(i.received ?? "", "zh")}：${RECHECK_WORDS.zh.changed()}：${RECHECK_WORDS.zh.how()}`,
  future_year_value: (i) => `${p(i, "year")} 年尚未报告（本次报告 ${p(i, "reporting")} 年），却已填「${i.received ?? ""}」：是否填错了列？请移到 ${p(i, "reporting")} 年一列或删除`,
  missing_explained: (i) => `未填报（已说明：${briefNote(p(i, "note"))}）`,
  // params.countedAsZero: a cumulative row's total counts the blank as 0 (owedInGap: said here, not in cumulative_gap); lags: the row lags
  earlier_year_owed: (i) => `${p(i, "year")} 年的数值仍未填写（${p(i, "year")} 年填报时已说明：${briefNote(p(i, "note"))}）：数据发布后请${i.params?.["lags"] !== undefined ? "先" : ""}补填${i.params?.["countedAsZero"] === undefined ? "" : `（在此之前按 0 计入累计${i.params["lags"] !== undefined ? "，本行的滞后可能因此而来" : ""}）`}`,
  earlier_year_invalid: (i) => `${p(i, "year")} 年的数值不能使用（${reason(i, "zh")}）${i.params?.["final"] === undefined ? "，评估的趋势与预测不计入该年" : ""}：请改正`,
  unjudged_value_invalid: (i) => `规划对 ${p(i, "year")} 年没有目标（不适用），但所填数值不能使用（${reason(i, "zh")}）：请改正，或清空`,
  value_jump: (i) => (i.params?.["totalYears"] ? jumpAfterTotals(i, "zh") : `比 ${p(i, "year")} 年（${p(i, "previous")}）${moved(i, "zh")}，超过 ${limitText(i, "zh")}` + noted(i, "zh")),
  value_revised: (i) => `${p(i, "year")} 年数值为 ${i.received ?? ""}，上年报送为 ${p(i, "previous")}` + noted(i, "zh"),
  above_city: (i) => `${p(i, "year")} 年数值 ${i.received ?? ""} 高于全市合计 ${p(i, "city")}` + noted(i, "zh"),
  far_from_plan: (i) => `数值 ${farFrom(i, "zh")}` + noted(i, "zh"),
  earlier_year_far: (i) => `${p(i, "year")} 年的数值 ${farFrom(i, "zh")}` + (kept(i, "zh") ?? "；未核实前评估不据此预测：请改正，或在说明中写明原因"),
};

const EN: Record<IssueCode, Text> = {
  not_a_number: (i) => {
    const d = dateNumber(i);
    if (i.params?.["typedDate"]) return `"${i.received ?? ""}" is a date, not a number for this row; a number is expected (${expectedEn(i)})`;
    if (i.params?.["noData"]) return `"${i.received ?? ""}" is not a number: while the year's figure is not available, leave this cell empty (counted as not reported) and give the reason in 说明; enter the number (${expectedEn(i)}) once known`;
    if (!d && i.params?.["inBrackets"]) {
      const r = bracketReadings(i, "en");
      return `"${i.received ?? ""}" is text (a number in brackets) the formulas cannot read; enter the number alone (${expectedEn(i)})` + (r.length > 0 ? `: ${r.join("; ")}` : `; read as positive or negative, the number in brackets does not fit this row: check it`);
    }
    if (!d && i.params?.["approximate"]) return `expected a number (${expectedEn(i)}), found the approximate "${i.received ?? ""}": enter the exact figure` + (readAs(i) === null ? `; if it is ${sug(i)}, enter ${sug(i)}` : "");
    if (!d && spacesOnly(i)) return `expected a number (${expectedEn(i)}), found ${quotedValue(i.received ?? "", "en")}: delete the spaces and type the number; with no figure yet, leave the cell empty and give the reason in 说明`;
    if (!d) return `expected a number (${expectedEn(i)}), found "${i.received ?? ""}"` + (i.params?.["typedUnit"] ? otherUnitText(i, "en") : "");
    return d.typedNumber
      ? `${dateCellText(i.received ?? "", d.n, "en", d.time)}; set the cell's format to General (a number is expected: ${expectedEn(i)})`
      : `${dateCellText(i.received ?? "", d.n, "en")}; a number is expected (${expectedEn(i)}): ` + (i.params?.["meant"]
        ? `if ${p(i, "meant")} was meant (it was read as ${monthDay(p(i, "meant"), "en")}), set the cell's format to General and enter ${p(i, "meant")}`
        : `if ${d.n} was meant, set the cell's format to General`);
  },
  text_number: (i) => {
    const unit = i.params?.["typedUnit"] ? `its unit "${p(i, "typedUnit")}"` : "";
    const note = i.params?.["typedNote"] ? `the words "${p(i, "typedNote")}"` : "";
    const read = readAs(i);
    const fraction = fractionRead(i);
    const wan = i.params?.["wanAmount"] !== undefined;
    const looks = fraction !== null ? `read as ${fraction}, which looks like a fraction (the baseline or target is 10 or more): ` : wan ? `${wanRead(i, "en", sug(i))}: ` : "";
    const slip = slipRead(i, "en");
    // the Text format (@) keeps a number retyped as text: said first, and General asked for before the number (trial44a F4)
    const style = textStyled(i);
    const general = style ? "set the cell's format to General, then " : "";
    const fix = read !== null ? `${wan ? wanRead(i, "en", read) : `read as ${read}`}, which this row cannot take: check it` : slip ?? `${looks}${general}enter the number ${sug(i)}`;
    const head = style ? "the cell is formatted as Text (@), which keeps a number typed into it as text: " : "";
    const tail = style && (read !== null || slip !== null) ? "; set the cell's format to General before entering a number" : "";
    const spaces = typedSpaces(i.received ?? "", "en");
    if (i.params?.["ownUnit"]) return `${head}"${i.received ?? ""}" is text the formulas cannot read${ownUnitText(i, "en")}` + (note ? `, and put "${p(i, "typedNote")}" in 说明 (the notes column)` : "") + (style ? "; set the cell's format to General before entering a number" : "");
    if (!unit && !note) return `${head}"${i.received ?? ""}" is text${spaces ? ` (with ${spaces})` : ""} the formulas cannot read; ${fix}${tail}`;
    return `${head}"${i.received ?? ""}" is text (a number with ${[unit, note].filter(Boolean).join(" and ")}${spaces ? `, and ${spaces}` : ""}) the formulas cannot read; ${slip !== null ? `${slip} Enter the number alone` : read === null ? `${looks}${general}enter the number alone, ${sug(i)}` : `${fix} and enter the number alone`}`
      + (note ? `, and put "${p(i, "typedNote")}" in 说明 (the notes column)` : "") + tail;
  },
  bound_value: (i) => `"${i.received ?? ""}" is a bound; enter the exact value` + (p(i, "decides") === "met" ? ` (by ${i.received ?? ""} alone the target would be met)` : p(i, "decides") === "not_met" ? ` (by ${i.received ?? ""} alone the target would not be met)` : ""),
  formula_error: (i) => (i.params?.["formula"] === undefined ? `the cell holds the error ${i.received ?? ""}; expected a number (${expectedEn(i)})`
    : `the cell holds a formula${formulaQuoted(i, "en")} whose result is the error ${i.received ?? ""}; expected a number (${expectedEn(i)}): enter the number, or correct the formula`),
  formula_uncalculated: (i) => `the formula${i.received ? ` "${i.received}"` : ""} has not been calculated (the file holds no result for it): open and save it in Excel, WPS or LibreOffice, then check again`,
  linked_formula: (i) => `a formula linking to another workbook${p(i, "book") ? `, "${p(i, "book")}"` : ""}${i.received ? ` ("${i.received}")` : ""}${p(i, "saved") ? `, read as the result saved in the file, ${p(i, "saved")}` : ""}; once Excel updates the link the figure may change, or become #REF! where that workbook is not found: ask the unit to copy the cell and paste values only (Paste Special → Values), then send it again`,
  not_finite: (i) => `"${i.received ?? ""}" is not a finite number`,
  value_too_large: (i) => `${i.received ?? ""} is too large to be a real quantity; check the value`,
  percent_out_of_range: (i) => `a percentage must be within 0–100, found ${i.received ?? ""}`,
  percent_change_large: (i) => `a change above 100% (${i.received ?? ""}): please confirm`,
  percent_fraction: (i) => `${i.received ?? ""} in a % row looks like a fraction (the baseline or target is 10 or more): did you mean ${sug(i)}?`,
  fraction_suspect: (i) => `${whose(i, "en")} ${i.received ?? ""} is about 1/${p(i, "times")} of ${i.params?.["span"] ? `the even yearly share (${p(i, "reference")}) of the period's total` : `the plan's number ${p(i, "reference")}`}: `
    + `perhaps ${sug(i)}% typed as a fraction; the row's unit is %: did you mean ${sug(i)}?${i.params?.["span"] && i.params["year"] ? ` The cumulative total counts it as ${i.received ?? ""}${kept(i, "en") === null ? "." : ""}` : ""}`
    + (kept(i, "en") ?? ` Correct ${i.params?.["year"] ? `the ${p(i, "year")} value` : "it"}, or explain it in 说明`),
  permille_out_of_range: (i) => `a per-mille value must be within 0–1000, found ${i.received ?? ""}`,
  negative: (i) => `must not be negative, found ${i.received ?? ""}`,
  count_not_whole: (i) => `a count should be a whole number, found ${i.received ?? ""}`,
  scale_suspect: (i) => `${i.received ?? ""} is over 1000× the baseline or target (which is about ${p(i, "reference")} ${p(i, "unit")}): entered in a smaller unit? Did you mean ${sug(i)}?`,
  age_out_of_range: (i) => `an age must be within 0–120, found ${i.received ?? ""}`,
  years_out_of_range: (i) => `a number of years must be within 0–30, found ${i.received ?? ""}`,
  unit_inferred: (i) => `the plan gives no unit; the unit column's "${p(i, "unit")}" was inferred from the indicator's name: please check it (if right, write the unit into the template and this is no longer said)`,
  unit_unknown: () => `unit left blank (as an index has none); only checked to be a number`,
  direction_inferred: (i) => `the template sets no direction; read from the baseline and target as ${p(i, "direction") === "down" ? "lower is better" : "higher is better"}; set the template's direction if that is wrong`,
  percent_typed: (i) => (i.params?.["typedNumber"]
    ? `the cell is in a percent style: ${p(i, "stored")} typed shows as "${i.received ?? ""}"; the row's unit is %, so set the cell's format to General and enter ${sug(i)}`
    : `the cell is in a percent style: "${i.received ?? ""}" is stored as ${p(i, "stored")}; the row's unit is %, so enter ${sug(i)} (without %)`),
  percent_style_unit: (i) => `${i.params?.["year"] === undefined ? "" : `the ${p(i, "year")} value: `}the cell is in a percent style (shows "${i.received ?? ""}") but the row's unit is ${p(i, "unit")}: counted as the stored ${p(i, "stored")}; ${i.suggestion === undefined ? "enter the number if that is wrong" : `if ${sug(i)} is meant, set the cell to General and enter ${sug(i)}`}`,
  no_baseline: () => `no baseline: progress cannot be computed`,
  no_trajectory: (i) => (i.params?.["onBound"]
    ? `the baseline ${i.received ?? ""} is exactly the bound of ${expectedEn(i)}, so there is no progress to measure from it: a value that does not meet ${expectedEn(i)} counts as lagging`
    : `the baseline ${i.received ?? ""} already meets ${expectedEn(i)}, so there is no progress to measure from it: a value that does not meet ${expectedEn(i)} counts as lagging`),
  cumulative_gap: (i) => (i.params?.["lags"] !== undefined
    ? `no value for ${yearRuns(gapYears(i), "–", ", ")}: please fill ${gapYears(i).length > 1 ? "them" : "it"} in first (the cumulative total counts ${gapYears(i).length > 1 ? "them" : "it"} as 0, which may be why this row lags)`
    : `cumulative target: ${gapsCounted(gapYears(i), "en")}`),
  approximate_outside: (i) => `"${expectedEn(i)}" is met within ${p(i, "met")}% either side (${band(i, "en")}) and lagging within ${p(i, "lagging")}% (rules §3, whichever the side): ${i.received ?? ""} is ${bandDistance(i, "en", true)}`,
  approximate_within: (i) => `${i.received ?? ""} is within ${p(i, "met")}% either side of the target "${expectedEn(i)}" (${band(i, "en")}), which rules §3 count as met (no progress is measured): ${bandDistance(i, "en", false)}`,
  strict_bound_equal: (i) => `${i.received ?? ""} equals the bound of the target "${expectedEn(i)}": it is met only ${p(i, "side") === "floor" ? "above" : "below"} ${p(i, "bound")} (progress counts it as 100%; the status still goes by the expected progress)`,
  approximate_backwards: (i) => `moving backwards: ${i.received ?? ""} is ${Number(i.received) < Number(p(i, "baseline")) ? "below" : "above"} the baseline ${p(i, "baseline")}, further from the target "${expectedEn(i)}"; an “${ENGLISH_TERMS.左右}” target (左右) is judged by its distance alone (within 10%, rules §3), not by the direction: check the value, or explain it in 说明`,
  running_total: (i) => (i.params?.["target"] !== undefined
    ? `this year's ${p(i, "total")} equals the whole period's cumulative target; a cumulative row takes each year's own amount: please check`
    : i.params?.["earlierSum"] !== undefined
      ? `this year's ${p(i, "total")} is at least the sum of ${p(i, "from")}–${p(i, "to")} (${p(i, "earlierSum")}): perhaps the running total was entered; a cumulative row takes each year's own amount: did you mean ${p(i, "amount")} (${p(i, "total")} − ${p(i, "earlierSum")})?`
      : `this year's ${p(i, "total")} adds up the earlier years: perhaps the running total was entered; a cumulative row takes each year's own amount: did you mean ${p(i, "amount")}?`),
  level_typed: (i) => `${whose(i, "en")} ${i.received ?? ""} is ${p(i, "times")} times the whole period's total of ${p(i, "target")} yet close to the baseline ${p(i, "baseline")}: perhaps the year's level was entered; a cumulative row takes each year's own amount (the rise = ${i.params?.["year"] ? `${p(i, "year")}'s` : "this year's"} level − the ${p(i, "levelYear")} level ${p(i, "level")}): did you mean ${p(i, "rise")}?` + (i.params?.["year"] ? ` Correct ${p(i, "year")}` : ""),
  compounded_fall: (i) => `compounding the yearly falls, ${p(i, "from")}–${p(i, "to")} come to a fall of ${p(i, "compounded")}%${p(i, "sumStatus") === "met" ? `, below the target of ${p(i, "target")}` : ""} (the years add up to ${p(i, "sum")}%: ${(STATUS_LABELS_EN[p(i, "sumStatus") as Status] ?? "").toLowerCase()}); if the plan compounds them, this row is ${i.params?.["final"] ? "not achieved" : (STATUS_LABELS_EN[p(i, "status") as Status] ?? "").toLowerCase()}: please check`,
  fall_negative: (i) => `${whose(i, "en")} ${i.received ?? ""} is negative where the ${i.params?.["year"] ? "years before it" : "earlier years"} are positive: did you mean ${p(i, "positive")}? (a fall rate, ${p(i, "word")}, is usually entered as a positive number)`
    + (kept(i, "en") ?? "; if it truly rose, explain it in 说明"),
  year_over_pace: (i) => `${whose(i, "en")} ${i.received ?? ""} is ${p(i, "times")} times the even yearly share (${p(i, "pace")}) of ${i.params?.["to"] !== undefined ? `the ${p(i, "from")}–${p(i, "to")} total` : "the whole period's total"} of ${p(i, "target")}${Number(i.received) > Number(p(i, "target")) ? (i.params?.["to"] !== undefined ? ", more than those years' total in one year" : ", more than the whole period in one year") : ""}; a cumulative row takes each year's own amount`
    + (i.params?.["amount"] !== undefined ? `: perhaps last period's total ${p(i, "previous")} (the baseline) was added in: did you mean ${p(i, "amount")} (${i.received ?? ""} − ${p(i, "previous")})?` : "")
    + (kept(i, "en") ?? `${i.params?.["amount"] !== undefined ? " Correct" : ": correct"} ${i.params?.["year"] ? p(i, "year") : "it"}, or explain it in 说明`),
  compound_target: (i) => `the target "${expectedEn(i)}" has several parts: review by hand`,
  project_investment_negative: (i) => `total investment must not be negative, found ${i.received ?? ""}`,
  project_completed_negative: (i) => `investment completed must not be negative, found ${i.received ?? ""}`,
  project_period_invalid: (i) => `construction years should read "2023-2024", found "${i.received ?? ""}"`,
  project_year_out_of_range: (i) => `construction years must be within 2000–2100, found "${i.received ?? ""}"`,
  project_start_after_end: (i) => `the start year is after the end year: "${i.received ?? ""}"`,
  project_no_unit: () => `fill in the responsible unit (责任单位, required)`,
  project_investment_large: (i) => `total investment ${i.received ?? ""} (${ENGLISH_TERMS.亿元}) is above 1000: entered in 10k yuan? Did you mean ${sug(i)}?`,
  project_completed_over: (i) => `investment completed should be at most 1.2 times the total investment of ${p(i, "investment")} (${ENGLISH_TERMS.亿元}), that is ${p(i, "limit")}; found ${i.received ?? ""}: check both figures for a typing slip`,
  project_completed_share: (i) => `"${i.received ?? ""}" looks like a share completed, not an amount: enter the investment completed in ${ENGLISH_TERMS.亿元}` + (i.params?.["amount"] === undefined ? "" : `; if ${p(i, "share")}% is the share completed, enter ${p(i, "amount")}`),
  project_completed_scale: (i) => i.params?.["dateYear"] !== undefined || i.params?.["dateMonth"] !== undefined
    ? `investment completed ${i.received ?? ""} is ${p(i, "times")}× the total (${p(i, "investment")}, ${ENGLISH_TERMS.亿元}): ${dateAsTyped(i, "en")} looks like a date, not an amount: enter the investment completed by the year's end in ${ENGLISH_TERMS.亿元}`
    : `investment completed ${i.received ?? ""} is ${p(i, "times")}× the total (${p(i, "investment")}, ${ENGLISH_TERMS.亿元}): entered in 10k yuan? Did you mean ${sug(i)}? This list is in ${ENGLISH_TERMS.亿元}`,
  project_completed_date: (i) => `${dateAsTyped(i, "en")} looks like a date, not an amount: enter the investment completed by the year's end in ${ENGLISH_TERMS.亿元}`,
  project_not_started_spent: (i) => `the state is 未开工 (not started), but investment completed is ${i.received ?? ""}: please check the state or the amount`,
  project_state_blank: (i) => `investment completed ${i.received ?? ""} is entered but no project state is chosen: choose 未开工/在建/已完工/已撤并/已转型`,
  project_done_unspent: () => `the state is 已完工 (completed, counted as met), but investment completed is 0: please enter the amount completed`,
  project_state_invalid: (i) => `the project state must be one of ${expectedEn(i)}, found "${i.received ?? ""}"` + stateFix(i, "en"),
  project_overdue: (i) => `not complete after the planned end year ${p(i, "end")} (overdue)`,
  reform_no_lead: () => `no lead unit`,
  reform_no_evidence: () => `marked 已完成 (done) without evidence`,
  reform_overdue: (i) => `not complete by the end of ${p(i, "year")}, past its deadline (完成时限) ${deadlineEn(i)} (overdue)`,
  reform_done_late: (i) => `reported 已完成 (done) in the ${p(i, "year")} return, after its deadline (完成时限) ${deadlineEn(i)} (completed late); if it was done in time, say when in the note (说明)`,
  reform_state_invalid: (i) => `the progress state must be one of ${expectedEn(i)}, found "${i.received ?? ""}"` + stateFix(i, "en"),
  status_overwritten: (i) => `the status cell shows "${i.received ?? ""}" but the check gives "${STATUS_LABELS_EN[p(i, "status") as Status] ?? i.expected ?? ""}": its formula was typed over (or the file was not recalculated); restore it by loading the template again and choosing to refresh the existing sheet`,
  lagging_no_note: (i) => (i.params?.["locked"] !== undefined ? (i.params["unreviewed"] !== undefined ? `lagging, no explanation (说明); locked without review` : `lagging without an explanation (说明); the return is locked and the reviewer accepted it, so none is asked for`) : i.params?.["mergedWith"] === undefined ? `a lagging ${laggedEn(i)} needs an explanation (说明)${i.params?.["gaps"] !== undefined ? ` (fill in the values of ${yearRuns(listedYears(i, "gaps"), "–", ", ")} first; explain it if it still lags then)` : ""}` : `merged with ${p(i, "mergedWith")}, so the note is kept only in ${p(i, "mergedWith")} and this row still has none (a lagging ${laggedEn(i)} needs an explanation, 说明); unmerge the cells and write a note on each row`),
  assessment_unsupported: (i) => `人工评估 (assessment) says "${STATUS_LABELS_EN[p(i, "status") as Status] ?? ""}", but neither what was done in ${p(i, "year")} nor a 说明 (explanation) is filled in: the assessment is the reviewer's, on what the unit reports, and the sheet cannot tell who wrote it; the unit should fill in what was done (or give its reason in 说明), and the reviewer should confirm the conclusion on the 审核 (review) sheet`,
  assessment_to_confirm: (i) => `人工评估 (assessment) says "${STATUS_LABELS_EN[p(i, "status") as Status] ?? ""}": the row is graded by it, not yet confirmed by the reviewer on the 审核 (review) sheet`,
  assessment_invalid: (i) => `人工评估 (assessment) should be one of ${(i.expected ?? "").split("、").join(", ")} from its drop-down list; it holds "${i.received ?? ""}", which is no conclusion`,
  plan_cell_changed: (i) => `${PLAN_FIELD.en[p(i, "field")] ?? ""} ${quotedValue(i.received ?? "", "en")} differs from the template's ${quotedValue(i.expected ?? "", "en")}; the check still grades on the template${i.expected ? `'s ${i.expected}` : ""}. For a mid-term revision of the plan, use rollover --from with the new plan table (see the user guide)`,
  row_missing: () => `the row is not in the return (perhaps deleted); counted as not reported`,
  locked_value_changed: (i) => `this return was ${i.params?.["unreviewed"] ? `locked without review (${lockedOn(i)})` : `accepted and locked (${lockedOn(i)})`} with ${quotedValue(i.expected ?? "", "en")}; it now holds ${quotedValue(i.received ?? "", "en")}: ${RECHECK_WORDS.en.changed()}: ${RECHECK_WORDS.en.how()}`,
  future_year_value: (i) => `${p(i, "year")} is not reported yet (this return is for ${p(i, "reporting")}) but holds "${i.received ?? ""}": the wrong column? Move it to ${p(i, "reporting")} or delete it`,
  missing_explained: (i) => `not filled in (explained: ${briefNote(p(i, "note"))})`,
  earlier_year_owed: (i) => `the value for ${p(i, "year")} is still not filled in (explained in the ${p(i, "year")} return: ${briefNote(p(i, "note"))}): fill it in${i.params?.["lags"] !== undefined ? " first" : ""} once the figure is published${i.params?.["countedAsZero"] === undefined ? "" : ` (until then it counts as 0 in the total${i.params["lags"] !== undefined ? ", which may be why this row lags" : ""})`}`,
  earlier_year_invalid: (i) => `the value for ${p(i, "year")} cannot be used (${reason(i, "en")})${i.params?.["final"] === undefined ? "; the evaluation's trend and forecast leave that year out" : ""}: correct it`,
  unjudged_value_invalid: (i) => `the plan sets no target for ${p(i, "year")} (not applicable), but the value cannot be used (${reason(i, "en")}): correct it, or clear it`,
  value_jump: (i) => (i.params?.["totalYears"] ? jumpAfterTotals(i, "en") : `${moved(i, "en")} since ${p(i, "year")} (${p(i, "previous")}), beyond ${limitText(i, "en")}` + noted(i, "en")),
  value_revised: (i) => `the ${p(i, "year")} value is ${i.received ?? ""}; last year's return gave ${p(i, "previous")}` + noted(i, "en"),
  above_city: (i) => `the ${p(i, "year")} value ${i.received ?? ""} is above the city's total ${p(i, "city")}` + noted(i, "en"),
  far_from_plan: (i) => `the value ${farFrom(i, "en")}` + noted(i, "en"),
  earlier_year_far: (i) => `the ${p(i, "year")} value ${farFrom(i, "en")}` + (kept(i, "en") ?? "; no forecast rests on it until it is checked: correct it, or explain it in 说明"),
};

/**
 * An earlier year's error on a cumulative row (params.sumYear, evaluateIndicator): its year and what it stops, the sum
 * (trial32: I8 said only 填写的是文本「120」… where a yearly row's I4 said 2021 年的数值不能使用（…）…：请改正).
 */
const inSum = (body: string, i: Issue, lang: Lang): string => {
  if (i.params?.["sumYear"] === undefined) return body;
  const y = p(i, "sumYear");
  return lang === "zh" ? `${y} 年的数值不能使用（${body}），累计数无法计算：请改正` : `the value for ${y} cannot be used (${body}); the cumulative total cannot be summed: correct it`;
};

/**
 * The one place where messages are made from issue data. Every message starts with the
 * sheet and cell it is about, so a user can find it.
 */
export function describeIssue(issue: Issue, lang: Lang = "zh"): string {
  const body = inSum((lang === "zh" ? ZH : EN)[issue.code](issue) + suggestionFar(issue, lang), issue, lang);
  if (issue.sheet === undefined && issue.cell === undefined) return body;
  const place = lang === "zh"
    ? `工作表「${issue.sheet ?? ""}」${issue.cell ?? ""}：`
    : `Sheet "${issue.sheet ?? ""}" ${issue.cell ?? ""}: `;
  return place + body;
}
