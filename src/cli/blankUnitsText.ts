import { BLANK_WORDS } from "../cycle/BLANK_WORDS";
import { blankGroups } from "../cycle/blankGroups";
import type { ReturnBlank } from "../cycle/UnitFacts";
import type { Lang } from "./fileMessages";
import { unitsNamed } from "./unitsNamed";

/**
 * The summed returns without the year's values, named as the ledger names them (BLANK_WORDS), grouped by kind:
 * "单位1（本工作簿）收到空表，丁县本年度未填" / "单位1 sent back blank; 丁县 with no values for the year"; "" when
 * none. One text for `summary`'s first line (其中…) and the pane's 生成汇总 / 汇总所选文件 line.
 */
export function blankUnitsText(units: ReadonlyArray<{ unit: string; yearBlank?: ReturnBlank }>, lang: Lang): string {
  const groups = blankGroups(units, (u) => u.yearBlank).map((g) => ({ words: BLANK_WORDS[lang][g.blank], units: g.items.map((u) => u.unit) }));
  // many units are named as unitsNamed shortens them, the summary workbook naming each (trial39c F8)
  return lang === "en" ? groups.map((g) => `${unitsNamed(g.units, lang, "summary")} ${g.words}`).join("; ") : groups.map((g) => `${unitsNamed(g.units, lang, "summary")}${g.words}`).join("，");
}
