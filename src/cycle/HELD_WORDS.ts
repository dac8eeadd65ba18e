/**
 * What the ledger says of a return whose decisions are all 通过 while an error remains, so `lock`
 * refuses it (lockErrors): its state, and the line that asks for it to be put right. Here, below
 * the CLI, so the ledger sheet (Chinese) and the CLI's catalogue (zh and en) share one wording.
 */
export const HELD_WORDS = {
  zh: { state: "已报（通过未生效）", line: (n: number): string => `审核结论均为通过，但仍有 ${n} 处错误，不能锁定：请退回修改，或更正后再锁定` },
  en: { state: "已报 (accepted, not in force)", line: (n: number): string => `every decision is 通过 (accepted) but ${n} ${n === 1 ? "error" : "errors"} remain, so it cannot be locked: send it back (退回修改) or correct it, then lock` },
} as const;
