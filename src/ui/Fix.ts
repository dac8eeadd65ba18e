/** One confirmed change: write `to` into sheet!cell, which holds `from` now. */
export interface Fix {
  sheet: string;
  cell: string;
  from: string;
  to: number;
  /** the indicator the cell belongs to, for the confirmation list */
  name: string;
}
