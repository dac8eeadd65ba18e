/** The class notSupported.js puts on <html> when this webview cannot run the add-in. */
export const NOT_SUPPORTED_CLASS = "not-supported";

/**
 * Whether the page's ES5 check (notSupported.js, inline before the bundle) found this
 * webview unable to run the add-in: the page then shows its message and the bundle stays idle.
 */
export function pageNotSupported(): boolean {
  return document.documentElement.classList.contains(NOT_SUPPORTED_CLASS);
}
