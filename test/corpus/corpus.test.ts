import { readdirSync } from "node:fs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { storedNumber } from "../../src/hosts/storedNumber";
import { checkGrid } from "../../src/sheet/checkGrid";
import { gridCell } from "../../src/sheet/Grid";
import type { Status } from "../../src/domain/Status";
import { BASE_COUNTS, BASE_STATUS, CORPUS_DIR, corpusFile, INDICATOR_SHEET } from "./corpusReturns";

/**
 * Issue 12: every workbook of the corpus (test/fixtures/corpus, each with a .txt saying what is
 * right for it) gives what its .txt says. One row per file.
 */
interface Case {
  file: string;
  /** rows whose status differs from the unchanged return */
  status?: Record<string, Status>;
  /** issues the .txt asks for: row id → cell and issue code */
  issues?: Record<string, { cell: string; code: string; suggestion?: number }>;
}

const CASES: Case[] = [
  // placed by order (A, B, C… after the last explicit one): the same 21 rows as with r
  { file: "01-cells-without-r.xlsx" },
  // xl/SharedStrings.xml found through the workbook's relationships, whatever its case
  { file: "02-sharedstrings-uppercase-part.xlsx" },
  // <x:workbook>, <x:c>, <x:v>: the same workbook
  { file: "04-x-prefixed-spreadsheetml.xlsx" },
  // <f>…</f><v></v>: no value, never 0; the check says the formula was not calculated
  {
    file: "07-formula-empty-cached-value-openpyxl-lxml.xlsx",
    status: { "ss23-03": "invalid", "ss23-07": "invalid" },
    issues: { "ss23-03": { cell: "L6", code: "formula_uncalculated" }, "ss23-07": { cell: "L10", code: "formula_uncalculated" } },
  },
  // one styled empty cell at L1048576 holds nothing: no row limit
  { file: "08-styled-empty-cell-at-row-1048576.xlsx" },
  // 0.88 in a 0% style: invalid with the fix 88 (§2a; the reader's part is asserted below)
  {
    file: "10-percent-typed-stored-0.88.xlsx",
    status: { "ss23-03": "invalid" },
    issues: { "ss23-03": { cell: "L6", code: "*", suggestion: 88 } },
  },
];

test("every corpus file has a .txt and a row in this table", () => {
  const files = readdirSync(CORPUS_DIR);
  const xlsx = files.filter((f) => f.endsWith(".xlsx")).sort();
  expect(xlsx).toEqual(CASES.map((c) => c.file).sort());
  for (const f of xlsx) expect(files).toContain(f.replace(/\.xlsx$/, ".txt"));
});

test.each(CASES)("$file gives what its .txt says", async (c) => {
  const r = checkGrid(await readXlsxZip(corpusFile(c.file)));
  if (!r.ok) throw new Error(`${c.file}: ${r.message}`);
  const want: Record<string, Status> = { ...BASE_STATUS, ...c.status };
  expect(Object.fromEntries(r.report.items.map((i) => [i.id, i.status]))).toEqual(want);
  const counts = { ...BASE_COUNTS };
  for (const [id, s] of Object.entries(c.status ?? {})) { counts[BASE_STATUS[id] as keyof typeof counts]--; counts[s as keyof typeof counts]++; }
  expect(r.report.counts).toEqual(counts);
  expect(r.report.year).toBe(2024);
  for (const [id, want] of Object.entries(c.issues ?? {})) {
    const item = r.report.items.find((i) => i.id === id);
    const hit = item?.issues.find((i) => i.cell === want.cell && (want.code === "*" || i.code === want.code));
    expect({ id, hit: hit && { cell: hit.cell, severity: hit.severity, suggestion: hit.suggestion } })
      .toEqual({ id, hit: { cell: want.cell, severity: "error", suggestion: want.suggestion } });
    // never a progress made up from nothing (07: 0 gave 严重滞后 −800%)
    expect(item?.progress ?? null).toBeNull();
    expect(item?.value).not.toBe("0");
  }
});

test("07: the uncalculated formulas read as such, not as 0", async () => {
  const g = await readXlsxZip(corpusFile("07-formula-empty-cached-value-openpyxl-lxml.xlsx"));
  const s = g.sheets.find((x) => x.name === INDICATOR_SHEET);
  if (!s) throw new Error("no sheet");
  // with the formula as typed, for check to quote and rollover to carry
  expect(gridCell(s, 6, 12)).toMatchObject({ type: "uncalculated", formula: expect.any(String) });
  expect(gridCell(s, 10, 12)).toMatchObject({ type: "uncalculated", formula: expect.any(String) });
});

test("10: the reader delivers 0.88 and its percent style (what storedNumber makes of a percent-styled 0.88)", async () => {
  const g = await readXlsxZip(corpusFile("10-percent-typed-stored-0.88.xlsx"));
  const s = g.sheets.find((x) => x.name === INDICATOR_SHEET);
  if (!s) throw new Error("no sheet");
  const l6 = gridCell(s, 6, 12);
  expect(l6).toEqual(storedNumber(0.88, "percent"));
  expect(l6).not.toEqual(storedNumber(0.88, "plain"));
  // a plain-styled number next to it stays a number
  expect(gridCell(s, 6, 10)).toEqual({ type: "number", value: 83 });
});
