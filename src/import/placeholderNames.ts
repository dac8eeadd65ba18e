/**
 * What an imported template is called where neither the table nor the command names it: its
 * title and region stand on every return's cover, so `import` says when these were used.
 */
export const PLACEHOLDER_NAMES = {
  title: (baselineYear: number, targetYear: number): string => `导入的指标表（${baselineYear}—${targetYear}年）`,
  region: "未注明",
} as const;
