/**
 * session 47: a sheet nothing calculated listed its 144 formulas with no result cell by cell; its one line names them as
 * ranges (formulas_uncalculated's `cells`), the fewest rectangles over the plan's rows.
 */
import { cellRanges } from "../../src/sheet/cellRanges";

const grid = (cols: string[], from: number, to: number): string[] => cols.flatMap((c) => Array.from({ length: to - from + 1 }, (_, k) => `${c}${from + k}`));
/** rows `from`–`to` are the plan's, every cell filled, but those in `blank` */
const rows = (from: number, to: number, blank: readonly string[] = []) => (col: number, row: number): boolean => row < from || row > to || blank.includes(`${String.fromCharCode(64 + col)}${row}`);

describe("cells said as ranges", () => {
  test.each<[string, string[], (col: number, row: number) => boolean, string[]]>([
    ["three whole years of 48 rows: one rectangle", grid(["K", "I", "J"], 4, 51), rows(4, 51), ["I4:K51"]],
    ["one cell", ["K7"], rows(4, 51), ["K7"]],
    ["one column's run", grid(["K"], 4, 9), rows(4, 51), ["K4:K9"]],
    ["a gap of a row of the plan splits the run", ["K4", "K5", "K7"], rows(4, 51), ["K4:K5", "K7"]],
    // row 6 is a heading, no row of the plan: the run goes on over it
    ["a row that is no row of the plan does not", ["K4", "K5", "K7"], (_c, r) => r === 6, ["K4:K7"]],
    // a blank cell between holds nothing to name: every filled cell of I5:J9 is one of them (a script's sparse earlier years)
    ["blank cells between do not", ["I5", "J5", "I7", "J7", "I9", "J9"], rows(4, 51, ["I6", "J6", "I8", "J8"]), ["I5:J9"]],
    ["columns apart stay apart", [...grid(["I"], 4, 5), ...grid(["K"], 4, 5)], rows(4, 51), ["I4:I5", "K4:K5"]],
    ["columns of other runs stay apart, top down", [...grid(["I"], 4, 5), ...grid(["J"], 4, 9)], rows(4, 51), ["I4:I5", "J4:J9"]],
    ["repeated cells once", ["K4", "K4", "K5"], rows(4, 51), ["K4:K5"]],
  ])("%s", (_name, cells, spanned, ranges) => {
    expect(cellRanges(cells, spanned)).toEqual(ranges);
  });
});
