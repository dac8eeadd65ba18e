import { DEFAULT_MAX_REQUEST_BYTES } from "./requestSize";

/**
 * The queue of one Excel.run: counts the estimated bytes queued since the last sync, syncs
 * before a request would pass the limit, and counts syncs. Each write request starts with
 * suspendApiCalculationUntilNextSync (ExcelApi 1.6, below the 1.8 floor).
 */
export class Batch {
  syncs = 0;
  queued = 0;
  /** the largest estimated request sent so far */
  largest = 0;
  /** the estimate of each request sent */
  readonly sent: number[] = [];
  private suspended = false;

  constructor(private readonly context: Excel.RequestContext, readonly limit: number = DEFAULT_MAX_REQUEST_BYTES) {}

  /** Room left in the current request. */
  get room(): number {
    return this.limit - this.queued;
  }

  /** Queues a write; syncs first when it would not fit with what is already queued. */
  async write(bytes: number, run: () => void): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.limit) await this.sync();
    this.startWrites();
    run();
    this.queued += bytes;
  }

  /** Suspends recalculation for the rest of the current request (once per request). */
  startWrites(): void {
    if (this.suspended) return;
    this.context.application.suspendApiCalculationUntilNextSync();
    this.suspended = true;
    this.queued += 100;
  }

  /** Queues a write that must go in the current request whatever its size (loads, small steps). */
  now(bytes: number, run: () => void): void {
    run();
    this.queued += bytes;
  }

  /** Sends the queued request; a failed sync counts too (it was a round trip). */
  async sync(): Promise<void> {
    this.largest = Math.max(this.largest, this.queued);
    this.sent.push(this.queued);
    this.syncs++;
    this.queued = 0;
    this.suspended = false;
    await this.context.sync();
  }
}
