import { cellText } from "../domain/CellValue";
import type { GridWorkbook } from "./Grid";
import { contentHasher } from "./contentHasher";
import { APP_MARK, KEY_ROW, UNIT_NAME } from "./keys";

/**
 * A fingerprint of what a return holds, so the same return given twice is recognised whatever
 * its file name or 填报单位: every cell of every sheet except the 填报单位 cell and sheets of
 * ours that only report on it (审核, 汇总). 53-bit FNV-style hash of the cells' text, hex (contentHasher).
 */
export function returnContent(g: GridWorkbook): string {
  const unit = g.names[UNIT_NAME];
  const { feed, digest } = contentHasher();
  for (const s of g.sheets) {
    if (cellText(s.rows[KEY_ROW - 1]?.[0] ?? { type: "empty" }) === `${APP_MARK}:review`) continue;
    feed(`\u0001${s.name}`);
    s.rows.forEach((row, r) => row?.forEach((v, c) => {
      if (unit && unit.sheet === s.name && unit.row === r + 1 && unit.col === c + 1) return;
      const t = cellText(v);
      if (t !== "") feed(`\u0002${r},${c}\u0003${v.type}:${t}`);
    }));
  }
  return digest();
}
