const FOCUSABLE = "button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

/**
 * Keeps Tab and Shift+Tab inside `root` (the last element wraps to the first and back) and
 * calls `onEscape` on Escape: a dialog a keyboard user cannot leave by accident and can always
 * close (WCAG 2.1.2, issue 16.4). Returns the function that removes the handler.
 */
export function trapFocus(root: HTMLElement, onEscape: () => void): () => void {
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === "Escape" || e.key === "Esc") {
      e.preventDefault();
      onEscape();
      return;
    }
    if (e.key !== "Tab") return;
    const items = Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((x) => !x.hidden && x.offsetParent !== null);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    const active = document.activeElement;
    const inside = active instanceof HTMLElement && root.contains(active);
    if (e.shiftKey && (!inside || active === first)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (!inside || active === last)) {
      e.preventDefault();
      first.focus();
    }
  };
  document.addEventListener("keydown", onKey);
  return () => document.removeEventListener("keydown", onKey);
}

/**
 * One tab stop for a list of buttons: the current one has tabindex 0, the others -1, and the
 * arrow keys, Home and End move between them (the ARIA roving tabindex), so 30 flags are one
 * Tab, not thirty.
 */
export function rovingFocus(buttons: readonly HTMLElement[]): void {
  const move = (to: number): void => {
    const target = buttons[Math.max(0, Math.min(buttons.length - 1, to))];
    if (!target) return;
    for (const b of buttons) b.tabIndex = b === target ? 0 : -1;
    target.focus();
  };
  buttons.forEach((b, i) => {
    b.tabIndex = i === 0 ? 0 : -1;
    b.addEventListener("keydown", (e) => {
      const to = e.key === "ArrowDown" || e.key === "ArrowRight" ? i + 1 : e.key === "ArrowUp" || e.key === "ArrowLeft" ? i - 1
        : e.key === "Home" ? 0 : e.key === "End" ? buttons.length - 1 : null;
      if (to === null) return;
      e.preventDefault();
      move(to);
    });
    b.addEventListener("click", () => { for (const x of buttons) x.tabIndex = x === b ? 0 : -1; });
  });
}
