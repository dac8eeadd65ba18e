/** A name as running text quotes it: the line breaks a plan's table cell wraps it with (开化县年产5万吨\n新型硅材料项目) dropped. */
export function oneLine(name: string): string {
  return name.replace(/\s*[\r\n]+\s*/g, "");
}
