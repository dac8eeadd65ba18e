import type { IndicatorRevision } from "../domain/IndicatorRevision";
import type { Template } from "../templates/TemplateSchema";

/** A row as its revisions are read: its template's id, its id and the revisions its template records. */
interface RevisedRow {
  template: string;
  id: string;
  revisions?: readonly IndicatorRevision[] | undefined;
}

/**
 * The year each mid-term amendment took effect, as the returns' change records first give it: one
 * amendment (a row's target or baseline from → to) is said in one year whichever return records it
 * (a manager's trial: counties moved onto the amended plan a year late recorded it as 2024, the others
 * as 2023, and one city report gave both). `rollover --from` dates a change it records by the returns
 * it reads that record it already (else the new return's year); `report` says each in the earliest
 * year any return evaluated gives. Pure.
 */
export class AmendmentYears {
  private readonly first = new Map<string, number>();

  /** Records the revisions of `rows`. */
  add(rows: Iterable<RevisedRow>): this {
    for (const row of rows) {
      for (const r of row.revisions ?? []) {
        const k = key(row.template, row.id, r);
        const known = this.first.get(k);
        if (known === undefined || r.year < known) this.first.set(k, r.year);
      }
    }
    return this;
  }

  /** Records the revisions `templates` carry (a return's stored templates), those of the rows they record removed too. */
  addTemplates(templates: readonly Template[]): this {
    for (const t of templates) if (t.kind === "indicators") this.add([...t.indicators, ...(t.removed ?? [])].map((d) => ({ template: t.id, id: d.id, revisions: d.revisions })));
    return this;
  }

  /** The year of revision `r` of row `id` of `template`: the earliest recorded, else `year`; never later than `year`. */
  yearOf(template: string, id: string, r: Omit<IndicatorRevision, "year">, year: number): number {
    return Math.min(this.first.get(key(template, id, r)) ?? year, year);
  }

  /** `rows` with each revision dated by the earliest year recorded for it (the same objects where nothing changes). */
  dated<T extends RevisedRow>(rows: readonly T[]): T[] {
    return rows.map((row) => {
      if (!row.revisions?.length) return row;
      const revisions = row.revisions.map((r) => {
        const year = this.yearOf(row.template, row.id, r, r.year);
        return year === r.year ? r : { ...r, year };
      });
      return revisions.every((r, i) => r === row.revisions?.[i]) ? row : { ...row, revisions };
    });
  }
}

/** One amendment of one row: its fields' values before and after, or the row added or removed (an id may be reused for another row). */
function key(template: string, id: string, r: Omit<IndicatorRevision, "year">): string {
  return [template, id, r.target?.from ?? "", r.target?.to ?? "", r.baseline?.from ?? "", r.baseline?.to ?? "", r.unit?.from ?? "", r.unit?.to ?? "", r.added ? "added" : r.removed ? "removed" : ""].join("\u0001");
}
