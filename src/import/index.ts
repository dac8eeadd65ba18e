export { importTable } from "./importTable";
export type { ImportOptions, ImportResult, ImportStats, UnreadLine } from "./importTable";
export { UNREAD_EFFECT, unreadMessage, unreadPlace } from "./unreadMessages";
export type { ImportCode, UnreadEffect, UnreadParams } from "./unreadMessages";
export { formatUnread } from "./formatUnread";
export type { TableSource } from "./TableSource";
export { refusalMessage } from "./refusalMessages";
export type { HeaderProblem, Refusal, RefusalCode, RefusalParams, Refused } from "./refusalMessages";
