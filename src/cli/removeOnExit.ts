import { rmSync } from "node:fs";

/** The temporary files and folders of this process still there, removed when it ends. */
const pending = new Set<string>();
let installed = false;

function removeAll(): void {
  for (const p of pending) {
    try {
      rmSync(p, { recursive: true, force: true });
    } catch {
      // as much as can be removed: the rest is a stale temporary file the next write sweeps (writeFileSafely)
    }
  }
  pending.clear();
}

/** Ctrl-C or a kill: what is pending is removed, then the process ends by that signal as it would have (exit status 128 + n). */
function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  process.removeListener("SIGINT", onSignal);
  process.removeListener("SIGTERM", onSignal);
  process.kill(process.pid, signal);
}

/**
 * Removes the temporary file or folder `path` when the process ends, however it ends short of SIGKILL: a normal exit,
 * an uncaught error, Ctrl-C (SIGINT) or SIGTERM (trial39c F7: an interrupted summary left its spooled rows in
 * /tmp/plan-returns-summary-… every time). Returns the call that forgets it, for when it was removed in the ordinary
 * way. The handlers are installed once, on the first path.
 */
export function removeOnExit(path: string): () => void {
  if (!installed) {
    installed = true;
    process.on("exit", removeAll);
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  }
  pending.add(path);
  return () => void pending.delete(path);
}
