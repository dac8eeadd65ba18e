/** Names Windows refuses for a file whatever its extension (CON.xlsx cannot be created). */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/**
 * The file name of a unit's return, safe on Windows, macOS and Linux: `<year>-<unit>.xlsx`
 * with `\ / : * ? " < > |` and control characters replaced by `_`, trailing dots and spaces
 * dropped, a reserved device name (CON, NUL, COM1 …) prefixed with `_`, and at most 100
 * characters before the extension. Distinct units may map to one name (`a/b`, `a:b`): the
 * caller compares the results case-insensitively and refuses a clash.
 */
export function unitFileName(unit: string, year: number): string {
  // eslint-disable-next-line no-control-regex
  let safe = unit.normalize("NFC").replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, "_").replace(/[. ]+$/, "").trim();
  if (!safe) safe = "_";
  if (RESERVED.test(safe)) safe = `_${safe}`;
  return `${year}-${[...safe].slice(0, 100).join("")}.xlsx`;
}
