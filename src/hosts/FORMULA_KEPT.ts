/**
 * The longest formula (characters as stored, entities undecoded) an uncalculated cell keeps the
 * text of: what a person types in a value cell (=120/3, =SUM(L5:L8)/4) is short, while the
 * add-in's own formulas, in every row of a return and without results until Excel saves it, are
 * all longer (77 characters and up; test/hosts/xlsx/formulaKept holds them so): at 255, five a
 * row were decoded for nothing and a 5,000-row check took 5–10 % longer. The task pane quotes a formula
 * showing an error up to the same length, as check does (readWorkbookGrid).
 */
export const FORMULA_KEPT = 64;
