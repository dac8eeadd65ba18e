/**
 * How many lines a wrapped text takes in a column `widthChars` wide (the column width unit: one
 * digit of the default font), so rows can be written tall enough: LibreOffice and WPS do not
 * grow rows a library wrote. A CJK or full-width character takes two units, any other one; a
 * line holds about 1.05 units per width unit at 10 pt (measured in LibreOffice's PDF render of
 * a return: 22 CJK characters on a line of a 34-wide column; Excel's YaHei is wider, hence the margin).
 */
export function textLines(text: string, widthChars: number): number {
  let units = 0;
  for (const ch of text) units += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return Math.max(1, Math.ceil(units / (widthChars * 1.05)));
}
