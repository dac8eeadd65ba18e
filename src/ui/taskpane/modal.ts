/**
 * A pane dialog (a `div role="dialog"` inside a backdrop, shown with `hidden`): focus moves into
 * it, Tab and Shift+Tab stay in it, Escape answers with the cancel button, and focus returns to
 * where it was when it closes (WCAG 2.1 AA, issue 16). Resolves with the id of the button pressed.
 * `first` may be a function, called once the dialog shows (so it can measure what it holds).
 */
export function modal(backdrop: HTMLElement, buttons: readonly HTMLElement[], cancel: HTMLElement, first: HTMLElement | (() => HTMLElement | undefined) | undefined = buttons[0]): Promise<string> {
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  backdrop.hidden = false;
  // a pane scrolled less than its header and tabs (a button at the fold brought into view) showed the dialog over a
  // header cut in half (trial39b F7): back to the top, the dialog (fixed) in view as ever; scrolled further, left alone
  const head = document.querySelector<HTMLElement>(".app-main")?.offsetTop ?? 0;
  if (window.scrollY > 0 && window.scrollY < head) window.scrollTo(0, 0);
  const focusable = (): HTMLElement[] => Array.from(backdrop.querySelectorAll<HTMLElement>("button, textarea, input, select, [tabindex]"))
    .filter((e) => !e.hidden && !(e as HTMLButtonElement).disabled && e.tabIndex >= 0 && e.offsetParent !== null);
  return new Promise((resolve) => {
    const done = (id: string): void => {
      backdrop.hidden = true;
      backdrop.removeEventListener("keydown", onKey);
      buttons.forEach((b) => (b.onclick = null));
      if (before && document.contains(before)) before.focus();
      resolve(id);
    };
    const onKey = (ev: KeyboardEvent): void => {
      if (ev.key === "Escape") {
        ev.preventDefault();
        done(cancel.id);
      } else if (ev.key === "Tab") {
        const all = focusable();
        const i = all.indexOf(document.activeElement as HTMLElement);
        const next = ev.shiftKey ? (i <= 0 ? all.length - 1 : i - 1) : (i === all.length - 1 ? 0 : i + 1);
        ev.preventDefault();
        all[next]?.focus();
      }
    };
    backdrop.addEventListener("keydown", onKey);
    buttons.forEach((b) => (b.onclick = () => done(b.id)));
    const target = (typeof first === "function" ? first() : first) ?? buttons[0];
    target?.focus();
    // on 取消 (what a person wrote would be lost), the dialog still opens at its title and what it clears: the focus on
    // its last button scrolled a short pane's dialog to the bottom, title and warnings out of sight (trial46b F2, 320×520)
    if (target === cancel) backdrop.querySelectorAll<HTMLElement>("[role=dialog]").forEach((d) => (d.scrollTop = 0));
  });
}
