export { importTable } from "./importTable";
export type { ImportOptions, ImportResult, ImportStats, UnreadLine } from "./importTable";
export { formatUnread } from "./formatUnread";
