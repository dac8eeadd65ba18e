/**
 * Puts a global `Excel.run` that runs its callback on `context` (a fake host's), as office.js
 * would; `unstubExcelRun` takes it away. One home for the tests that drive the pane's actions.
 */
export function stubExcelRun(context: Excel.RequestContext): void {
  (globalThis as unknown as { Excel: unknown }).Excel = { run: (cb: (c: Excel.RequestContext) => unknown) => Promise.resolve(cb(context)) };
}

export function unstubExcelRun(): void {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
}
