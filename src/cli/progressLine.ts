import type { CommandIO } from "./CommandIO";

/** A progress line drawn by progressLine: `show` n of total, `clear` it before printing anything else, `done` at the end. */
export interface ProgressLine {
  show: (n: number, total: number) => void;
  clear: () => void;
  done: () => void;
}

/**
 * A line of progress on stderr ("核对 120/1000", `text` makes it): redrawn in place on a terminal
 * (at most 10 times a second, erased before anything else is printed), one line a second otherwise
 * (check --progress into a log). The last (n = total) is always shown.
 */
export function progressLine(out: CommandIO["progress"], text: (n: number, total: number) => string): ProgressLine {
  let last = 0;
  let shown = false;
  const clear = (): void => {
    if (shown) { out.write("\r\u001b[K"); shown = false; }
  };
  return {
    show(n, total) {
      const now = Date.now();
      if (now - last < (out.tty ? 100 : 1000) && n < total) return;
      last = now;
      if (out.tty) { out.write(`\r${text(n, total)}\u001b[K`); shown = true; } else out.write(text(n, total) + "\n");
    },
    clear,
    done: clear,
  };
}
