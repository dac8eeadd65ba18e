import { lockDay } from "../../src/cycle/lockDay";
import { lockFacts } from "../../src/cycle/lockFacts";

// the lock record keeps the moment in UTC; every date shown is China's day (UTC+8), as the ledger counts days (trial39f F7)
describe("lockDay", () => {
  test.each<[string, string, string]>([
    ["07:00 in China is the day before in UTC", "2026-12-05T23:00:00.000Z", "2026-12-06"],
    ["15:59 UTC is 23:59 in China, the same day", "2026-12-05T15:59:00.000Z", "2026-12-05"],
    ["16:00 UTC is midnight in China, the next day", "2026-12-05T16:00:00.000Z", "2026-12-06"],
    ["a year ends in China first", "2023-12-31T20:00:00Z", "2024-01-01"],
    ["unreadable: its first ten characters", "2026-12-05 garbled", "2026-12-05"],
    ["nothing", "", ""],
  ])("%s", (_n, at, day) => {
    expect(lockDay(at)).toBe(day);
  });

  test.each<["zh" | "en", string]>([
    ["zh", "（2026-12-06，王审核，未经审核）"],
    ["en", " (2026-12-06, by 王审核, without review)"],
  ])("check's title (%s) dates a lock made at 07:00 in China that day", (lang, text) => {
    expect(lockFacts({ lockedAt: "2026-12-05T23:00:00.000Z", reviewer: "王审核", unreviewed: true }, lang)).toBe(text);
  });
});
