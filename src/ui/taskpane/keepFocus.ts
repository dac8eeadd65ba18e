/**
 * Keeps a keyboard user's place across a long action (issue: focus thrown to <body>). Call it
 * when the action starts; call what it returns when the action ends. A focused button that the
 * action disabled (the pane's buttons are disabled while busy) gets the focus back; a button of
 * the flag list that was drawn again gives it to the new row of the same cell (`focusRow`), else
 * to the row now at the same place in the list (the row fixed is gone: its next one, trial40e F7: the
 * first row took it, 9 rows up), else to the list's current row, else to `fallback`. Focus that moved somewhere on purpose (a field
 * marked wrong, a dialog still open) is left where it is.
 */
export function keepFocus(list: HTMLElement, fallback: HTMLElement, focusRow: (row: HTMLLIElement) => void): () => void {
  const before = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  const row = before && list.contains(before) ? before.closest<HTMLLIElement>("li.flag") : null;
  const key = row ? { sheet: row.dataset.sheet, cell: row.dataset.cell, at: Array.from(list.querySelectorAll<HTMLLIElement>("li.flag")).indexOf(row) } : null;
  return () => {
    // lost: on <body>, or still on a button of a dialog just hidden (the browser drops it a moment later)
    const now = document.activeElement;
    const lost = !(now instanceof HTMLElement) || now === document.body || now.closest("[hidden]") !== null || (now as HTMLButtonElement).disabled === true;
    if (!before || !lost) return;
    if (before.isConnected && !(before as HTMLButtonElement).disabled && !before.closest("[hidden]")) {
      before.focus();
      return;
    }
    if (key) {
      const rows = Array.from(list.querySelectorAll<HTMLLIElement>("li.flag"));
      const same = rows.find((r) => r.dataset.sheet === key.sheet && r.dataset.cell === key.cell) ?? (key.at >= 0 ? rows[Math.min(key.at, rows.length - 1)] : undefined) ?? rows.find((r) => r.tabIndex === 0);
      if (same) return focusRow(same);
    }
    fallback.focus();
  };
}
