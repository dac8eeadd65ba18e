/**
 * The `source.document` import gives a table pasted (the task pane's box, a paste on the command line) when
 * no plan's name is given or found: a stand-in, not a document's name, so the cover's 来源 leaves it out (sourceText).
 */
export const PASTED_DOCUMENT = "粘贴的表格文本";
