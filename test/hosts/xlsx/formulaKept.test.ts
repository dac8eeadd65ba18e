import JSZip from "jszip";
import { FORMULA_KEPT } from "../../../src/hosts/FORMULA_KEPT";
import { planToWorkbook } from "../../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../../src/sheet/buildWorkbookPlan";
import { catalog } from "../../../src/templates/catalog";

// the reader keeps the text of an uncalculated formula up to FORMULA_KEPT characters, for a formula
// a person typed in a value cell (rollover carries it, check quotes it). The add-in's own formulas,
// in every row and without results until Excel saves the file, must stay longer, or a 5,000-row
// check decodes thousands of them for nothing
describe("the add-in's own formulas are longer than FORMULA_KEPT", () => {
  test.each(catalog().map((t) => [t.id, t] as const))("%s", async (_id, t) => {
    const wb = planToWorkbook(buildWorkbookPlan([t], { year: t.baselineYear + 1 }));
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const lengths: number[] = [];
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async("string");
      for (const m of xml.matchAll(/<f(?:\s[^>]*)?>([^<]*)<\/f>/g)) {
        lengths.push(m[1]!.length);
      }
    }
    expect(lengths.length).toBeGreaterThan(0);
    expect(Math.min(...lengths)).toBeGreaterThan(FORMULA_KEPT);
  });
});
