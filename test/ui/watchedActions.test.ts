import { watchedActions } from "../../src/ui/taskpane/watchedActions";
import type { OfficeActions } from "../../src/ui/shared/OfficeActions";

/** A host whose sheetNames answers after `answerMs` (never when null). */
function host(answerMs: number | null): OfficeActions {
  return {
    sheetNames: () => new Promise<string[]>((resolve) => { if (answerMs !== null) setTimeout(() => resolve(["表2"]), answerMs); }),
  } as unknown as OfficeActions;
}

describe("watchedActions: a host call that does not answer is said once, and its late answer still counts", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it.each([
    ["answers in time", 50, 1000, 0],
    ["never answers", null, 1000, 1],
    ["answers late", 1500, 1000, 1],
  ])("%s", async (_label, answerMs, waitMs, slowCalls) => {
    const onSlow = jest.fn();
    const a = watchedActions(host(answerMs), waitMs, onSlow);
    let answer: string[] | null = null;
    void a.sheetNames().then((x) => (answer = x));
    await jest.advanceTimersByTimeAsync(3000);
    expect(onSlow).toHaveBeenCalledTimes(slowCalls);
    expect(answer).toEqual(answerMs === null ? null : ["表2"]);
  });

  it("watches a method replaced after wrapping (as tests and hosts do)", async () => {
    const raw = host(10) as unknown as Record<string, unknown>;
    const onSlow = jest.fn();
    const a = watchedActions(raw as unknown as OfficeActions, 100, onSlow);
    raw.sheetNames = () => new Promise(() => undefined);
    void a.sheetNames();
    await jest.advanceTimersByTimeAsync(200);
    expect(onSlow).toHaveBeenCalledTimes(1);
    expect(a.selectedRangeText).toBeUndefined();
  });
});
