/** Type declarations for scripts/entryBudgets.js (CommonJS helper). */
/** Entry name → its start budget in bytes and what it is (the build's line says it). */
export declare const ENTRY_BUDGETS: Readonly<Record<string, { bytes: number; what: string }>>;
/** The one line saying an entry's start scripts (`files`, `bytes` in total) are over its budget, or null; an entry with no budget is a line too. */
export declare function entryBudgetProblem(entry: string, files: readonly string[], bytes: number): string | null;
/** bytes → "409.6 KiB". */
export declare function kib(bytes: number): string;
