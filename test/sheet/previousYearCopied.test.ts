import type ExcelJS from "exceljs";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { lockErrors } from "../../src/cycle/lockErrors";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { workbookToGrid } from "../../src/hosts/xlsx/readXlsx";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { CheckReport } from "../../src/sheet/CheckReport";
import { checkGrid } from "../../src/sheet/checkGrid";
import { copiedPreviousYear } from "../../src/sheet/copiedPreviousYear";
import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import { EVALUATION_WORDS } from "../../src/domain/evaluationWords";
import type { CellValue } from "../../src/domain/CellValue";
import { inputYears } from "../../src/sheet/indicatorSheet";
import { catalog, findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";

/**
 * A return whose reporting year holds last year's values, copied as a block and not updated (an
 * earlier trial's habit): each value alone passes every rule (no jump, in range), so the sheet is
 * told once (previous_year_copied), never a row alone, and only when at least COPIED_YEAR.minRows rows
 * have a number in both years and at least COPIED_YEAR.share of them are equal (evaluation-rules §8h).
 */
const ZS = findTemplate("zhoushan-2021-2025") as Template;
const SS = findTemplate("shengsi-2023-2027") as Template; // yearly targets: a target column between the years' inputs

/** A row's value for the year before and the reporting year: `same` types the year before's again (0.1 + 0.2 for 0.3 when `noise`). */
type Row = { same: boolean; noise?: true; text?: true };

/** The return checked; the entries with no cell to go to are to be none unless `unplaced` is the key expected to have no column. */
function returnOf(t: Template, year: number, rows: Row[], unplaced?: string): CheckReport {
  const wb: ExcelJS.Workbook = planToWorkbook(buildWorkbookPlan([t], { year, reportingUnit: "定海区" }));
  const ids = t.kind === "indicators" ? t.indicators.map((d) => d.id) : [];
  const entries: InputEntry[] = rows.flatMap((row, i) => {
    const id = ids[i] ?? "";
    const before = row.noise ? 0.3 : 10 + i * 1.5;
    const now = row.same ? (row.noise ? 0.1 + 0.2 : before) : before + 0.7;
    return [
      { template: t.id, id, key: `in:${year - 1}`, value: row.text ? "约10" : before },
      { template: t.id, id, key: `in:${year}`, value: now },
    ];
  });
  expect(fillInputs(wb, entries)).toEqual(unplaced === undefined ? [] : entries.filter((e) => e.key === unplaced));
  const r = checkGrid(workbookToGrid(wb));
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

const rows = (same: number, other: number, extra: Partial<Row> = {}): Row[] => [
  ...Array.from({ length: same }, () => ({ same: true, ...extra })),
  ...Array.from({ length: other }, () => ({ same: false })),
];

/** The cells of the reporting year the problem should name: the first 5 equal rows' (rows are filled in sheet order). */
function expectedCells(report: CheckReport, t: Template, year: number, filled: Row[]): string {
  const ids = t.kind === "indicators" ? t.indicators.map((d) => d.id) : [];
  return filled.flatMap((row, i) => (row.same && !row.text ? [report.items.find((x) => x.id === ids[i])?.cells[String(year)] ?? "?"] : [])).slice(0, 5).join("\n");
}

describe("previous_year_copied: a return's year copied from the year before, told once per sheet", () => {
  test.each<[string, Template, number, Row[], { equal: number; count: number } | null]>([
    ["a copied column: all 12 rows equal", ZS, 2023, rows(12, 0), { equal: 12, count: 12 }],
    ["nearly all: 9 of 10 equal (90%, a row updated)", ZS, 2023, rows(9, 1), { equal: 9, count: 10 }],
    ["just enough rows: 5 of 5 equal", ZS, 2023, rows(5, 0), { equal: 5, count: 5 }],
    ["a plan with yearly targets (a target column between the inputs): 6 of 6 in 2025", SS, 2025, rows(6, 0), { equal: 6, count: 6 }],
    ["equal within float noise (0.1 + 0.2 against 0.3) counts as equal, as the rules compare (§3)", ZS, 2024, rows(6, 0, { noise: true }), { equal: 6, count: 6 }],
    ["8 of 10 equal: below 90%, not told", ZS, 2023, rows(8, 2), null],
    ["one equal row (a ceiling kept, 耕地保有量) among 10: not told", ZS, 2023, rows(1, 9), null],
    ["two equal rows among 10: not told", ZS, 2023, rows(2, 8), null],
    ["fewer than 5 rows with a number in both years: 4 of 4 equal, not told", ZS, 2023, rows(4, 0), null],
    ["text in the year before is no number: 4 of 4 numbers equal, 6 rows with text, not told", ZS, 2023, [...rows(4, 0), ...rows(6, 0, { text: true })], null],
    ["nothing changed at all: no row filled", ZS, 2023, [], null],
  ])("%s", (_why, t, year, filled, told) => {
    const report = returnOf(t, year, filled);
    const found = report.problems.filter((p) => p.code === "previous_year_copied");
    expect(found).toEqual(told === null ? [] : [{ code: "previous_year_copied", params: { sheet: report.items[0]?.sheet, year, previous: year - 1, ...told, cells: expectedCells(report, t, year, filled) } }]);
  });

  test("the first year of the plan has no year before it (the baseline is the plan's own): not told", () => {
    // 2021, zhoushan's first year: its baseline year 2020 has no input column to have copied from
    const year = ZS.baselineYear + 1;
    const report = returnOf(ZS, year, rows(12, 0), `in:${year - 1}`);
    expect(report.problems.map((p) => p.code)).not.toContain("previous_year_copied");
  });

  test("a warning: lock is not refused for it", () => {
    const report = returnOf(ZS, 2023, rows(12, 0));
    expect(report.problems.map((p) => p.code)).toContain("previous_year_copied");
    expect(lockErrors(report).map((e) => e.code)).not.toContain("previous_year_copied");
  });

  // the demo's sample returns (earlier years on a plausible path, a cumulative row's equal yearly amounts) are no copy
  test.each(catalog().filter((t) => t.kind === "indicators").flatMap((t) => inputYears(t as Extract<Template, { kind: "indicators" }>).slice(1).map((y) => [t.id, y, t] as const)))("the sample return of %s for %i: not told", (_id, year, t) => {
    const wb = planToWorkbook(buildWorkbookPlan([t], { year }));
    fillInputs(wb, sampleReturn(t, year));
    const r = checkGrid(workbookToGrid(wb));
    if (!r.ok) throw new Error(r.message);
    expect(r.report.problems.map((p) => p.code)).not.toContain("previous_year_copied");
  });

  // the pure function alone: rows sorted whole (hidden id included) stand in another order than the template's
  test.each<[string, CellValue, CellValue, string | null]>([
    ["rows in reverse order: the cells named in sheet order", { type: "number", value: 7 }, { type: "number", value: 7 }, "C4\nC5\nC6\nC7\nC8"],
    ["95% against a plain 0.95: another reading, not equal", { type: "number", value: 0.95, percentStyle: true }, { type: "number", value: 0.95 }, null],
  ])("copiedPreviousYear: %s", (_why, now, before, cells) => {
    const ids = ZS.kind === "indicators" ? ZS.indicators.slice(0, 6).map((d) => d.id) : [];
    const rowsById = new Map(ids.map((id, i) => [id, 9 - i] as const)); // the template's first row on row 9, its sixth on row 4
    const rows: CellValue[][] = Array.from({ length: 9 }, () => []);
    for (const r of rowsById.values()) rows[r - 1] = [{ type: "empty" }, before, now];
    const found = copiedPreviousYear({ name: "表", visible: true, rows }, ZS, new Map([["in:2022", 2], ["in:2023", 3]]), rowsById, 2023);
    expect(found).toEqual(cells === null ? null : { year: 2023, previous: 2022, equal: 6, count: 6, cells });
  });

  // trial33: a county's 2023 column was its 2021 one, with 2022's values between them differing, and nothing was said
  test.each<[string, (x: number) => [number, number, number], number | null]>([
    // on main: null (only the year before was compared)
    ["2023 equal to 2021, 2022 different: copied from 2021", (x) => [x, x + 0.5, x], 2021],
    // as before
    ["2023 equal to both 2022 and 2021: the year before, nearest first", (x) => [x, x, x], 2022],
    ["2023 equal to 2022 only", (x) => [x - 1, x, x], 2022],
    ["no earlier year equal: not told", (x) => [x - 1, x - 0.5, x], null],
  ])("copiedPreviousYear from an earlier year: %s", (_why, values, previous) => {
    const ids = ZS.kind === "indicators" ? ZS.indicators.slice(0, 6).map((d) => d.id) : [];
    const rowsById = new Map(ids.map((id, i) => [id, 2 + i] as const));
    const rows: CellValue[][] = Array.from({ length: 8 }, () => []);
    for (const [i, r] of [...rowsById.values()].entries()) rows[r - 1] = [{ type: "empty" }, ...values(10 + i).map((value): CellValue => ({ type: "number", value }))];
    const found = copiedPreviousYear({ name: "表", visible: true, rows }, ZS, new Map([["in:2021", 2], ["in:2022", 3], ["in:2023", 4]]), rowsById, 2023);
    expect(found === null ? null : [found.previous, found.equal, found.count]).toEqual(previous === null ? null : [previous, 6, 6]);
  });

  test("a copy from 2021 is said with its year, not as last year's (check and the report's words)", () => {
    const p = { sheet: "表", year: 2023, previous: 2021, equal: 11, count: 11, cells: "K4" };
    expect(describeWorkbookProblem({ code: "previous_year_copied", params: p }, "zh")).toContain("有 11 行与 2021 年相同（K4 等），可能是复制了 2021 年的列");
    expect(describeWorkbookProblem({ code: "previous_year_copied", params: { ...p, previous: 2022 } }, "zh")).toContain("有 11 行与上年相同（K4 等），可能是复制了上年的列");
    expect(EVALUATION_WORDS.zh.copiedYear(p)).toContain("可能照抄 2021 年的数值");
    expect(EVALUATION_WORDS.en.copiedYear(p)).toContain("perhaps copied from 2021:");
  });
});
