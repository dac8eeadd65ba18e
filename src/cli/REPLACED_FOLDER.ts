/**
 * The subfolder, beside a file a command replaced with --force, that keeps the file as it was when it held something
 * else (writeFileSafely: replacedCopyPath). A subfolder, not a copy beside it: folders are read one level deep, so
 * `check`, `summary`, `report` and `rollover` of the folder never take the old copy for a second version of a return,
 * and subfoldersOf does not name it as a subfolder of returns left unread.
 */
export const REPLACED_FOLDER = "被替换的旧文件";
