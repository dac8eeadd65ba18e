import { gridLines } from "../../import/gridText";
import type { TableSource } from "../../import/TableSource";

/**
 * Where a range selected in Excel starts, from its address as Excel gives it (`Sheet1!A10:F20`,
 * `'规划 指标'!B3:G9` with a quote doubled in the name, `Sheet1!10:20`, `Sheet1!A:F`): the
 * sheet's name and its first row. Of several areas (`Sheet1!A1:B2,Sheet1!D4`) the first.
 * No lookbehind or named groups: the pane runs in ES2017 webviews.
 */
export function rangeStart(address: string): { sheet: string; row: number } {
  let sheet = "";
  let cells = address;
  if (address.startsWith("'")) {
    // a quoted name: up to the quote that is not doubled
    let i = 1;
    for (; i < address.length; i++) {
      if (address[i] !== "'") continue;
      if (address[i + 1] === "'") { i++; continue; }
      break;
    }
    sheet = address.slice(1, i).replace(/''/g, "'");
    cells = address.slice(i + 2);
  } else {
    const bang = address.indexOf("!");
    if (bang >= 0) {
      sheet = address.slice(0, bang);
      cells = address.slice(bang + 1);
    }
  }
  const m = /^\$?[A-Za-z]*\$?(\d+)/.exec(cells.split(",")[0] ?? "");
  return { sheet, row: m ? Number(m[1]) : 1 };
}

/**
 * The text of a range selected in Excel (its cells as shown, one array per sheet row: a merged
 * area's other cells are empty) and its source, so that the importer names the sheet's own rows
 * (工作表「Sheet1」第 16 行) as the CLI does for an .xlsx, whatever a cell's line breaks make of the text.
 */
export function rangeText(address: string, cells: ReadonlyArray<ReadonlyArray<string>>): { text: string; source: TableSource } {
  const { sheet, row } = rangeStart(address);
  const { text, rows } = gridLines(cells, row);
  return { text, source: { kind: "sheet", rows, sheet: sheet || undefined } };
}
