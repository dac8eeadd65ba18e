/**
 * The cover as people find it, and as every message names it (zh, en): the sheet 填报说明 — the workbook has no tab
 * called 封面, and a trial's user looked for one (trial33p P11) — with the cells of its reporting year (C5) and
 * 填报单位 (C4), where those are what to correct. English names the tab as it reads, glossed the first time a line
 * names it (`sheetFirst`). The sheet builder takes its name from here (sheet/coverSheet COVER_NAME, YEAR_CELL,
 * UNIT_CELL: test/sheet/coverWords checks the cells agree).
 */
export const COVER_WORDS = {
  name: "填报说明",
  yearAt: "C5",
  unitAt: "C4",
  zh: {
    /** 「填报说明」表 */
    sheet: "「填报说明」表",
    /** 「填报说明」表 C5 的报告年份 */
    year: "「填报说明」表 C5 的报告年份",
    /** 「填报说明」表 C4 的填报单位 */
    unit: "「填报说明」表 C4 的填报单位",
  },
  en: {
    sheet: "the 填报说明 sheet",
    sheetFirst: "the 填报说明 sheet (the cover)",
    /** the reporting year on the 填报说明 sheet (C5) */
    year: "the reporting year on the 填报说明 sheet (C5)",
    /** the 填报单位 (reporting unit) on the 填报说明 sheet (C4) */
    unit: "the 填报单位 (reporting unit) on the 填报说明 sheet (C4)",
    /** as check's workbook problems name what the workbook holds, quoted (describeWorkbookProblem): the "填报说明" sheet */
    quoted: {
      sheet: "the \"填报说明\" sheet",
      sheetFirst: "the \"填报说明\" sheet (the cover)",
      year: "the reporting year on the \"填报说明\" sheet (C5)",
    },
  },
} as const;
