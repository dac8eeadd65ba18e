import { columnNumber } from "../../sheet/a1";
import type { GridWorkbook } from "../../sheet/Grid";

/** Defined names that point at one cell, resolved to sheet and 1-based row and column. */
export function parseDefinedNames(model: Array<{ name: string; ranges: string[] }>): GridWorkbook["names"] {
  const names: GridWorkbook["names"] = {};
  for (const n of model) {
    const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(n.ranges[0] ?? "");
    if (m && m[1] && m[2] && m[3]) names[n.name] = { sheet: m[1].replace(/''/g, "'"), row: Number(m[3]), col: columnNumber(m[2]) };
  }
  return names;
}

