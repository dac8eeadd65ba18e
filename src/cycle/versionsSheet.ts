import type { VersionBasis } from "./versionOrder";
import { changeWords } from "../sheet/changeWords";
import { oneLineText } from "../sheet/oneLineText";
import { FIRST_DATA_ROW, HEADER_ROW } from "../sheet/keys";
import { SheetBuilder } from "../sheet/SheetBuilder";
import { fitRowHeights } from "../sheet/fitRowHeights";
import { oneLineWidth } from "../sheet/oneLineWidth";
import type { PlannedSheet } from "../sheet/SheetPlan";
import type { ValueChange } from "./diffReturns";

export const VERSIONS_SHEET = "版本变化";

/** The widest 指标/项目 column (units): a name of up to 23 CJK characters is one line; the sheet prints fitted to the page's width. */
const NAME_WIDTH_MAX = 44;

/** A unit that sent more than one version: the files, oldest first, and what changed between the two latest. */
export interface Resubmission {
  unit: string;
  /** oldest first, the last counted */
  files: string[];
  /** what the files were put in order by (versionOrder) */
  by: VersionBasis;
  changes: ValueChange[];
}

/**
 * The summary's 版本变化 sheet (issue 18.4): for each unit that sent two or more versions,
 * every value changed between the two latest (old → new, with its sheet and cell in the
 * newer file); the summary counts the newest only.
 */
export function versionsSheet(resubmissions: Resubmission[], link: (file: string, sheet: string, cell: string) => string): PlannedSheet {
  const b = new SheetBuilder(VERSIONS_SHEET, "template");
  const cols: Array<[string, string, number]> = [["unit", "填报单位", 16], ["name", "指标/项目", 30], ["field", "年份/栏目", 10], ["cell", "位置", 18], ["old", "原值", 20], ["new", "新值", 20], ["files", "版本（旧 → 新）", 40]];
  // 位置 is a link, which LibreOffice does not wrap: as wide as its longest Sheet!K8 (up to 32)
  const places = resubmissions.flatMap((x) => x.changes.map((c) => `${c.sheet}!${c.cell}`));
  // 指标/项目 as wide as its names, up to NAME_WIDTH_MAX: a name of 19 characters wrapped in 30 and its row printed at double
  // height, one line in LibreOffice beside the room kept for a second (trial41a F7); a longer name still wraps, its row fitted
  const names = resubmissions.flatMap((x) => x.changes.map((c) => c.name));
  const width = (k: string, w: number): number => (k === "cell" ? oneLineWidth(places, w, 32) : k === "name" ? oneLineWidth(names, w, NAME_WIDTH_MAX) : w);
  for (const [k, , w] of cols) b.addColumn(k, width(k, w));
  b.value(1, 1, "重复报送：两版之间的改动（数值、说明、人工评估；汇总按最新一版计）", "title");
  cols.forEach(([, label], i) => b.value(HEADER_ROW, i + 1, label, "header"));
  // the words `diff` uses: 2023年, 说明, 人工评估; 「3.2」（文本） where text became a number
  const words = changeWords("zh");
  let r = FIRST_DATA_ROW;
  for (const x of resubmissions) {
    const files = x.files.slice(-2).map((f) => f.split(/[\\/]/).pop() ?? f).join(" → ");
    if (!x.changes.length) {
      b.value(r, 1, x.unit, "text");
      b.value(r, 2, "（两版数值相同）", "text");
      b.value(r++, 7, files, "text");
      continue;
    }
    for (const c of x.changes) {
      b.value(r, 1, x.unit, "text");
      b.value(r, 2, c.name, "textWrap");
      b.value(r, 3, words.field(c.field), "text");
      b.value(r, 4, `${c.sheet}!${c.cell}`, "text", { hyperlink: link(x.files[x.files.length - 1] ?? "", c.sheet, c.cell) });
      // 原值 and 新值 wrap in their columns (a 说明 was cut at the next cell), its own line breaks shown as a mark, as diff shows them
      b.value(r, 5, words.side(oneLineText(c.old), c.oldIsText, c.oldStored, c.oldTyped), "textWrap");
      b.value(r, 6, words.side(oneLineText(c.new), c.newIsText, c.newStored, c.newTyped), "textWrap");
      b.value(r, 7, files, "text");
      r++;
    }
  }
  b.sheet.freeze = { rows: HEADER_ROW, columns: 0 };
  b.sheet.print = { landscape: true, fitToWidth: true, titleRows: `1:${HEADER_ROW}`, footer: "第 &P 页，共 &N 页" };
  // a wrapped 指标 or 说明 makes its row as tall as its lines
  return fitRowHeights(b.sheet);
}
