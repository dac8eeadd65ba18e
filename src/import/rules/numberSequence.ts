/**
 * Whether 序号 `next` follows `prev` in a table's numbering: the next at the same level (`3` → `4`,
 * `1.2` → `1.3`), the first below it (`1` → `1.1`), or the next at a level above (`1.3` → `2`,
 * `1.2.3` → `1.3`). A 序号 that does not follow is said (a row may be missing or repeated).
 */
export function followsNumber(prev: string, next: string): boolean {
  const p = prev.split(/[.-]/).map(Number);
  const n = next.split(/[.-]/).map(Number);
  if (n.length === p.length + 1) return n.slice(0, -1).every((x, i) => x === p[i]) && n[n.length - 1] === 1;
  if (n.length > p.length || n.length === 0) return false;
  const last = n.length - 1;
  return n.slice(0, last).every((x, i) => x === p[i]) && n[last] === (p[last] ?? 0) + 1;
}
