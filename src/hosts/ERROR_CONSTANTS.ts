/**
 * The error values a cell can hold as a constant and a formula can be written as (ECMA-376 Part 1 §18.17.2, error
 * constants). Excel's later errors (#SPILL!, #CALC!, …) are only ever results: officeCellValue adds them.
 */
export const ERROR_CONSTANTS: ReadonlySet<string> = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"]);
