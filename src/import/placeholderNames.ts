/**
 * What an imported template is called where neither the table nor the command names it, the one home
 * of it: its title and region stand on every return's cover, so `import` says when these were used.
 * The title a made-up one (a return needs a title); the region left blank, never a word in its place:
 * a word (未注明) would be printed into every sheet's name and title as if it were the place.
 */
export const PLACEHOLDER_NAMES = {
  title: (baselineYear: number, targetYear: number): string => `导入的指标表（${baselineYear}—${targetYear}年）`,
  /** a project or reform list's (lists/importList) */
  listTitle: (kind: "projects" | "reforms", baselineYear: number, targetYear: number): string => `导入的${kind === "projects" ? "项目清单" : "改革清单"}（${baselineYear}—${targetYear}年）`,
  region: "",
} as const;
