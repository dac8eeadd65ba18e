import type { UnusableTask } from "../domain/UnusableReason";

/**
 * What was not done with a file passed over (`not`: 未汇总, starting its line), what was done with the others (`used`: 汇总), and the run
 * itself (`run`, English only: this summary), by task. The one home of these words for a file's line (unusableFileLine)
 * and a group's (unusableFileLines).
 */
export const PASSED_OVER_WORDS: Readonly<Record<"zh" | "en", { not: Record<UnusableTask, string>; used: Record<UnusableTask, string>; run: Record<UnusableTask, string> }>> = {
  zh: {
    not: { summary: "未汇总", report: "未评估", rollover: "未换年度", check: "未核对" },
    used: { summary: "汇总", report: "评估", rollover: "换年度", check: "核对" },
    run: { summary: "本次汇总", report: "本次评估", rollover: "本次换年度", check: "本次核对" },
  },
  en: {
    // each starts its line: capitalised (trial42d F6: "not summed: …" under "Not a return distributed…")
    not: { summary: "Not summed", report: "Not evaluated", rollover: "Not rolled over", check: "Not checked" },
    used: { summary: "summed", report: "evaluated", rollover: "rolled over", check: "checked" },
    run: { summary: "this summary", report: "this evaluation", rollover: "this rollover", check: "this check" },
  },
};
