import { commonYear } from "../../src/cycle/commonYear";

// a trial's summary took the year of the file sorting first (2023-开化县.xlsx, last year's form) for seven 2024 returns
test.each<[string, number[], number | undefined, ReturnType<typeof commonYear>]>([
  ["the year most returns give, not the first file's", [2023, 2024, 2024, 2024], undefined, { year: 2024 }],
  ["all of one year", [2024, 2024], undefined, { year: 2024 }],
  ["a tie is left open", [2023, 2024], undefined, { tied: [2023, 2024] }],
  ["a tie settled by the ledger's year when it is one of them", [2024, 2023], 2024, { year: 2024 }],
  ["a ledger of neither tied year settles nothing", [2023, 2024], 2025, { tied: [2023, 2024] }],
  ["the ledger does not outvote the returns", [2023, 2023, 2024], 2024, { year: 2023 }],
  ["no returns", [], undefined, null],
])("%s", (_name, years, ledger, expected) => {
  expect(commonYear(years, ledger)).toEqual(expected);
});
