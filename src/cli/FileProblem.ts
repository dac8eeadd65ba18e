import { fileMessage, type FileProblemCode, type FileProblemData } from "./fileMessages";

/** A file problem a person can cause; the CLI prints fileMessage(…) and exits 2. */
export class FileProblem extends Error {
  override name = "FileProblem";
  constructor(readonly data: FileProblemData) {
    super(fileMessage(data));
  }
}

const ERRNO: Record<string, FileProblemCode> = {
  EACCES: "no_access", EPERM: "no_access", ENOENT: "no_folder", ENOTDIR: "parent_not_folder", EISDIR: "is_folder",
  ENAMETOOLONG: "name_too_long", EILSEQ: "name_refused", ENOSPC: "disk_full", EDQUOT: "disk_full", EFBIG: "disk_full", EROFS: "read_only_fs", EEXIST: "appeared",
};

/** The file problem for a node fs error, or null when the error is not one (a programmer error). */
export function fileProblemOf(e: unknown, file: string): FileProblem | null {
  if (e instanceof FileProblem) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code)) return null;
  return new FileProblem({ code: ERRNO[code] ?? "io", file, other: code });
}
