import type { ArrivedReturn } from "./summaryCycle";

/** A return whose file name names another unit than the 填报单位 on its cover. */
export interface MisnamedReturn {
  file: string;
  /** the 填报单位 on the cover, the unit it is counted for */
  unit: string;
  /** the unit its file name names */
  named: string;
  /** passed over: its cover's unit sent a return of its own, which this copy would displace */
  passedOver: boolean;
}

/**
 * Returns filed under another unit's name (a county that copied its neighbour's return and kept
 * the neighbour's 填报单位): the file name holds another known unit's name (one expected by the
 * ledger or --units, or the 填报单位 of another return given) and not its own. Such a return is
 * counted for its cover's unit (a version of it), while the unit its name names stays 未报, so the
 * manager is told; when the cover's unit also sent a file under its own name, this one is passed
 * over instead (a copy of the neighbour's return would displace the neighbour's own).
 * The longest name found counts (定海区 within 舟山市定海区). Blank 填报单位: not judged.
 * Used by `summary` and `report` alike (only `file` and `unit` are read).
 */
export function misnamedReturns(arrived: ReadonlyArray<Pick<ArrivedReturn, "file" | "unit">>, expected: readonly string[] = []): MisnamedReturn[] {
  const units = [...new Set([...expected, ...arrived.map((x) => x.unit)].filter((u) => u !== ""))].sort((a, b) => b.length - a.length);
  const out: MisnamedReturn[] = [];
  for (const x of arrived) {
    if (!x.unit) continue;
    const name = (x.file.split(/[\\/]/).pop() ?? "").replace(/\.[^.]*$/, "");
    if (name.includes(x.unit)) continue;
    const named = units.find((u) => name.includes(u));
    if (named !== undefined && !x.unit.includes(named)) out.push({ file: x.file, unit: x.unit, named, passedOver: false });
  }
  const crossed = new Set(out.map((m) => m.file));
  for (const m of out) m.passedOver = arrived.some((x) => x.unit === m.unit && !crossed.has(x.file));
  return out;
}
