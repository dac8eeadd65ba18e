import type { PlannedSheet } from "../../src/sheet/SheetPlan";
import { colLetters, type FakeExcel } from "./fakeExcel";

export type Content = { formula: string } | { value: string | number };

/** What a planned sheet should hold, cell by cell (a later entry for an address wins; null erases nothing). */
export function plannedContent(sheet: PlannedSheet): Map<string, Content> {
  const out = new Map<string, Content>();
  for (const c of sheet.cells) {
    if (c.formula !== undefined) out.set(c.address, { formula: `=${c.formula}` });
    else if (c.value !== null && c.value !== undefined && c.value !== "") out.set(c.address, { value: c.value });
  }
  return out;
}

/** What a fake sheet holds, cell by cell. */
export function fakeContent(fx: FakeExcel, sheetName: string): Map<string, Content> {
  const out = new Map<string, Content>();
  for (const [k, c] of fx.sheet(sheetName).cells) {
    const address = `${colLetters(k % 16384)}${Math.floor(k / 16384)}`;
    if (c.formula !== undefined) out.set(address, { formula: c.formula });
    else if (c.value !== undefined && c.value !== "") out.set(address, { value: c.value as string | number });
  }
  return out;
}

/** Differences between two contents, for readable failures. */
export function contentDiff(expected: Map<string, Content>, actual: Map<string, Content>): string[] {
  const diffs: string[] = [];
  for (const [a, e] of expected) {
    const got = actual.get(a);
    if (JSON.stringify(got) !== JSON.stringify(e)) diffs.push(`${a}: expected ${JSON.stringify(e)}, got ${JSON.stringify(got)}`);
  }
  for (const [a, got] of actual) if (!expected.has(a)) diffs.push(`${a}: unexpected ${JSON.stringify(got)}`);
  return diffs;
}
