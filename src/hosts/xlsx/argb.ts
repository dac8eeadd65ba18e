/** An ExcelJS colour (`FFRRGGBB`, opaque) of a planned `RRGGBB` colour. */
export function argb(rgb: string): string {
  return `FF${rgb}`;
}
