/**
 * What `--lang en` says where a command writes a file whose own text stays Chinese (report's .docx and .xlsx, summary's
 * workbook: docs/cli-reference.md, --lang), after what it wrote: `the report itself is in Chinese`, `the workbook itself
 * is in Chinese`. `what`: the file as the line names it (`the report`). The one home of that sentence (trial39a F7: summary
 * wrote an all-Chinese workbook without saying so).
 */
export function writtenInChinese(what: string): string {
  return `${what} itself is in Chinese`;
}
