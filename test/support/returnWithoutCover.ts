import ExcelJS from "exceljs";
import { join } from "node:path";
import { cli } from "./cli";

/**
 * A 2023 zhoushan-2021-2025 return written by `template` as `dir/name`, with its 填报说明 sheet (the cover) deleted
 * as a unit deleted it: the indicator sheet and the hidden metadata whole (trial34 M2, trial35 F1). Returns its path.
 */
export async function returnWithoutCover(dir: string, name = "2023-定海区.xlsx"): Promise<string> {
  const f = join(dir, name);
  expect((await cli("template", "zhoushan-2021-2025", "--year", "2023", "--out", f)).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  const cover = wb.getWorksheet("填报说明");
  if (!cover) throw new Error("no 填报说明 sheet");
  wb.removeWorksheet(cover.id);
  await wb.xlsx.writeFile(f);
  return f;
}
