/**
 * The word heading a total over the units that reported (合计): the report's county table's last row
 * (各填报单位评估结果汇总) and the 县区对比 sheet's last column, each count summed so a manager can match the
 * summary's totals (trial26b). A unit that sent nothing adds nothing.
 */
export const TOTAL_LABEL = "合计";
