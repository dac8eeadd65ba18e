import { cellOf, type ColumnRule, type IndicatorDraft } from "../../../src/import/ColumnRule";
import { COLUMN_RULES } from "../../../src/import/columnRules";
import { detectUnit } from "../../../src/domain/Unit";
import { LINE_RULES } from "../../../src/import/lineRules";
import { tableLine, type LineOutcome, type LineRule } from "../../../src/import/LineRule";
import { startReading } from "../../../src/import/startReading";
import type { TableReading } from "../../../src/import/TableReading";
import { unreadMessage, type ImportCode } from "../../../src/import/unreadMessages";
import { importTable } from "../../../src/import";
import { gluedValueMarks } from "../../../src/import/rules/gluedValueMarks";

/**
 * Test harness for the importer's rules: a table given as lines (cells separated by tabs), read by the
 * importer's own loop up to the last line, which only the rule under test reads. So a rule is tested
 * in the state the rules before it leave (rows read, domain, page break).
 */
export function readingOf(lines: readonly string[]): TableReading {
  const s = startReading(lines.join("\n"), "");
  if (!s.ok) throw new Error(s.message);
  return s.reading;
}

function runLoop(reading: TableReading, upTo: number): void {
  for (let i = reading.header.last + 1; i < upTo; i++) {
    let outcome: LineOutcome = "pass";
    for (const rule of LINE_RULES) {
      outcome = rule(tableLine(reading.grid[i] ?? [], i), reading);
      if (outcome !== "pass") break;
    }
    if (outcome === "end") return;
    if (typeof outcome === "object") i = outcome.skipTo;
  }
}

export interface RuleRun {
  outcome: LineOutcome;
  reading: TableReading;
  /** the codes reported while the rule read the last line */
  codes: ImportCode[];
}

/** The lines before the last through the importer's loop, then the last line through `rule` alone. */
export function lastLineThrough(rule: LineRule, lines: readonly string[]): RuleRun {
  const reading = readingOf(lines);
  const last = reading.grid.length - 1;
  runLoop(reading, last);
  const before = reading.unread.length;
  const outcome = rule(tableLine(reading.grid[last] ?? [], last), reading);
  return { outcome, reading, codes: reading.unread.slice(before).map((u) => u.code) };
}

export const HEAD = ["某县“十四五”主要指标", "序号\t指标\t2020年\t2025年\t属性"];

/**
 * The first loaded row of a table as a draft, through the column rules before `rule`, then `rule`:
 * the draft and the codes `rule` reported.
 */
export function draftThrough(rule: ColumnRule, lines: readonly string[]): { draft: IndicatorDraft; codes: ImportCode[] } {
  const reading = readingOf(lines);
  runLoop(reading, reading.grid.length);
  const row = reading.rows.find((r) => r.state === "ok");
  if (!row) throw new Error("no row loaded");
  const codes: ImportCode[] = [];
  let collecting = false;
  const name = row.name.trim();
  const said = new Set<ImportCode>();
  const draft: IndicatorDraft = {
    row, header: reading.header, name, detected: detectUnit(name), notes: reading.notes, gluedMarks: gluedValueMarks(reading.rows, reading.header, reading.notes), unit: "", target: "", cumulative: "", cumulativeBeside: false, add: {},
    report: (code) => {
      said.add(code);
      if (collecting) codes.push(code);
    },
    said, tableSaid: said,
  };
  for (const r of COLUMN_RULES) {
    if (r === rule) break;
    r(draft);
  }
  collecting = true;
  rule(draft);
  return { draft, codes };
}

export { cellOf };

/**
 * The one line `code` says of a table's row as import reads it whole (`head` its title and header), checked for its
 * effect (需核对), its Chinese reason and its English message; `said` null: no such line.
 */
export function expectImportSays(head: string, row: string, code: ImportCode, said: { zh: string; en: string } | null): void {
  const r = importTable(`${head}\n${row}`);
  if (!r.ok) throw new Error(r.message);
  const lines = r.unread.filter((u) => u.code === code);
  if (said === null) {
    expect(lines).toEqual([]);
    return;
  }
  expect(lines).toHaveLength(1);
  expect(lines[0]?.effect).toBe("to-check");
  expect(lines[0]?.reason).toContain(said.zh);
  expect(unreadMessage(lines[0]!, "en")).toContain(said.en);
}
