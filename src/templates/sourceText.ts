import { documentName } from "./documentName";

/**
 * The 来源 of a template as every return's 填报说明 sheet prints it (coverSheet C7): `<document> <table>`
 * where the template names the plan's document (documentName: import --document, or a plan's name read
 * above the table), else the table and its title (`表1 …主要指标`; the title once where the table is it):
 * never a local file's name (trial34 F6: 青川文旅.txt on every county's cover) nor 粘贴的表格文本. The one home of it: the CLI's `template` / `distribute` /
 * `rollover` and the task pane's 加载模板 all write the cover through coverSheet.
 */
export function sourceText(t: { title?: string; source: { document: string; table: string } }): string {
  const name = documentName(t.source);
  return name === null ? tableNamed(t.source.table, t.title ?? "") : `${name} ${t.source.table}`;
}

/**
 * A table's label with the template's title after it where the label alone names nothing (`表1` →
 * `表1 梅岭区“十四五”时期经济社会发展主要指标`, trial40b F20); a table that is the title, or whose
 * words the title holds (a made-up title: 指标表 in 导入的指标表（2020—2025年）), as it is.
 */
function tableNamed(table: string, title: string): string {
  const t = title.trim();
  if (t === "" || t.includes(table)) return table;
  return table.includes(t) ? table : `${table} ${t}`;
}
