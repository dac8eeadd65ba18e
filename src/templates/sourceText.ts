import { documentName } from "./documentName";

/**
 * The 来源 of a template as every return's 填报说明 sheet prints it (coverSheet C7): `<document> <table>`
 * where the template names the plan's document (documentName: import --document, or a plan's name read
 * above the table), else the table's title alone: never a local file's name (trial34 F6: 青川文旅.txt on
 * every county's cover) nor 粘贴的表格文本. The one home of it: the CLI's `template` / `distribute` /
 * `rollover` and the task pane's 加载模板 all write the cover through coverSheet.
 */
export function sourceText(t: { source: { document: string; table: string } }): string {
  const name = documentName(t.source);
  return name === null ? t.source.table : `${name} ${t.source.table}`;
}
