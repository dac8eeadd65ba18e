import type { Issue } from "../domain/Issue";
import type { Status } from "../domain/Status";
import type { CheckItem } from "./CheckReport";
import { shownValue } from "./shownValue";
import { valueCell } from "./valueCell";

/**
 * What a listed problem shows beside its words: its cell, the year whose input that cell is when it
 * is not the reporting year's, the value in that cell and the status that belongs to it.
 */
export interface ProblemSite {
  /**
   * A1 on the row's sheet: the cell the problem is about as check names it (an earlier year's I17, the 说明 P17), else the
   * row's cell for the year (valueCell); "" for a row deleted from the return (withMissingRows: no cell), which has no
   * place to open (trial43b F7: its link opened A1, the sheet's title)
   */
  cell: string;
  /** the year of `cell`'s input column when it is another year's than the reporting year (a 2021 slip's 2021); absent otherwise */
  year?: number;
  /** the value beside it: `cell`'s own as typed for another year's cell, else the row's value for the year (shownValue: a running total said as such) */
  value: string;
  /**
   * the status beside it: the row's (the reporting year's), or null for a warning about another year's cell, which never
   * changes a status (evaluation-rules §8d–f); an error there (a cumulative row's earlier year that stops the sum) makes it
   */
  status: Status | null;
}

/**
 * Where a problem of `item` is and what stands beside it, in every list that names problems one by one: the summary's
 * 问题清单 (位置, 当年值, 状态) and `check --json` (an issue's `year` and `value`). One rule, so a 2021 cell is never
 * shown beside the reporting year's value and status as if they were its own (trial33 T12: 某市专栏1!I17 beside
 * 0.13万吨 and 数据异常 of 2023's K17). `issue` undefined: the row flagged by its status alone.
 */
export function problemSite(item: Pick<CheckItem, "cells" | "statusCell" | "status" | "value" | "cumulative" | "otherYears">, issue: Pick<Issue, "cell" | "severity"> | undefined, year: number): ProblemSite {
  const cell = issue?.cell ?? valueCell(item, year);
  const other = otherYearOf(item, cell, year);
  if (other === undefined) return { cell, value: item.status === "missing" ? "" : shownValue(item, year), status: item.status };
  return { cell, year: other, value: item.otherYears?.[String(other)] ?? "", status: issue?.severity === "error" ? item.status : null };
}

/** The year whose input `cell` is, when it is one of the row's year cells other than `year`'s. */
function otherYearOf(item: Pick<CheckItem, "cells">, cell: string, year: number): number | undefined {
  // the first key in the object's order, as a search of its entries finds it; a loop, since every issue of every
  // return asks (check --json, issue 19)
  for (const k of Object.keys(item.cells)) {
    if (item.cells[k] !== cell || !/^\d{4}$/.test(k)) continue;
    return Number(k) === year ? undefined : Number(k);
  }
  return undefined;
}
