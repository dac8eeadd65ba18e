/**
 * The 评估 sheet that 生成评估 and 评估所选文件 write, cell by cell as a person sees it (value, number format, font,
 * fill, alignment, the border lines drawn), with its column widths, row heights, merges, panes, conditional formats
 * and print setup, for a filled return of 50 indicators: equal to the sheet the code wrote before its writes were
 * packed into fewer requests (session 35, issue 19). test/fixtures/evaluation/evaluationSheet50.json was taken on
 * main at 65c63ec, before that change, with this file's helper (evaluationSheetLook); the request count is pinned in
 * test/ui/lazyOfficeHost.
 *
 * Changed on purpose in session 36 (issue 19: a filled 5,000-row 评估 in one write request), in how the look is
 * achieved, not in what a person sees; nothing else differs from the sheet of 65c63ec:
 * - 178 of the 附表's numbers (columns E, G, H, I, N) are no longer aligned right but General, and 92 (G, I, Q) wrap: General
 *   puts a number on the right and a number never wraps (it shows ### when too wide), in Excel, Excel 2016, WPS and
 *   LibreOffice alike, so the sheet shows the same; a text in those columns keeps General (left) and its wrap as before.
 * - the 附表's rows (5 to 54) are fitted to what they hold (fittedRows) instead of fixed at fitRowHeights' estimate
 *   (rowHeights): Excel measures the wrapped texts and saves the heights it found with the file, which Excel 2016, WPS
 *   and LibreOffice show as saved; as a grow row, Excel refits one when its text is edited. The title, paragraph,
 *   预警 and header rows keep their heights.
 *
 * Changed on purpose in session 37 (trial36 tp F4, dev37c): a forecast set against its target carries the unit on both
 * sides (「预计 2025 年 63.9%，目标 ≥70%」, was 「目标 ≥70」; 「目标 [15 万人]」), in the paragraph (B2) and the 预警 list (B3), and
 * so the sheet's content mark (T1, a hash of what was written) differs; nothing else does, row heights included.
 *
 * Changed on purpose in session 39 (trial39a F3, dev39d): a row with no 序时 trajectory (no baseline, a 左右 target, a
 * baseline already meeting its target) shows 「—」 in the 附表's 序时进度 column (I), as check leaves it blank, where it
 * showed 60.0%; column I's cells are written unwrapped (a number never wraps, and 「—」 fits), and T1 differs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { unstubExcelRun } from "../office/stubExcelRun";
import { EVALUATION_ACTIONS, evaluationSheetLook } from "./evaluationSheetLook";

const FIXTURE = JSON.parse(readFileSync(join(__dirname, "../fixtures/evaluation/evaluationSheet50.json"), "utf8")) as Record<string, Record<string, unknown>>;

describe("the 评估 sheet looks as it did", () => {
  afterAll(() => {
    unstubExcelRun();
    delete (globalThis as { Office?: unknown }).Office;
  });

  it.each(EVALUATION_ACTIONS.map((a) => [a]))("%s: every cell, width, height, merge, rule and print setting as before", async (action) => {
    const look = await evaluationSheetLook(action, 50);
    const before = FIXTURE[action] as Record<string, unknown>;
    // cell by cell first, for a failure that names the cell
    const cells = look.cells as Record<string, unknown>;
    const old = before.cells as Record<string, unknown>;
    const differ = [...new Set([...Object.keys(old), ...Object.keys(cells)])].filter((a) => JSON.stringify(cells[a]) !== JSON.stringify(old[a]));
    expect(differ.slice(0, 5).map((a) => `${a}: ${JSON.stringify(old[a])} → ${JSON.stringify(cells[a])}`)).toEqual([]);
    expect(look).toEqual(before);
    // the fixture holds the look of a real sheet: a title, a header row and 50 rows, borders drawn, printed
    expect(Object.keys(old).length).toBeGreaterThan(50 * 15);
    expect(JSON.stringify(before.formats)).toContain("\"lines\"");
    expect(before.pageLayout).toMatchObject({ orientation: "Landscape" });
  });
});
