import type { Issue } from "./Issue";
import type { Status } from "./Status";
import type { Target } from "./Target";
import type { StatusLines } from "./statusLines";

import type { Direction, DirectionSource } from "./Direction";

export interface IndicatorResult {
  status: Status;
  /** p, where a trajectory exists */
  progress: number | null;
  /**
   * s, the elapsed share (1 for a year with its own target), the 序时进度, where a trajectory exists (§3: a number
   * baseline not already meeting the target, not a 左右 target); null otherwise, so no 序时进度 is shown beside no 进度
   */
  expected: number | null;
  /** the 滞后 and 严重滞后 lines p was graded against (bandStatus), where the status was read from p; shown figures keep to their side (progressBeside) */
  lines?: StatusLines;
  /** the value the indicator should have reached this year on a straight line, where one exists (a trajectory, §3) */
  expectedValue: number | null;
  /**
   * where expectedValue is a strict target itself (s = 1: the plan's last year, or a yearly target's own year, of `<9`
   * or `>50`), its operator: the figure is to be passed, not reached, and is shown so (序时应达 <9; §3, our reading)
   */
  expectedStrict?: "<" | ">";
  /** the target that applies in the year, as read */
  target: Target;
  /** the target text that applies in the year, as written */
  targetText: string;
  /** the indicator's direction (§3a) and the rule that decided it */
  direction: Direction | null;
  directionBy: DirectionSource | null;
  /** the value used (the year's actual, or the running sum for a cumulative target) */
  value: number | null;
  issues: Issue[];
}
