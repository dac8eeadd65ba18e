/** The pane's element by id; a missing one is a programmer error in taskpane.html. */
export function el<T extends HTMLElement = HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`taskpane.html has no #${id}`);
  return e as T;
}

/** A new element with a class and text (textContent: never parsed as HTML). */
export function node<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}
