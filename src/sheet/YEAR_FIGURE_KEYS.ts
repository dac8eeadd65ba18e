/**
 * Input columns holding a figure of the reporting year that a person types anew each year, though it runs on from
 * last year's: a project's 累计完成投资 (`completed`, cumulative to the year's end, §4). `rollover` leaves such a cell
 * blank in the new year's return (未填报, not last year's figure judged as this year's: trial40c F12 read 滞后 78.5%
 * before the county typed anything) and puts last year's figure in the cell's comment (carriedReference). Not
 * PER_YEAR_KEYS: that column's words (说明, 人工评估, 审核意见) are dropped, this figure is kept for reference.
 */
export const YEAR_FIGURE_KEYS: ReadonlySet<string> = new Set(["completed"]);
