import { parseCell } from "./addressing";

/**
 * The sheet and cell a workbook name refers to, from NamedItem.formula ("='填报说明'!$C$5")
 * or NamedItem.value ("填报说明!$C$5"); null for names that are not one cell or range.
 */
export function nameReference(text: string): { sheet: string; row: number; col: number } | null {
  let s = text.trim();
  if (s.startsWith("=")) s = s.slice(1);
  let sheet: string;
  let rest: string;
  if (s.startsWith("'")) {
    let i = 1;
    let name = "";
    for (; i < s.length; i++) {
      if (s[i] === "'") {
        if (s[i + 1] === "'") { name += "'"; i++; continue; }
        break;
      }
      name += s[i];
    }
    if (s[i + 1] !== "!") return null;
    sheet = name;
    rest = s.slice(i + 2);
  } else {
    const bang = s.lastIndexOf("!");
    if (bang <= 0) return null;
    sheet = s.slice(0, bang);
    rest = s.slice(bang + 1);
  }
  const first = rest.split(":")[0] ?? "";
  const cell = parseCell(first);
  return cell ? { sheet, ...cell } : null;
}
