/**
 * Whether text typed in a value cell says the figure is not there yet (暂无数据, 待统计, 未公布,
 * —, /, N/A): the habit of statistical tables, where a dash or a word stands in a cell with no
 * figure (evaluation-rules §2, our reading). The cell is still an error, as any text is, so the
 * engine and the sheet agree; the message says what to do instead: leave the cell empty and
 * give the reason in 说明. One home for these words. `text` as typed; spaces are ignored.
 */
export function noDataText(text: string): boolean {
  const t = text.replace(/[\s\u3000]+/g, "").toLowerCase();
  return t !== "" && NO_DATA.test(t);
}

// Chinese characters as ranges, not \p{Script=Han}: the domain runs in Office 2019's ES2017 webview
const HAN = "[\\u3400-\\u9fff]";
// 暂无 / 尚无 (数据)…, 待 / 未 / 尚未 / 暂未 统计 or 公布…, 数据 暂缺…, a dash or slash alone, n/a.
// Who or what is awaited may stand around 待/未 (trial32: 待统计局发布, 统计局未发布, 尚未公布2023年数据, 待省统计局核定):
// words only, and a year (2023年) at most, so a number with a remark (120待核定) is never one of these; the short
// verbs 出 and 定 only right after 待/未 (未完成既定 is no such word)
const NO_DATA = new RegExp([
  "^(?:暂无|尚无|无|没有)(?:数据|统计数据|统计|数)?$",
  "^(?:待|未|尚未|暂未|还未|还没)(?:统计|公布|发布|出|核实|核定|确定|定|上报|填报)(?:数据)?$",
  `^(?:${HAN}|\\d{4}年度?){0,6}?(?:待|未|尚未|暂未|还未|还没|尚待)(?:${HAN}|\\d{4}年度?){0,10}?(?:统计|公布|发布|核实|核定|确定|上报|填报)(?:\\d{4}年度?)?(?:数据|数|结果)?$`,
  "^(?:数据)?(?:暂缺|缺失|空缺|未出|不详|不全)$",
  "^(?:统计中|核算中|空|不适用)$",
  "^[—–\\-－─/／\\\\]+$",
  "^n/?a$",
].join("|"));
