/** Type declarations for scripts/test-tools.js (CommonJS helper). */
export type TestToolId = "soffice" | "ssconvert" | "chromium" | "pdftoppm";
/** Absolute path of a tool ($PLAN_RETURNS_<ID>, PATH, or the usual Windows/macOS place), or null. */
export declare function findTool(id: TestToolId): string | null;
