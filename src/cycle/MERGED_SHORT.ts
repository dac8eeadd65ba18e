/** How the summary and its 报送台账 name a unit whose return came merged into another unit's workbook (UnitFacts.mergedIn). */
export const MERGED_SHORT = "填报合并在其他单位的文件中";
