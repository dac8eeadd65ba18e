export { importTable } from "./importTable";
export type { ImportCode, ImportOptions, ImportResult, ImportStats, UnreadLine } from "./importTable";
export { formatUnread } from "./formatUnread";
