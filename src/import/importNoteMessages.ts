import { englishCount } from "../domain/englishCount";

/**
 * What an import says of the template it wrote beyond its rows, as coded data (importNotes) and the one
 * home of its text in Chinese and English, for the CLI's `import` and the task pane's 读取 alike:
 * - `header-repeated`: the table's header printed again on the next page (a PDF's copy) and skipped: said, not counted as
 *   a row not loaded (trial40b F20: 这一行不是表格行，未载入 made a page break look like a lost row);
 * - `plan-notes-kept`: the plan's notes below the table (`注：①〔〕内为五年累计数。…`) kept as the template's
 *   planNotes, printed under 规划表注 on every return's 填报说明 sheet (trial34 F5: said nowhere, they looked dropped);
 * - `no-document`: no plan's document named (no --document or 规划文件名称, no plan's name above the table): the returns'
 *   来源 gives the table's title alone (sourceText), and how to name the document where it is said (trial34 F6; the pane's
 *   规划文件名称 box, trial39b F4).
 */
export interface ImportNoteParams {
  /** `rows`: the 1-based rows (or lines of a paste) where the header came again */
  "header-repeated": { rows: readonly number[] };
  /** `n`: the notes kept (the template's planNotes) */
  "plan-notes-kept": { n: number };
  /** `table`: the table's title the 来源 gives; `surface`: where it is said, which names the way to give the document */
  "no-document": { table: string; surface: ImportSurface };
}

export type ImportNoteCode = keyof ImportNoteParams;

/** One note of an import: its code and parameters (importNotes), its text made by importNoteText. */
export type ImportNote = { [C in ImportNoteCode]: { code: C; params: ImportNoteParams[C] } }[ImportNoteCode];

/** Where the note is shown: the CLI's `import` (its options) or the task pane's 读取. */
export type ImportSurface = "cli" | "pane";

/** The note's text, one line, in `lang`. */
export function importNoteText(note: ImportNote, lang: "zh" | "en"): string {
  switch (note.code) {
    case "header-repeated": {
      const { rows } = note.params;
      return lang === "en"
        ? `${rows.length === 1 ? "Row" : "Rows"} ${rows.join(", ")}: the table's header repeated (a new page), skipped; no row was lost.`
        : `第 ${rows.join("、")} 行：重复的表头（表格跨页），已跳过，没有漏读表格行。`;
    }
    case "plan-notes-kept": {
      const { n } = note.params;
      return lang === "en"
        ? `Kept ${englishCount(n, "note")} below the table as 规划表注 (the plan's notes), printed at the foot of every return's 填报说明 sheet (the cover).`
        : `表下的 ${n} 条表注已保存为“规划表注”，印在各填报表「填报说明」表的下方。`;
    }
    case "no-document": {
      const { table, surface } = note.params;
      // the CLI's --document, the pane's 规划文件名称 box (taken by 载入 as --document is by import)
      if (surface === "pane") {
        return lang === "en"
          ? `The table names no plan document: the 来源 (source) on every return's 填报说明 sheet gives the table's title "${table}" only; to name the plan's document, type it in "Plan document" above, then click Load.`
          : `表格上方没有写明规划文件名称：各填报表「填报说明」表的“来源”只写表名「${table}」；要写明规划文件名称，请填在上方“规划文件名称”一格，再点“载入”。`;
      }
      return lang === "en"
        ? `The table names no plan document: the 来源 (source) on every return's 填报说明 sheet gives the table's title "${table}" only; to name the plan's document, import again with --document "<the plan's name>".`
        : `表格上方没有写明规划文件名称：各填报表「填报说明」表的“来源”只写表名「${table}」；要写明规划文件名称，请加上 --document "规划名称" 重新导入。`;
    }
  }
}
