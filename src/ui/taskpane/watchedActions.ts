import type { OfficeActions } from "../shared/OfficeActions";

/**
 * How long a host call may go unanswered before the pane says so and gives its buttons back.
 * Excel holds every request while a cell is being edited, so a call can wait without failing.
 */
export const HOST_WAIT_MS = 10_000;

/**
 * The host's actions, each call watched: one that has not answered within `ms` calls `onSlow`
 * once (the call itself goes on, and its late answer is returned as usual). Methods are looked
 * up at call time, so a host (or a test) that replaces one later is watched too.
 */
export function watchedActions(a: OfficeActions, ms: number, onSlow: () => void): OfficeActions {
  return new Proxy(a, {
    get(target, prop, receiver) {
      const v: unknown = Reflect.get(target, prop, receiver);
      if (typeof v !== "function") return v;
      return (...args: unknown[]): unknown => {
        const out: unknown = (v as (...xs: unknown[]) => unknown).apply(target, args);
        if (!(out instanceof Promise)) return out;
        const timer = setTimeout(onSlow, ms);
        const stop = (): void => clearTimeout(timer);
        out.then(stop, stop);
        return out;
      };
    },
  });
}
