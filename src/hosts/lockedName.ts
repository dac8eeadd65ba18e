/**
 * Which program keeps a lock file beside a workbook it has open: `libreoffice`, its `.~lock.<name>#`;
 * `office`, the owner file `~$<name>` of Excel and WPS.
 */
export type LockKind = "libreoffice" | "office";

const LIBRE = /^\.~lock\.(.+)#$/;
const OWNER = "~$";

/**
 * The workbook a lock file's name locks (`target`, no folder) and which program made it (`kind`), or
 * null for any other name (`name`: a file's name without its folder, or an archive entry's last part).
 * The one home of the lock-file naming rule: the CLI's folder readers skip these names and name the
 * workbook of one given on the command line (src/cli/lockFile), the xlsx reader leaves them out of an
 * archive's spreadsheets (readXlsxZip). Pure: no I/O.
 */
export function lockedName(name: string): { target: string; kind: LockKind } | null {
  const m = LIBRE.exec(name);
  if (m?.[1]) return { target: m[1], kind: "libreoffice" };
  if (name.startsWith(OWNER) && name.length > OWNER.length) return { target: name.slice(OWNER.length), kind: "office" };
  return null;
}

/**
 * The names a lock file beside the workbook `target` (a name, no folder) takes, in the order looked
 * for: LibreOffice's, then the owner file of Excel and WPS (~$ before the full name, as Excel names
 * it for a workbook). Each is `lockedName`'s inverse: lockedName(lock) gives back `target` and `kind`.
 */
export function lockNamesOf(target: string): Array<{ lock: string; kind: LockKind }> {
  return [{ lock: `.~lock.${target}#`, kind: "libreoffice" }, { lock: `${OWNER}${target}`, kind: "office" }];
}
