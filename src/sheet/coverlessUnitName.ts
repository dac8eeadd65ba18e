import { COVER_WORDS } from "../domain/COVER_WORDS";
/**
 * The name a return whose cover has no 填报单位 is summed under (its units' rows, 按单位统计, the counts line): its file's
 * name and that the cover's 填报单位 is blank, 青石2023-blank.xlsx（「填报说明」表未填填报单位）, so the manager knows which file and
 * what to put right (a trial read 单位2（青石2023-blank.xlsx）, a unit that does not exist). `taken`: a name already used (two
 * such files of one name in two folders): then the file's whole path. Workbooks are Chinese: one language.
 */
export function coverlessUnitName(file: string, taken: (name: string) => boolean = () => false): string {
  const name = `${file.split(/[\\/]/).pop() ?? file}（${COVER_WORDS.zh.sheet}未填填报单位）`;
  return taken(name) ? `${file}（${COVER_WORDS.zh.sheet}未填填报单位）` : name;
}
