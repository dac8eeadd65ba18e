import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { workbookFiles } from "../../src/cli/workbookFiles";

/**
 * A folder's workbooks when some are symbolic links (a manager's folder of links to the returns
 * kept elsewhere, as a corpus sweep was laid out): check and summary said the folder held no
 * .xlsx file. A link to a file is that file; a link to a folder is a subfolder (not read); a
 * broken link is listed, so the reader says it cannot be read rather than it vanishing.
 */
const dir = mkdtempSync(join(tmpdir(), "folder-links-"));
const elsewhere = join(dir, "elsewhere");
mkdirSync(elsewhere);
writeFileSync(join(elsewhere, "定海.xlsx"), "PK");
mkdirSync(join(elsewhere, "子文件夹.xlsx"));

const CASES: Array<{ name: string; make: (folder: string) => void; listed: string[] }> = [
  { name: "a file", make: (f) => writeFileSync(join(f, "普陀.xlsx"), "PK"), listed: ["普陀.xlsx"] },
  { name: "a link to a file", make: (f) => symlinkSync(join(elsewhere, "定海.xlsx"), join(f, "定海.xlsx")), listed: ["定海.xlsx"] },
  { name: "a link to a folder", make: (f) => symlinkSync(join(elsewhere, "子文件夹.xlsx"), join(f, "子文件夹.xlsx")), listed: [] },
  { name: "a broken link", make: (f) => symlinkSync(join(elsewhere, "不在了.xlsx"), join(f, "岱山.xlsx")), listed: ["岱山.xlsx"] },
  // a return saved 另存为模板 (a trial's folder of 397 files was counted 395: test.xltx vanished)
  { name: "a template (.xltx, .xltm)", make: (f) => { writeFileSync(join(f, "嵊泗.xltx"), "PK"); writeFileSync(join(f, "六横.XLTM"), "PK"); }, listed: ["六横.XLTM", "嵊泗.xltx"] },
];

test.each(CASES)("$name", ({ name, make, listed }) => {
  const folder = join(dir, name);
  mkdirSync(folder);
  make(folder);
  expect(workbookFiles([folder])).toEqual({ files: listed.map((n) => join(folder, n)), empty: listed.length === 0 ? [folder] : [], inFolder: new Set(listed.map((n) => join(folder, n))), subfolders: [], open: [] });
});
