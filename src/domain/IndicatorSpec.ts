import type { Direction } from "./Direction";
import type { LagBands } from "./LagBands";

/** What the engine needs to know of an indicator: the plan's words, as written. */
export interface IndicatorSpec {
  name: string;
  /** the unit as the plan gives it; "" lets the engine infer it from the name */
  unit: string;
  baseline: string;
  target?: string;
  /** year -> target as written, for tables with one target per year */
  yearlyTargets?: Readonly<Record<string, string>>;
  /** the template's own direction, where a person or the importer set it (§3a rule 1) */
  direction?: Direction;
  /**
   * the template row's note, where the importer keeps a 累计/年均 column's value (`累计：〔-0.7〕`) and a
   * 备注 column's words: read only for the plan's stated fall (§3a rule 2a, statedFall)
   */
  note?: string;
  /** the template's 亮灯 bands (absent: the rules' own, 滞后 below s, 严重滞后 below s/2) */
  bands?: LagBands;
  baselineYear: number;
  targetYear: number;
}
