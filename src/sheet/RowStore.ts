/**
 * Where a summary keeps the rows it lists (flags, lagging indicators and projects): an array in
 * the task pane and the tests, a file spool in the CLI so memory stays flat however many returns
 * are read (issue 19). Iterated once or more, in the order rows were pushed.
 */
export interface RowStore<T> extends Iterable<T> {
  push(row: T): unknown;
  readonly length: number;
}
