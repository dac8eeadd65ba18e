/**
 * What the ledger says of a return that is 通过 (locked, often with `lock --accept-unassessed`, or
 * every decision 通过) while indicators are still 待人工评估: the report keeps those 未能评估, so a
 * bare 通过 read as a return fully assessed. Its state and the summary's line, here below the CLI so
 * the ledger sheet (Chinese) and the CLI's catalogue (zh and en) share one wording, as HELD_WORDS.
 */
export const UNASSESSED_WORDS = {
  zh: {
    state: (n: number): string => `通过（${n} 项未评估）`,
    line: (units: string): string => `已通过但有指标待人工评估（评估报告中为“未能评估”）：${units}`,
    unit: (unit: string, n: number): string => `${unit} ${n} 项`,
  },
  en: {
    state: (n: number): string => `通过 (passed, ${n} not assessed)`,
    line: (units: string): string => `passed with indicators still 待人工评估 (not assessed; the report keeps them 未能评估): ${units}`,
    unit: (unit: string, n: number): string => `${unit} ${n}`,
  },
} as const;
