import type { Lang } from "./fileMessages";

/**
 * What a command's runX gets from main.ts: print to stdout and stderr (control characters
 * removed), set the exit code, the --lang asked for, and a raw stderr writer for progress
 * with whether stderr is a terminal, and stdout's width when it is one.
 */
export interface CommandIO {
  print: (s: string) => void;
  printErr: (s: string) => void;
  setExit: (code: number) => void;
  lang: Lang;
  progress: { write: (s: string) => void; tty: boolean };
  /** stdout's width when it is a terminal (a table wraps to it); undefined when piped (one line per row) */
  columns?: number | undefined;
}
