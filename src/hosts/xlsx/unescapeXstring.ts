const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * The text an ST_Xstring stands for (ECMA-376 Part 1 §22.9.2.19): Excel writes a character XML
 * cannot hold, or a carriage return it keeps, as `_xHHHH_` (嵊泗县_x000D_ is 嵊泗县 and a CR),
 * and a literal `_x` as `_x005F_x`. Text without `_x` comes back as it is.
 */
export function unescapeXstring(s: string): string {
  if (s.indexOf("_x") === -1) return s;
  return s.replace(ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
