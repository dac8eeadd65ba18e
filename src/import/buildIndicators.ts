import { UNCLASSIFIED } from "../templates/UNCLASSIFIED";
import type { ImportCode } from "./unreadMessages";
import { detectUnit } from "../domain/Unit";
import { parseTarget } from "../domain/parseTarget";
import { operatorJoined } from "../domain/operatorWords";
import { halfWidth } from "../domain/normalizeText";
import type { IndicatorDef } from "../templates/TemplateSchema";
import { cellOf, type IndicatorDraft } from "./ColumnRule";
import { COLUMN_RULES } from "./columnRules";
import { draftSpec } from "./draftSpec";
import { guessedUp } from "./rules/seriesDirection";
import { compoundSplit } from "./rules/compoundSplit";
import { duplicateNames } from "./rules/duplicateNames";
import type { Row, TableReading } from "./TableReading";
import { gluedValueMarks, type GluedValueMark } from "./rules/gluedValueMarks";

/**
 * The indicators of the rows loaded: each row (a compound row split first, see compoundSplit) passed
 * through the column rules (columnRules.ts). Ids `r01`, `r01-1` (parts), `r-1` (no 序号), unique.
 * Two indicators of one name (and part) are both loaded and said (duplicateNames); the rows whose direction
 * only their numbers tell (up) are listed in one line (`direction-series-up`, at the first). `rows`: by id,
 * the source rows (TableReading.rowOf, as unread lines name them) each indicator was read from.
 */
export function buildIndicators(reading: TableReading): { indicators: IndicatorDef[]; rows: Record<string, number[]> } {
  const { header } = reading;
  const out: IndicatorDef[] = [];
  const ids = new Set<string>();
  // the suffix to try next for each id taken: a 序号 that starts again in each domain repeats an id many times
  const nextSuffix = new Map<string, number>();
  const uniqueId = (base: string): string => {
    let id = base;
    let n = nextSuffix.get(base) ?? 2;
    for (; ids.has(id); n++) id = `${base}-${n}`;
    if (id !== base) nextSuffix.set(base, n);
    ids.add(id);
    return id;
  };
  const partsSeen = new Map<string, number>();
  /** per indicator, the 0-based line of its row */
  const rowLines: number[] = [];
  /** per indicator, whether its direction is read up from its numbers alone */
  const guessedAt: boolean[] = [];
  const rows: Record<string, number[]> = {};
  let unnumbered = 0;
  const tableSaid = new Set<ImportCode>();
  // read on the rows as read, before any row's rules take marks off
  const glued = gluedValueMarks(reading.rows, header, reading.notes);

  for (const row of reading.rows) {
    if (row.state !== "ok") continue;
    // `3` → r03, `1.2` → r01-2
    const base = row.number === "" ? `r-${++unnumbered}` : `r${row.number.split(/[.-]/).map((n, i) => (i === 0 ? n.padStart(2, "0") : n)).join("-")}`;
    const variants = compoundSplit(row, header);
    if (variants.length > 1) {
      const baseline = row.values[header.baselineCol ?? -1] ?? "";
      const inTarget = parseTarget(baseline).kind !== "compound";
      reading.report(row.lines[0] ?? 0, "compound-split", { value: inTarget ? row.values[header.targetCol] ?? "" : baseline, inTarget, by: /[/／]/.test(detectUnit(row.name).bareName) ? "/" : "、", parts: variants.map((v) => v.part ?? "") });
    }
    for (const v of variants) {
      let id = base;
      if (v.part !== undefined) {
        const n = (partsSeen.get(base) ?? 0) + 1;
        partsSeen.set(base, n);
        id = `${base}-${n}`;
      }
      const { def, up } = toIndicator(v, uniqueId(id), reading, tableSaid, glued);
      out.push(def);
      guessedAt.push(up);
      rowLines.push(row.lines[0] ?? 0);
      rows[def.id] = [...new Set(row.lines.map((l) => reading.rowOf(l)))];
    }
  }
  // the rows whose direction only their numbers tell (up), in one line: no return's check says it (guessedUp)
  const guessed = out.filter((d, i) => guessedAt[i] === true);
  const firstGuessed = guessedAt.findIndex((g) => g);
  if (guessed.length > 0) reading.report(rowLines[firstGuessed] ?? 0, "direction-series-up", { rows: guessed.map(rowLabel) });
  // the rows a return cannot time without a baseline (§3 "no baseline": 滞后 and a 说明 every year below the target), in one line
  const noBaseline = out.map((d, i) => (needsBaseline(d) ? i : -1)).filter((i) => i >= 0);
  if (noBaseline.length > 0) {
    reading.report(rowLines[noBaseline[0] ?? 0] ?? 0, "baseline-missing", { rows: noBaseline.map((i) => rowLabel(out[i] as IndicatorDef)), baselineYear: header.baselineYear ?? 0 });
  }
  for (const { first, again } of duplicateNames(out)) {
    const a = out[first];
    const b = out[again];
    const at = rowLines[again] ?? 0;
    const firstAt = rowLines[first] ?? 0;
    // the 领域 of each (none: "") tells two indicators of one name apart, as check, the summary and the report name them (namedApart)
    const domainOf = (d: IndicatorDef): string => (d.domain === UNCLASSIFIED ? "" : d.domain);
    if (a && b) reading.report(at, "name-duplicate", { name: b.name, firstLine: reading.rowOf(firstAt), firstId: a.id, id: b.id, firstDomain: domainOf(a), domain: domainOf(b) });
  }
  return { indicators: out, rows };
}

