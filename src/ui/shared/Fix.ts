/** One confirmed change: write `to` into sheet!cell, which holds `from` now (a number fix, or a 说明 as text). */
export interface Fix {
  sheet: string;
  cell: string;
  from: string;
  to: number | string;
  /** the indicator the cell belongs to, for the confirmation list */
  name: string;
}
