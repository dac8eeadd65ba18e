/**
 * trial44a F7 in the pane: 生成审核表 (makeReview, through the shared returnReview that `review` uses) takes what a
 * reviewer typed in an indicator row's own 审核意见 into that row's empty 审核意见 on the 审核 sheet, says `review`'s
 * line after its result, and leaves the indicator sheet as it was.
 */
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import type { GridWorkbook } from "../../src/sheet/Grid";
import type { OfficeActions } from "../../src/ui/shared/OfficeActions";
import { planLoad } from "../../src/ui/shared/planLoad";
import { makeReview } from "../../src/ui/shared/summaryActions";
import { a1 } from "../../src/sheet/a1";
import { cellText, type CellValue } from "../../src/domain/CellValue";
import { KEY_ROW } from "../../src/sheet/keys";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createWorkbook } = require("./fakeOffice.js") as { createWorkbook: () => { actions: OfficeActions; set: (s: string, c: string, v: unknown) => void; get: (s: string, c: string) => CellValue; grid: () => GridWorkbook } };

const SHEET = "舟山市表2";

/** The column (1-based) of a key in a sheet's hidden key row. */
const colOf = (g: GridWorkbook, sheet: string, key: string): number => (g.sheets.find((s) => s.name === sheet)?.rows[KEY_ROW - 1] ?? []).findIndex((c) => cellText(c) === key) + 1;

describe("生成审核表 takes a comment typed beside an indicator row into the 审核 sheet", () => {
  test.each<[string, "zh" | "en", Record<number, string>, string]>([
    ["one row, zh", "zh", { 7: "请核实口径" }, "已把指标表“审核意见”列中 1 条意见移入审核表"],
    ["two rows, en", "en", { 7: "请核实口径", 8: "数据属实" }, "Moved 2 comments typed in the 审核意见 (comment) column of the indicator table into the review sheet"],
  ])("%s", async (_why, lang, typed, line) => {
    const wb = createWorkbook();
    await wb.actions.apply(planLoad([findTemplate("zhoushan-2021-2025") as Template], 2023, [], "copy").plan, []);
    const review = colOf(wb.grid(), SHEET, "review");
    for (const [row, text] of Object.entries(typed)) wb.set(SHEET, a1(Number(row), review), text);
    const out = await makeReview(wb.actions, lang);
    if (!out.ok) throw new Error("not written");
    expect(out.taken?.[lang]).toBe(line);
    const g = wb.grid();
    const s = g.sheets.find((x) => x.name === "审核")!;
    const comment = colOf(g, "审核", "comment");
    const cell = colOf(g, "审核", "cell");
    for (const [row, text] of Object.entries(typed)) {
      // the 审核 row whose 位置 is on that indicator row (K7, K8) holds the comment; the indicator's cell keeps it
      const r = s.rows.find((x) => /^[A-Z]+(\d+)$/.exec(cellText(x[cell - 1] ?? { type: "empty" }))?.[1] === row);
      expect(cellText(r?.[comment - 1] ?? { type: "empty" })).toBe(text);
      expect(cellText(g.sheets.find((x) => x.name === SHEET)!.rows[Number(row) - 1]?.[review - 1] ?? { type: "empty" })).toBe(text);
    }
  });
});

// session 46: emptied on the 审核 sheet, a comment taken so came back at the next 生成审核表 (the indicator sheet still
// holds it); the pane plans through returnReview as `review` does, so it is taken once, and again only when changed
describe("生成审核表 takes a comment typed beside a row once: emptied on the 审核 sheet, it stays empty", () => {
  const A = "请核实口径";
  const B = "请核实口径，附统计局文件";
  /** What is done before one more 生成审核表: on the 审核 sheet, beside the row (the indicator sheet); then the row's 审核意见 and the line */
  interface Step { review?: string; typed?: string; comment: string; taken: string | undefined }
  test.each<[string, Step[]]>([
    ["emptied: stays empty, run after run", [{ review: "", comment: "", taken: undefined }, { comment: "", taken: undefined }]],
    ["emptied, then changed beside the row: the new one taken, said", [{ review: "", comment: "", taken: undefined }, { typed: B, comment: B, taken: "已把指标表“审核意见”列中 1 条意见移入审核表" }]],
    ["changed beside the row while the 审核 sheet still holds the one taken: replaced, said", [{ typed: B, comment: B, taken: "已把指标表“审核意见”列中 1 条意见移入审核表" }]],
    ["emptied, rewritten on the 审核 sheet, then changed beside the row: the reviewer's words kept", [{ review: "", comment: "", taken: undefined }, { review: "待电话核实", comment: "待电话核实", taken: undefined }, { typed: B, comment: "待电话核实", taken: undefined }]],
  ])("%s", async (_why, steps) => {
    const wb = createWorkbook();
    await wb.actions.apply(planLoad([findTemplate("zhoushan-2021-2025") as Template], 2023, [], "copy").plan, []);
    const review = colOf(wb.grid(), SHEET, "review");
    wb.set(SHEET, a1(7, review), A);
    const first = await makeReview(wb.actions, "zh");
    expect(first.ok && first.taken?.zh).toBe("已把指标表“审核意见”列中 1 条意见移入审核表");
    /** the 审核 sheet's 审核意见 cell of the row whose 位置 is on indicator row 7 */
    const commentCell = (): string => {
      const g = wb.grid();
      const s = g.sheets.find((x) => x.name === "审核")!;
      const cell = colOf(g, "审核", "cell");
      const r = s.rows.findIndex((x) => /^[A-Z]+7$/.test(cellText(x[cell - 1] ?? { type: "empty" })));
      return a1(r + 1, colOf(g, "审核", "comment"));
    };
    for (const s of steps) {
      if (s.review !== undefined) wb.set("审核", commentCell(), s.review);
      if (s.typed !== undefined) wb.set(SHEET, a1(7, review), s.typed);
      const out = await makeReview(wb.actions, "zh");
      if (!out.ok) throw new Error("not written");
      expect([cellText(wb.get("审核", commentCell())), out.taken?.zh]).toEqual([s.comment, s.taken]);
    }
  });
});