/** An indicator as a line lists it: `序号 名称`, `：分项` after a part's name. */
function rowLabel(d: IndicatorDef): string {
  return `${d.number === "" ? "" : `${d.number} `}${d.name}${d.part === undefined ? "" : `：${d.part}`}`;
}

/**
 * Whether a row's target is a number a trajectory leads to (a level, a bound, `左右`, parts) while the table gives no
 * baseline (no column, an empty cell): no 序时进度 then (evaluation-rules.md §3 "no baseline"). A 〔累计〕 target needs
 * none, words have none; a `—` or `/` the plan wrote says it has none on purpose (a new indicator), so it is not asked for.
 */
function needsBaseline(d: IndicatorDef): boolean {
  if (d.baseline.trim() !== "") return false;
  return d.targetKind === "point" || d.targetKind === "floor" || d.targetKind === "ceiling" || d.targetKind === "approximate" || d.targetKind === "compound";
}

function toIndicator(row: Row, id: string, reading: TableReading, tableSaid: Set<ImportCode>, gluedMarks: readonly GluedValueMark[]): { def: IndicatorDef; up: boolean } {
  const at = row.lines[0] ?? 0;
  const name = row.name.trim();
  const said = new Set<ImportCode>();
  const draft: IndicatorDraft = {
    row, header: reading.header, name, detected: detectUnit(name), notes: reading.notes, gluedMarks, unit: "", target: "", cumulative: "", cumulativeBeside: false, add: {},
    report: (code, params) => { said.add(code); tableSaid.add(code); reading.report(at, code, params); },
    said, tableSaid,
  };
  for (const rule of COLUMN_RULES) rule(draft);
  const { unit, target, add, name: shownName } = draft;
  const percent = unit === "%" || (unit === "" && draft.detected.symbol === "%");
  const def: IndicatorDef = {
    id,
    domain: row.group.name || UNCLASSIFIED,
    number: row.number,
    name: shownName,
    unit,
    baseline: asNumberWritten(draft.baseline ?? cellOf(draft, reading.header.baselineCol)),
    target: asNumberWritten(target),
    targetKind: parseTarget(target, percent).kind,
    source: row.lines.map((l) => reading.lines[l] ?? "").join("\n"),
  };
  if (row.part !== undefined) def.part = row.part;
  if (add.direction !== undefined) def.direction = add.direction;
  if (add.note !== undefined) def.note = add.note;
  if (add.attribute !== undefined) def.attribute = add.attribute;
  if (add.responsibleUnit !== undefined) def.responsibleUnit = add.responsibleUnit;
  if (add.results !== undefined) def.results = add.results;
  if (add.yearlyTargets !== undefined) def.yearlyTargets = Object.fromEntries(Object.entries(add.yearlyTargets).map(([y, v]) => [y, asNumberWritten(v)]));
  // (a row whose direction a rule said already, plan-negative, is not listed again)
  return { def, up: !said.has("plan-negative") && guessedUp(draftSpec(draft)) };
}

/**
 * A value as the template keeps it: one the engine reads as a number or bound (`８８．５`, `＞９０`, `〔１４．５〕`,
 * `２０左右`) with its full-width digits and signs in ASCII, as the rest of the table is printed (trial40b F4);
 * words (`保持在合理区间，各年度视情提出`) as written.
 */
function asNumberWritten(written: string): string {
  // a bound's sign joined to its number (`≥ 86`: operatorJoined), where the engine reads it so
  const joined = operatorJoined(written);
  const value = joined !== written && parseTarget(joined).kind !== "text" ? joined : written;
  // only a value written with full-width digits (a `（力争90）` beside ASCII digits keeps its brackets)
  if (!/[\uff10-\uff19]/.test(value)) return value;
  const folded = halfWidth(value);
  return parseTarget(folded).kind === "text" ? value : folded;
}
