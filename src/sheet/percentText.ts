/**
 * A fraction as a percentage with one decimal (0.3 → "30.0%", 0.5934 → "59.3%"): how check writes 进度 and 序时进度
 * (its 进度/序时 column, 30.0%/60.0%) and the pane writes them on a flag (trial39b F5: the pane wrote 30% / 60% beside
 * check's 30.0%/60.0% for the same cell). One decimal, so a progress of 59.7% 滞后 never reads 60%/60%; where that is
 * still too few, progressBeside gives more. `x` finite.
 */
export function percentText(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}
