import type { ForecastBasis } from "./gradeIndicator";

/**
 * Whether a forecast rests on one reported year alone (IndicatorGrade.forecast.basis.years 1): in a plan's first
 * year §6's line runs through the baseline and that one year, so the report says 仅有 Y 年一年数据，趋势仅供参考
 * wherever it states the forecast (evaluation-rules §6, our reading; trial36 N8: 人均预期寿命 预计 2030 年 71.7 岁
 * read as a finding). False where no forecast is made.
 */
export function forecastOnOneYear(forecast: { basis?: ForecastBasis | undefined }): boolean {
  return forecast.basis?.years === 1;
}
