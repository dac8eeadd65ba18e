import { unitFileName } from "./unitFileName";

/**
 * The unit whose return distribute would have named `file` (`<year>-<unit>.xlsx`, unitFileName, of the return's own
 * reporting `year`), read from the name alone, without a list of units; undefined for any other name (a renamed file,
 * another year's, a name distribute never gives: `\ / : * ? …`, a trailing dot). Compared case-insensitively, in NFC.
 */
export function distributedUnit(file: string, year: number): string | undefined {
  const name = (file.split(/[\\/]/).pop() ?? file).normalize("NFC");
  const prefix = `${year}-`;
  if (!name.startsWith(prefix) || !/\.xlsx$/i.test(name)) return undefined;
  const unit = name.slice(prefix.length, -".xlsx".length).trim();
  return unit && unitFileName(unit, year).toLowerCase() === name.toLowerCase() ? unit : undefined;
}
