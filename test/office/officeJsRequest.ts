import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";

/**
 * Microsoft's own Excel JavaScript API (the excel-web-16.00.js that dist/ serves, from
 * @microsoft/office-js) loaded into a Node VM, with the request executor replaced by one that
 * keeps each request message instead of posting it. What it keeps is the JSON that Excel on
 * the web would receive: real request sizes, not estimates. Reads are not answered (every
 * request gets an empty result), so only writes can be measured this way.
 */
export class OfficeJsRequest {
  /** every request body sent, as JSON text */
  readonly bodies: string[] = [];
  readonly Excel: typeof Excel;

  constructor() {
    const source = readFileSync(require.resolve("@microsoft/office-js/dist/excel-web-16.00.js"), "utf8");
    const win: Record<string, unknown> = {
      navigator: { userAgent: "node" },
      location: { href: "https://localhost/taskpane.html", search: "", hash: "" },
      document: { createElement: () => ({}), getElementsByTagName: () => [], addEventListener: () => undefined, readyState: "complete" },
      addEventListener: () => undefined,
      setTimeout, clearTimeout, console,
    };
    win.window = win;
    win.self = win;
    const vm = createContext(win);
    runInContext(source, vm);
    this.Excel = (vm as unknown as { Excel: typeof Excel }).Excel;
  }

  /**
   * A request context whose syncs are kept in `bodies` (and passed to `onBody`) and answered
   * with no results. Its ids start at `firstId`: in a request of 5,000 rows they have six
   * digits, and every action and path repeats its ids, so measuring one operation alone with
   * small ids would undercount.
   */
  context(firstId = 100_000, onBody?: (body: string) => void): Excel.RequestContext {
    const context = new this.Excel.RequestContext();
    (context as unknown as { m_nextId: number }).m_nextId = firstId;
    (context as unknown as { _requestExecutor: unknown })._requestExecutor = {
      executeAsync: (_customData: unknown, _flags: unknown, message: { Body: unknown }) => {
        const body = JSON.stringify(message.Body);
        this.bodies.push(body);
        onBody?.(body);
        return Promise.resolve({ ErrorCode: null, ErrorMessage: null, Headers: null, Body: { Results: [] } });
      },
    };
    return context;
  }

  /** UTF-8 bytes of the request that `queue` makes, as office.js serialises it. */
  async bytesOf(queue: (context: Excel.RequestContext) => void, firstId?: number): Promise<number> {
    let body = "";
    const context = this.context(firstId, (b) => { body = b; });
    queue(context);
    await context.sync();
    return Buffer.byteLength(body, "utf8");
  }

  /** Bytes of one request that queues these sheet writes on the sheet `sheet`. */
  writeBytes(sheet: string, ops: ReadonlyArray<{ run(ws: Excel.Worksheet): void }>): Promise<number> {
    return this.bytesOf((ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      for (const op of ops) op.run(ws);
    });
  }
}
