/** Whether a RowContent field is a year's value (`2023`), not 说明, 人工评估, 状态 or a project's field. */
export function isYearField(field: string): boolean {
  return /^\d{4}$/.test(field);
}
