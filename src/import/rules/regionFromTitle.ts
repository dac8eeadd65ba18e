const REGION = /([\u3400-\u9fff\uf900-\ufaff]{2,4}?(?:省|市|县|区|自治州|盟|旗))/u;
const NOT_REGION = /(社|园|景|城|小|辖|地|片|山|街|新|示范|保护|功能|开发|服务|试验|先行)区$/;

/** The region a title names (`某市“十四五”…` → 某市; `舟山市普陀区…` → 舟山市), "" when none (a 社区 or 园区 is not one). */
export function regionFromTitle(title: string): string {
  const m = REGION.exec(title);
  const r = m?.[1];
  return r !== undefined && !NOT_REGION.test(r) ? r : "";
}
