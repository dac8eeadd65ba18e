import { parseTarget } from "../domain/parseTarget";
import { targetForYear } from "../domain/yearRule";
import { indicatorSpec } from "../templates/indicatorSpec";
import type { IndicatorDef, IndicatorTemplate, Template } from "../templates/TemplateSchema";
import { a1 } from "./a1";
import { cellFilled } from "./cellFilled";
import { gridCell, type GridSheet } from "./Grid";
import { inKey } from "./keys";
import type { WorkbookProblemParams } from "./WorkbookProblem";

/** What earlier_year_blank says of one year of one sheet, but the sheet's name. */
export type EarlierYearBlank = Omit<WorkbookProblemParams["earlier_year_blank"], "sheet">;

const filled = (s: GridSheet, r: number, c: number): boolean => cellFilled(gridCell(s, r, c));

/** Whether the plan asks `d`'s value for `y`: a year of its period after its baseline, with a target (not `—`), on the plan since then (a row a revision added later was not). */
function asked(t: IndicatorTemplate, d: IndicatorDef, y: number): boolean {
  const spec = indicatorSpec(t, d);
  if (y <= spec.baselineYear || d.revisions?.some((r) => r.added === true && r.year > y)) return false;
  const text = targetForYear(spec, y).text;
  return parseTarget(text).kind !== "none";
}

/** `asked` for each of the template's indicators in year `y`, in their order: once per template object and year, for every return of it (issue 19). */
function askedOf(t: IndicatorTemplate, y: number): readonly boolean[] {
  let byYear = ASKED.get(t);
  if (!byYear) ASKED.set(t, (byYear = new Map()));
  let known = byYear.get(y);
  if (!known) byYear.set(y, (known = t.indicators.map((d) => asked(t, d, y))));
  return known;
}

const ASKED = new WeakMap<IndicatorTemplate, Map<number, readonly boolean[]>>();

/**
 * The earlier years of a return of `year` whose values are still blank on an indicator sheet (evaluation-rules §3, our
 * reading, trial37c F5: a 2024 return rolled over from a 2023 one received 本年度未填, its 2023 column still blank, said
 * only on the cumulative rows): each year y of the plan before `year` (B+1 … Y−1, the years §3's sums and §6's trend read)
 * with an input column (`keys`: in:YYYY) where not one row the plan asks for y (`asked`: a target that year, on the plan
 * then) holds anything, while some row holds a value for a year before y: the unit reported on the plan before it, so y
 * was asked for too (a return whose earlier years are all blank, a plan first sent out for `year`, was never asked for them).
 * `cells`: the range of the year's asked cells, first to last (`K4–K14`). Ascending by year; [] for a project or reform
 * list. Pure.
 */
export function earlierYearsBlank(s: GridSheet, t: Template, keys: ReadonlyMap<string, number>, rowsById: ReadonlyMap<string, number>, year: number): EarlierYearBlank[] {
  if (t.kind !== "indicators") return [];
  const out: EarlierYearBlank[] = [];
  let reported = false;
  for (let y = t.baselineYear + 1; y < year; y++) {
    const c = keys.get(inKey(y));
    if (c === undefined) continue;
    const askedInY = askedOf(t, y);
    const rows = t.indicators.flatMap((d, i) => {
      const r = rowsById.get(d.id);
      return r !== undefined && askedInY[i] === true ? [r] : [];
    });
    const any = t.indicators.some((d) => { const r = rowsById.get(d.id); return r !== undefined && filled(s, r, c); });
    if (reported && rows.length > 0 && !rows.some((r) => filled(s, r, c))) {
      out.push({ year: y, cells: `${a1(Math.min(...rows), c)}–${a1(Math.max(...rows), c)}` });
    }
    reported ||= any;
  }
  return out;
}
