import { JUMP_LIMITS, type JumpLimit } from "./tolerances";
import type { UnitClass } from "./Unit";

/**
 * An office's thresholds for the checks beyond one value (the project's evaluation-rules §8),
 * as a rules file gives them (`--rules rules.json`: `{ "jumps": { "count": { "by": "share",
 * "limit": 50 } } }`). Classes left out keep JUMP_LIMITS (src/domain/tolerances.ts).
 */
export interface CheckRules {
  jumps: Readonly<Record<UnitClass, JumpLimit>>;
}

export const DEFAULT_CHECK_RULES: CheckRules = { jumps: JUMP_LIMITS };

/** The rules with a file's overrides applied (the file is validated by the CLI's schema). */
export function withJumpOverrides(over: Partial<Record<UnitClass, JumpLimit>>): CheckRules {
  return { jumps: { ...JUMP_LIMITS, ...over } };
}
