/**
 * The one English word for each term of the plans' own vocabulary, for every English line the
 * tool prints (CLI, report paragraph, check table): 约束性/预期性 are binding/indicative, as the
 * national plans' English editions have them; 序时进度 (the share of the plan period elapsed, the
 * progress a row should have reached) is "expected progress"; 百分点/千分点 are percentage and
 * per-mille points; a row's 序号 is "No.". Before, one term had several words (预期性 "expected" in the report and
 * "Indicative" elsewhere; 序时进度 "Due" in the check table).
 */
export const ENGLISH_TERMS = {
  约束性: "binding",
  预期性: "indicative",
  序时进度: "expected progress",
  /** the value a row should have reached by the year (the 审核 sheet's 序时应达 column, §3) */
  序时应达: "expected value",
  百分点: "percentage point",
  千分点: "per-mille point",
  /**
   * a project list's amounts (总投资, 累计完成投资): the tool's fixed unit, said "100m yuan" in every English line (check's
   * messages, the pane's facts); an indicator's 亿元 is the plan's own unit and is kept as written
   */
  亿元: "100m yuan",
  /** a row's number in the plan's table: the pane's column head, the import notes' word */
  序号: "No.",
  /** a target written `X左右` (approximate, judged by its distance, §3): glossed once as an “about” target (左右) (trial34p Q6) */
  左右: "about",
} as const;

/** A row's 属性 in English: 约束性 binding, 预期性 indicative; anything else as written. */
export function attributeInEnglish(attribute: string): string {
  return attribute === "约束性" || attribute === "预期性" ? ENGLISH_TERMS[attribute] : attribute;
}
