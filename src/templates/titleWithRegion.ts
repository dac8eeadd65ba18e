import type { Template } from "./TemplateSchema";

/**
 * A plan's title as a return prints it (the template sheet's title row, the cover's 规划名称): the
 * title with its region in front when the title does not name it. A table imported with
 * `--region 博县` from a page titled “十四五”教育事业发展主要指标表 printed no place on paper, so a
 * return on the desk did not say whose plan it was (a new colleague's trial); a title that names
 * the place (衢州市…, 2024年嵊泗县…, “十三五”舟山… of 舟山市) and a template without a region are as
 * written.
 */
export function titleWithRegion(t: Pick<Template, "title" | "region">): string {
  // a title that names the place without its 市/县/区 (“十三五”舟山基本公共服务… of 舟山市) names it already
  const place = t.region.length > 2 ? t.region.replace(/(?:市|县|区|旗|盟|州|镇|乡|街道)$/, "") : t.region;
  return place !== "" && !t.title.includes(place) ? `${t.region}${t.title}` : t.title;
}
