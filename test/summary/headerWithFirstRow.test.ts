import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readXlsxBuffer } from "../../src/hosts/xlsx/readXlsx";
import type { CheckReport } from "../../src/sheet/CheckReport";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { PlannedSheet } from "../../src/sheet/SheetPlan";
import { summarize } from "../../src/sheet/summarize";
import { internalLink, summaryWorkbookPlan } from "../../src/sheet/summarySheets";

/**
 * 汇总 breaks its pages by hand and writes a table's header again at the top of each page the table runs onto.
 * A trial's one return without a 填报单位 (trial35 TP9) left 二、滞后与严重滞后指标's header alone at the foot of page 1
 * and wrote it again at the top of page 2 (rows 24 and 25): its first row, whose 填报单位 cell wraps, was taller
 * than the room the header kept below it. A header now goes to the next page with its first row.
 */
const FIXTURE = join(__dirname, "../fixtures/trial35/ret-filled.xlsx");

async function report(): Promise<CheckReport> {
  const r = checkGrid(await readXlsxBuffer(readFileSync(FIXTURE)));
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

/** The header rows of a sheet (cells styled header, by row), as their joined texts. */
function headerRows(sheet: PlannedSheet): Map<number, string> {
  const rows = new Map<number, string[]>();
  for (const c of sheet.cells) {
    if (c.style !== "header") continue;
    const r = Number(/\d+$/.exec(c.address)?.[0]);
    (rows.get(r) ?? rows.set(r, []).get(r)!).push(String(c.value));
  }
  return new Map([...rows].map(([r, texts]) => [r, texts.join("|")]));
}

const units = (n: number, name: (i: number) => string) => async () => {
  const base = await report();
  return Array.from({ length: n }, (_, i) => ({ file: `r${i}.xlsx`, report: { ...base, reportingUnit: name(i) } }));
};

test.each<[string, () => Promise<Array<{ file: string; report: CheckReport }>>]>([
  ["the trial's return, its unit not filled in", async () => [{ file: "ret-filled.xlsx", report: await report() }]],
  ...[1, 2, 3, 5, 8, 13].map((n): [string, () => Promise<Array<{ file: string; report: CheckReport }>>] =>
    [`${n} units with names that wrap`, units(n, (i) => `某某市某某县第${i + 1}号经济技术开发区管理委员会（代管乡镇）`)]),
])("%s: no page ends with a table's header, and no header is written twice in a row", async (_d, inputs) => {
  const s = summarize(await inputs());
  if (!s.ok) throw new Error(s.message);
  const sheet = summaryWorkbookPlan(s.figures, internalLink).sheets[0]!;
  const heads = headerRows(sheet);
  for (const b of sheet.rowBreaks ?? []) expect(heads.has(b)).toBe(false);
  for (const [r, text] of heads) expect(heads.get(r + 1)).not.toBe(text);
  // the lagging list's header is there once per page it is on, and its rows follow it
  expect([...heads.values()].filter((t) => t.startsWith("指标|填报单位")).length).toBeGreaterThanOrEqual(1);
});
