import { headerRun } from "../header";
import { splitLines, squash } from "../text";
import { parseTarget } from "../../domain/parseTarget";
import { ATTRIBUTES } from "./attributes";
import { toRows } from "./cellBreaks";
import { toSimplified } from "./traditional";
import { NUMBER_MARK } from "./numbering";

/** A paste written one cell per line, read as one row per line (cells separated by tabs). */
export interface CellPerLine {
  /** the lines, each a row, title or note, cells separated by tabs */
  lines: string[];
  /** for each line, the 0-based lines of the paste it comes from */
  origins: number[][];
  /** 0-based line (of `lines`) of the header, its columns and the rows made after it */
  headerAt: number;
  columns: number;
  rows: number;
  /** rows split into parts (partRows): the 0-based line (of `lines`) of the first, the paste's lines and the parts */
  splits: Array<{ at: number; lines: number[]; parts: string[] }>;
}

const HEADING = /^[一二三四五六七八九十]+[、.．]/;
/** A cell that can only head rows: a domain (`生态环境质量`) or a numbered section (`1.空气质量`, `2。水环境质量`), short words with no unit or value. */
const HEADING_CELL = new RegExp(`^(?:\\d{1,2}\\s*${NUMBER_MARK}\\s*)?[\\u3400-\\u9fff\\uf900-\\ufaff]{2,12}$`, "u");
const NOTE = /^注[:：\d]/;
/** The cell in a line: a table's text copy may end each cell with ` |` (and start a row with `|`). */
const cellText = (line: string): string => line.trim().replace(/^\|\s*/, "").replace(/\s*\|$/, "").trim();

/**
 * The text of a table copied from a web page or a PDF one cell per line (the page's cells as
 * paragraphs), with no tabs: `指标 |` / `2020年基期值 |` / …, or cells apart by blank lines, a cell's
 * own lines (`2015` / `基期值`) together. The header is the run of header labels around the name
 * label (headerRun); after it the cells are made into rows: up to an 属性 cell where the header
 * ends with 属性, else `columns` at a time; a heading (`一、发展水平`) and a note (`注：`) stand alone,
 * and a row one cell short under a category column continues the category above (its cell left
 * blank). A row of another width is kept as it is, for the row reader to report. Null when the
 * paste has tabs or no such header.
 */
export function cellPerLine(pasted: string): CellPerLine | null {
  if (pasted.includes("\t")) return null;
  const raw = splitLines(pasted);
  const blocks = cellsOf(raw);
  // read as simplified to find the header; the cells are kept as written (the reading after converts them)
  const cells = blocks.map((b) => toSimplified(b.text).text);
  const run = headerRun(cells);
  if (run === null) return null;
  const lines: string[] = [];
  const origins: number[][] = [];
  const emit = (group: ReadonlyArray<{ text: string; lines: number[] }>): void => {
    lines.push(group.map((c) => c.text).join("\t"));
    origins.push(group.flatMap((c) => c.lines));
  };
  for (const b of blocks.slice(0, run.from)) emit([b]);
  const header = blocks.slice(run.from, run.to);
  const headerAt = lines.length;
  emit(header);
  const k = header.length;
  const label = (i: number): string => squash(cells[run.from + i] ?? "");
  const byAttribute = /属性|性质/.test(label(k - 1));
  const category = /^(类别|领域|分类|类型|一级指标)$/.test(label(0));
  let group: Array<{ text: string; lines: number[] }> = [];
  let rows = 0;
  const splits: CellPerLine["splits"] = [];
  const lead = run.to - run.from - headerValues(cells.slice(run.from, run.to)) - 1;
  const close = (): void => {
    if (group.length === 0) return;
    let split = group.length > k && byAttribute ? partRows(group.map((c) => c.text), lead, k - lead - 1) : null;
    // headings copied as cells before a row's (`生态环境质量` / `1。空气质量` / the row): lines of their own
    while (split === null && byAttribute && group.length > k && HEADING_CELL.test(squash(toSimplified(group[0]?.text ?? "").text))) {
      const heading = group.shift();
      if (heading) emit([heading]);
      split = group.length > k ? partRows(group.map((c) => c.text), lead, k - lead - 1) : null;
    }
    if (split) {
      const from = group.flatMap((c) => c.lines);
      splits.push({ at: lines.length, lines: from, parts: split.parts });
      for (const r of split.rows) {
        lines.push(r);
        origins.push(from);
      }
    } else emit(category && group.length === k - 1 ? [{ text: "", lines: [] }, ...group] : group);
    rows++;
    group = [];
  };
  for (const b of blocks.slice(run.to)) {
    if (group.length === 0 && (HEADING.test(b.text) || NOTE.test(b.text))) {
      emit([b]);
      continue;
    }
    group.push(b);
    if (byAttribute ? ATTRIBUTES[squash(toSimplified(b.text).text)] !== undefined : group.length === k) close();
  }
  close();
  return { lines, origins, headerAt, columns: k, rows, splits };
}

