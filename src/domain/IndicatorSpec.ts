/** What the engine needs to know of an indicator: the plan's words, as written. */
export interface IndicatorSpec {
  name: string;
  /** the unit as the plan gives it; "" lets the engine infer it from the name */
  unit: string;
  baseline: string;
  target?: string;
  /** year -> target as written, for tables with one target per year */
  yearlyTargets?: Readonly<Record<string, string>>;
  baselineYear: number;
  targetYear: number;
}
