/**
 * What the ledger says of a return that is 通过 (locked, often with `lock --accept-unassessed`, or
 * every decision 通过) while rows are still 待人工评估 (indicators, and a list's rows: a project whose 总投资 is 「/」,
 * a reform 未启动): the report keeps those 未能评估, so a bare 通过 read as a return fully assessed. Its state and the
 * summary's line (`n` rows in all, then each unit's), here below the CLI so the ledger sheet (Chinese) and the CLI's
 * catalogue (zh and en) share one wording, as HELD_WORDS. 项 and "row", not 指标: a list's rows are no indicators.
 */
export const UNASSESSED_WORDS = {
  zh: {
    state: (n: number): string => `通过（${n} 项未评估）`,
    line: (n: number, units: string): string => `已通过但有 ${n} 项待人工评估（评估报告中为“未能评估”）：${units}`,
    unit: (unit: string, n: number): string => `${unit} ${n} 项`,
  },
  en: {
    state: (n: number): string => `通过 (passed, ${n} not assessed)`,
    line: (n: number, units: string): string => `passed with ${n} ${n === 1 ? "row" : "rows"} still 待人工评估 (not assessed; the report keeps ${n === 1 ? "it" : "them"} 未能评估): ${units}`,
    unit: (unit: string, n: number): string => `${unit} ${n}`,
  },
} as const;
