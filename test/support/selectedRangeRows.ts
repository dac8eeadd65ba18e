/**
 * Rows 10–17 of Sheet1 as the pane reads them with 读取选中区域 (values by row): a title merged
 * across (its other cells read empty), a header cell with Alt+Enter, a cell with line breaks at
 * row 15 (a 其中 kept in its main row), and at row 16 a name with no values.
 */
export const SELECTED_RANGE_ROWS: string[][] = [
  ["某某县“十四五”卫生健康发展主要指标", "", "", "", "", ""],
  ["序号", "指标名称", "单位", "2020年\n基期值", "2025年", "属性"],
  ["1", "孕产妇系统管理率", "%", "95%", "≥96%", "约束性"],
  ["2", "每千人口床位数", "张", "5.2", "6", "预期性"],
  ["3", "居民健康素养水平", "%", "22", "不低于30", "预期性"],
  ["4", "标准化村卫生室比例\n其中：山区\n海岛", "%", "80\n70", "95\n90", "预期性"],
  ["5", "每千人口执业医师数", "", "", "", ""],
  ["6", "人均预期寿命", "岁", "79", "80", "预期性"],
];
