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

// 暂无 / 尚无 (数据)…, 待 / 未 / 尚未 / 暂未 统计 or 公布…, 数据 暂缺…, a dash or slash alone, n/a
const NO_DATA = new RegExp([
  "^(?:暂无|尚无|无|没有)(?:数据|统计数据|统计|数)?$",
  "^(?:待|未|尚未|暂未|还未|还没)(?:统计|公布|发布|出|核实|核定|确定|定|上报|填报)(?:数据)?$",
  "^(?:数据)?(?:暂缺|缺失|空缺|未出|不详|不全)$",
  "^(?:统计中|核算中|空|不适用)$",
  "^[—–\\-－─/／\\\\]+$",
  "^n/?a$",
].join("|"));
