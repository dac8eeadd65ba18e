/**
 * The version of the rules a return's sheets are written with: their status formulas and the
 * hidden constants those read (bounds, direction, target kinds), stored in the metadata as
 * `rules`. A workbook keeps the formulas it was made with until it is made again (rollover,
 * or the pane's refresh), so where a later version reads a row otherwise (2: a blank words row is
 * 未填报; 涨幅 takes a negative %; 就业 is higher-is-better; 达到98%以上 is a floor; 3: a name ending
 * in 下降/降低/减少 is higher-is-better; `1.9:1以内`, `提高到95%`, `降至30` are bounds; 4: a
 * cumulative % row's fraction check goes by its yearly share, so 0.1 in a `〔13.5〕` row is a
 * value; 消费价格 and 物价 are lower-is-better; 5: 劣Ⅴ类 is lower-is-better; 6: 保有量 and 蓄积量 are higher-is-better; 7: a name ending in 增长/增速/增幅 is higher-is-better; 8: 能力 is higher-is-better; 9: a fall the plan states in a row's note (累计：〔-0.7〕, 调减) is lower-is-better, and a yearly plan's works volume (建设, 新建, 修复…) higher-is-better; 10: 满意度 and 满意率 are higher-is-better, 用水量 and 用水总量 lower-is-better; 11: a project whose 累计完成投资 is blank is 未填报 even where its total investment is `/`; 12: a reach verb without 以上/以下, `保持100`, `保持在100`, `稳定在95`, is a point target, no longer words; 13: a reach verb before an operator (`保持不低于85`) is that bound, `确保` is a reach verb, and a remark in brackets that leaves the number (`≤33（2025年）`, `70以上（力争75）`) is read past; 14: a row whose plan writes a negative baseline or target takes negative values, its hidden lower bound open, trial35 TP1; 15: a `%` row whose plan writes a number above 100, or that starts at 100 and is lower-is-better (an index, 2020=100), takes values above 100, its hidden upper bound open, trial36 T1; 16: a value within the relative tolerance of §3 of its unit's limit is within it, 100.00000000000001 in a % row usable and 1.0000000000000002 a fraction slip, trial39d F1), its status cells differ from the check without anyone having typed over them; 17: a project row nothing was typed in
 * without 责任单位 is 未填报, not 数据异常 (check says the blank units once a sheet, units_blank; trial40c); 18: the plan's
 * last year is the final target's own year, so a row not met there is 滞后 or 严重滞后, never 符合序时进度 (9 against `<9`
 * in 2025 of 2021–2025, trial44a F2); 19: a change counted in ‰ (人口自然增长率 −1.5‰) takes values below 0 and above
 * 1000, its hidden bounds open, and a bare 人口自然增长率 is ‰, not %; 20: a year without its own target before a later
 * milestone (2023 of a 2021–2035 plan with a 2025 column) is judged against that milestone, its 序时进度 from the baseline to
 * it (trial47b F3; the final target with s = (Y − B)/(T − B) before); 21: 漏损率 is lower-is-better, and a number with a Latin unit (`75L/d`) is that number, no longer words (trial47c F3).
 * Absent: before version 2.
 */
export const SHEET_RULES = 21;
