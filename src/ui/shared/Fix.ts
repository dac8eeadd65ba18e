/** One confirmed change: write `to` into sheet!cell, which holds `from` now (a number fix, or a 说明 as text). */
export interface Fix {
  sheet: string;
  cell: string;
  from: string;
  to: number | string;
  /** the indicator the cell belongs to, for the confirmation list */
  name: string;
  /**
   * a guessed value, not a format fix: confirmed one at a time, never by 全部修正. `scale`: 401100 元 → 40.11 万元;
   * `approximate`: 「约5」 → 5, the exact value only the filer knows; `far`: a format fix whose value is far from
   * the plan (「1,234.5」 → 1234.5 against 45.3 → 70), most likely a slip to check first
   */
  guess?: "scale" | "approximate" | "far";
  /** the cell holds text (a number stored as text, text_number): `from` is quoted even when it reads as a number */
  text?: true;
}
