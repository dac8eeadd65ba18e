import type { UnusableFile } from "../cycle/UnusableFile";

/**
 * `--json`'s `skipped` of `summary` and `report`: one `{file, reason, unit?}` per file passed over;
 * a unit's versions not told apart (`versions_tied`) give one each, every file named, with `tie`, what tied them
 * (TieCause: `{by: "saved"}` one save time recorded on different contents, or `{by: "received", unsaved, of}` no save time
 * recorded by `unsaved` of the `of` versions and file times less than a minute apart); a return of
 * another year (`other_year`) also gives `year`, its own reporting year; a .zip (`archive`) `inside`,
 * the spreadsheets it holds by their names in it, and `extracted`, where they already sit extracted; a summary
 * workbook (`summary`) `covers`, the units it summed, and `wanted`, those of them with no return of their own used;
 * a return whose plan's period does not hold the year (`outside_plan`) `year`, its own reporting year, and `plan`:
 * `{title, from, to}` (from: the baseline year); a file that is no .xlsx (`other_format`) `kind`, what the reader found it to be
 * (docx, doc, pptx, pdf, image, text, html, ods, xlsb; fileKindWords), when it found one; a stray return of another plan
 * period that is no unit's row and is not chased (UnusableFile.unlisted) `unlisted`: `not_listed` (its unit is not among
 * the units expected) or `no_list` (no units given, and the unit's only files are of another plan period and year).
 */
export function skippedJson(skipped: readonly UnusableFile[]): Array<{ file: string; reason: UnusableFile["reason"]; unit?: string; year?: number; inside?: string[]; extracted?: string; version?: UnusableFile["version"]; covers?: string[]; wanted?: string[]; plan?: { title: string; from: number; to: number }; kind?: string; unlisted?: UnusableFile["unlisted"]; tie?: UnusableFile["tie"] }> {
  return skipped.flatMap(({ file, reason, unit, others, years, archive, version, covers, wanted, period, fileKind, unlisted, tie }) => [file, ...(others ?? [])].map((f) => ({
    file: f, reason, ...(unit !== undefined ? { unit } : {}), ...(years ? { year: years.own } : {}), ...(archive?.inside ? { inside: archive.inside } : {}), ...(archive?.extracted !== undefined ? { extracted: archive.extracted } : {}),
    ...(version ? { version } : {}), ...(covers ? { covers } : {}), ...(wanted ? { wanted } : {}), ...(period ? { year: period.own, plan: { title: period.title, from: period.from, to: period.to } } : {}), ...(fileKind ? { kind: fileKind } : {}), ...(unlisted ? { unlisted } : {}), ...(tie ? { tie } : {}),
  })));
}
