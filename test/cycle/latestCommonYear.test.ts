import { latestCommonYear } from "../../src/cycle/latestCommonYear";

/**
 * latestCommonYear: the year the pane's 汇总所选文件 and 评估所选文件 (and evaluateReturnSet's tie "latest") take the chosen
 * returns as, and the 报送台账 year it must match. It was worked out twice (consolidationSummary, chosenFilesEvaluation)
 * and a third time for the pane's evaluation (evaluateReturnSet), each counting `most` its own way.
 */
describe("latestCommonYear", () => {
  const ledger = (year: number): { file: string; year: number } => ({ file: "台账.xlsx", year });
  test.each<[string, number[], { file: string; year: number } | undefined, "summary" | "report", ReturnType<typeof latestCommonYear>]>([
    ["no returns", [], undefined, "summary", { year: undefined }],
    ["most give 2024", [2024, 2024, 2023], undefined, "summary", { year: 2024 }],
    ["a tie: the later taken, said", [2023, 2024], undefined, "summary", { year: 2024, picked: { year: 2024, tied: [2023, 2024], n: 1 } }],
    ["a tie settled by the ledger's year", [2023, 2024, 2023, 2024], ledger(2023), "summary", { year: 2023 }],
    ["the ledger of the year most give", [2024, 2024, 2023], ledger(2024), "report", { year: 2024 }],
    ["a ledger of another year: refused, how many of how many", [2024, 2024, 2023], ledger(2022), "summary",
      { year: 2024, refused: { code: "ledger_year", params: { file: "台账.xlsx", ledgerYear: 2022, year: 2024, most: 2, of: 3 } } }],
    ["all of one year, an evaluation: no count, said of a report", [2025, 2025], ledger(2024), "report",
      { year: 2025, refused: { code: "ledger_year", params: { file: "台账.xlsx", ledgerYear: 2024, year: 2025, task: "report" } } }],
    ["a tie the ledger is not in: the later taken, the ledger refused", [2023, 2024], ledger(2022), "report",
      { year: 2024, picked: { year: 2024, tied: [2023, 2024], n: 1 }, refused: { code: "ledger_year", params: { file: "台账.xlsx", ledgerYear: 2022, year: 2024, task: "report", most: 1, of: 2 } } }],
  ])("%s", (_why, years, l, task, expected) => {
    expect(latestCommonYear(years, l, task)).toEqual(expected);
  });
});
