/**
 * How the returns received without the year's values are said to be counted 未报, in Chinese: 收到空表，按未报：磐安县
 * (`words` BLANK_WORDS.zh of their kind, `units` their names joined). One home for summary's ledger line (summary_blank_unsent,
 * in brackets after its counts) and the report's note under its tables (ABSENT_UNIT_WORDS.note), so the two agree (trial37b F9).
 */
export function blankUnsentText(words: string, units: string): string {
  return `${words}，按未报：${units}`;
}
