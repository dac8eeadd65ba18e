/**
 * trial44a F7: a row decided, changed by the county (待复核, 数值变化 `2.1 → 2.3`), then decided again read 有效 with
 * 数值变化 blank: what the value was when last decided was left to `diff`. The 审核 sheet now keeps the change the
 * decision was made again on, `（上次审核时 → 重新审核时）2.1 → 2.3`, while that decision holds, in place and after
 * `review --replaces`; a later change is said as before (`2.3 → 2.5`, since the decision made again).
 */
import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { REVIEW_MARK, REVIEW_STATES } from "../../src/sheet/reviewSheet";
import { FIRST_DATA_ROW, KEY_ROW } from "../../src/sheet/keys";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cellText } from "../../src/domain/CellValue";
import { changeWords } from "../../src/sheet/changeWords";

const dir = mkdtempSync(join(tmpdir(), "review-redecided-"));
let n = 0;
const zs = findTemplate("zhoushan-2021-2025") as Template;
/** 每千人口拥有3岁以下婴幼儿托位数: 2.02 → 4.5, lagging at 2.1 in 2023 */
const ID = "zs21-02";
const KEY = `zhoushan-2021-2025|${ID}|2023`;

/** Opens `f` with ExcelJS, lets `edit` change it, saves it (as a person's program would). */
async function edit(f: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  change(wb);
  await wb.xlsx.writeFile(f);
}

/** Column numbers of a sheet by its hidden keys, and the row of an item (by `id` or our 审核 sheet's `key`). */
function keyed(ws: ExcelJS.Worksheet, idKey: string, id: string): { col: Map<string, number>; row: number } {
  const col = new Map<string, number>();
  ws.getRow(KEY_ROW).eachCell((c, i) => { if (typeof c.value === "string") col.set(c.value, i); });
  let row = FIRST_DATA_ROW;
  while (ws.getCell(row, col.get(idKey)!).value !== id) row++;
  return { col, row };
}

/** The county types its 2023 value. */
const value = (v: number) => (wb: ExcelJS.Workbook): void => {
  const ws = wb.worksheets.find((s) => String(s.getCell(KEY_ROW, 1).value).endsWith(zs.id))!;
  const { col, row } = keyed(ws, "id", ID);
  ws.getCell(row, col.get("in:2023")!).value = v;
};

/** The reviewer writes on the row in our 审核 sheet. */
const decide = (decision: string, comment: string) => (wb: ExcelJS.Workbook): void => {
  const ws = wb.worksheets.find((s) => s.getCell(KEY_ROW, 1).value === REVIEW_MARK)!;
  const { col, row } = keyed(ws, "key", KEY);
  ws.getCell(row, col.get("decision")!).value = decision;
  ws.getCell(row, col.get("comment")!).value = comment;
  ws.getCell(row, col.get("reviewer")!).value = "王审核";
};

/** The row's 复核状态 and 数值变化 on our 审核 sheet. */
async function reviewRow(f: string): Promise<{ state: string; change: string }> {
  const g = await readXlsxZip(readFileSync(f));
  const s = g.sheets.find((x) => cellText(x.rows[1]?.[0] ?? { type: "empty" }) === REVIEW_MARK)!;
  const keys = (s.rows[1] ?? []).map((c) => cellText(c));
  const row = s.rows.find((r) => cellText(r?.[keys.indexOf("key")] ?? { type: "empty" }) === KEY)!;
  const at = (k: string): string => cellText(row[keys.indexOf(k)] ?? { type: "empty" });
  return { state: at("review"), change: at("change") };
}

async function blankReturn(): Promise<string> {
  const wb = planToWorkbook(buildWorkbookPlan([zs], { year: 2023, reportingUnit: "某县" }));
  const f = join(dir, `r${++n}.xlsx`);
  writeFileSync(f, Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer));
  return f;
}

const { redecided } = changeWords("zh");

describe("数值变化 keeps the change a decision was made again on (trial44a F7)", () => {
  test.each<[string, "in place" | "replaces", string, string]>([
    ["通过 kept, 已复核 added", "in place", "通过", "托位建设滞后；已复核"],
    ["通过 changed to 退回修改", "in place", "退回修改", "仍严重滞后，请补充说明"],
    ["a resubmission, 通过 kept, 已复核 added", "replaces", "通过", "托位建设滞后；已复核"],
    ["a resubmission, changed to 退回修改", "replaces", "退回修改", "仍严重滞后，请补充说明"],
  ])("%s", async (_, how, again, comment) => {
    const first = await blankReturn();
    await edit(first, value(2.1));
    expect((await cli("review", first)).code).toBe(0);
    await edit(first, decide("通过", "托位建设滞后"));
    expect((await cli("review", first)).code).toBe(0);
    expect(await reviewRow(first)).toEqual({ state: REVIEW_STATES.valid, change: "" });
    // the county changes the value: in the same file, or in a new version sent again
    let f = first;
    if (how === "replaces") { f = join(dir, `r${++n}.xlsx`); copyFileSync(first, f); }
    await edit(f, value(2.3));
    expect((await cli("review", f, ...(how === "replaces" ? ["--replaces", first] : []))).code).toBe(0);
    expect(await reviewRow(f)).toEqual({ state: REVIEW_STATES.stale, change: "2.1 → 2.3" });
    // decided again: the change it took in stays beside it, run after run
    await edit(f, decide(again, comment));
    expect((await cli("review", f)).code).toBe(0);
    expect(await reviewRow(f)).toEqual({ state: REVIEW_STATES.valid, change: redecided("2.1 → 2.3") });
    expect((await cli("review", f)).code).toBe(0);
    expect(await reviewRow(f)).toEqual({ state: REVIEW_STATES.valid, change: redecided("2.1 → 2.3") });
    // changed once more: what it was when decided again → now
    await edit(f, value(2.5));
    expect((await cli("review", f)).code).toBe(0);
    expect(await reviewRow(f)).toEqual({ state: REVIEW_STATES.stale, change: "2.3 → 2.5" });
  });

  test.each<[string, "zh" | "en", string]>([
    ["zh", "zh", "（上次审核时 → 重新审核时）2.1 → 2.3"],
    ["en", "en", "(when last decided → when decided again) 2.1 → 2.3"],
  ])("its words (%s)", (_, lang, text) => {
    expect(changeWords(lang).redecided("2.1 → 2.3")).toBe(text);
  });
});
