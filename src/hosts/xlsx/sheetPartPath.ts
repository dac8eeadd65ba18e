import { escXml } from "./sheetXml";

/**
 * The package path of the worksheet called `name` (`xl/worksheets/sheet2.xml`), read from the
 * workbook part and its relationships (`workbook`, `wbRels`: their XML); throws when absent,
 * as only a sheet the plan wrote is looked up.
 */
export function sheetPartPath(workbook: string, wbRels: string, name: string): string {
  const sheetEl = [...workbook.matchAll(/<sheet [^>]*>/g)].map((m) => m[0]).find((el) => el.includes(`name="${escXml(name)}"`));
  const rid = sheetEl ? /r:id="([^"]+)"/.exec(sheetEl)?.[1] : undefined;
  const target = rid ? new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(wbRels)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(wbRels)?.[1] : undefined;
  if (!target) throw new Error(`sheet ${name} not found in the package`); // programmer error
  return `xl/${target.replace(/^\/?xl\//, "")}`;
}