/** How many of a header's labels come after its name label (its value columns). */
function headerValues(labels: readonly string[]): number {
  const run = headerRun(labels);
  if (run === null) return labels.length - 1;
  const nameAt = labels.findIndex((l, i) => i >= run.from && /指标|名称/.test(squash(l)) && !/属性/.test(squash(l)));
  return labels.length - nameAt - 1;
}

/**
 * A row of more cells than the header (a name with its parts, `4.标准班额比例(%)` / `其中:小学` /
 * `初中`, then each column's values in turn, `34.52%` / `77.34%` / …, then the 属性): the name's
 * cells are those before the first value, the values shared out evenly among the value columns
 * before 属性, and the row split as cellBreaks splits a cell of several lines. Null when the values
 * do not share out evenly.
 */
function partRows(cells: readonly string[], lead: number, valueCols: number): { rows: string[]; parts: string[] } | null {
  const body = cells.slice(lead, -1);
  const first = body.findIndex((c, i) => i > 0 && parseTarget(c).kind !== "text");
  if (first < 1) return null;
  const values = body.slice(first);
  const columns = valueCols - 1;
  if (columns < 1 || values.length % columns !== 0) return null;
  const n = values.length / columns;
  const chunks = Array.from({ length: columns }, (_, j) => values.slice(j * n, j * n + n));
  const grid = [...cells.slice(0, lead).map((c) => [c]), body.slice(0, first), ...chunks, [cells[cells.length - 1] ?? ""]];
  const out = toRows(grid, valueCols);
  return out.parts.length > 0 ? out : null;
}

/**
 * The cells of the paste: where blank lines part the text (most non-blank lines have one after them),
 * each run of lines between blank ones is a cell (its lines joined); else each line is a cell, and a
 * line of only `|` an empty cell (a web page's blank cell copied with its separator).
 */
function cellsOf(raw: readonly string[]): Array<{ text: string; lines: number[] }> {
  const filled = raw.map((l, i) => ({ text: cellText(l), i })).filter((c) => c.text !== "");
  const apart = filled.filter((c) => cellText(raw[c.i + 1] ?? "") === "").length;
  if (apart * 2 < filled.length) {
    return raw.flatMap((l, i) => {
      const text = cellText(l);
      return text !== "" || l.trim() === "|" ? [{ text, lines: [i] }] : [];
    });
  }
  const out: Array<{ text: string; lines: number[] }> = [];
  let open = false;
  raw.forEach((l, i) => {
    const t = cellText(l);
    if (t === "") open = false;
    else if (open) {
      const last = out[out.length - 1];
      if (last) {
        last.text += t;
        last.lines.push(i);
      }
    } else {
      out.push({ text: t, lines: [i] });
      open = true;
    }
  });
  return out;
}
