import type { Grade } from "../domain/Grade";

/** Grade colours for the report, the 评估 sheet and the county grid: each pair ≥ 4.5:1 (WCAG AA, test/sheet/palette.test.ts), distinct in greyscale print too. */
export const GRADE_FILL: Record<Grade, { fill: string; font: string }> = {
  achieved: { fill: "548235", font: "FFFFFF" },
  early: { fill: "A9D08E", font: "1E3F12" },
  ahead: { fill: "E2EFDA", font: "375623" },
  on_schedule: { fill: "DDEBF7", font: "1F4E79" },
  behind: { fill: "F8696B", font: "000000" },
  not_graded: { fill: "D9D9D9", font: "404040" },
};
