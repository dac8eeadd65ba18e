/**
 * 从规划文本导入 in the task pane: the importer and the preview logic as a chunk of their own
 * ("import"), loaded when 读取 is first clicked, so the first bundle stays small.
 */
export { importPlanTable } from "../../import/importPlanTable";
export { offeredTargetYears } from "./offeredTargetYears";
export { describeRegionFrom } from "../../import/regionMessages";
export { importNotes } from "../../import/importNotes";
export { importNoteText } from "../../import/importNoteMessages";
export { unreadCells, unreadChange, unreadMessage, unreadPlace } from "../../import/unreadMessages";
export { excelClipboardText } from "../../import/excelClipboardText";
export { rangeText } from "./rangeSource";
export { applyEdits, directionChoiceAfter, directionText, editedDirection, previewChanges, previewRows, splitUnread, unreadStates, yearlyText } from "./importPreview";
export { directionLabel } from "../../sheet/directionLabel";
export { applyListEdits, listPreviewChanges, listPreviewRows, listUnreadStates } from "./listPreview";
