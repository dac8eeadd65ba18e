/**
 * The §2 code an issue stands for: its own code, or, on a value of another year refused for a §2 reason
 * (earlier_year_invalid §8e, unjudged_value_invalid §8g), that reason (params.reason; undefined where none was kept).
 * One reading for what looks through to a refused value's cause: a mass slip (slipOf), a formula with no result
 * (isUncalculated).
 */
export function reasonCode(x: { code: string; params?: Readonly<Record<string, string | number>> | undefined }): string | number | undefined {
  return x.code === "earlier_year_invalid" || x.code === "unjudged_value_invalid" ? x.params?.["reason"] : x.code;
}
