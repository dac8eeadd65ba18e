import { cellText, type CellValue } from "../../src/domain/CellValue";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { addedColumns } from "../../src/sheet/addedColumns";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { gridCell, type GridSheet } from "../../src/sheet/Grid";
import { parseTemplateMark, KEY_ROW } from "../../src/sheet/keys";
import { catalog } from "../../src/templates/catalog";

const s = (text: string): CellValue => ({ type: "string", text });
const E: CellValue = { type: "empty" };

/** A template sheet's first columns: mark, number, name, then `extra` (a column with no key) and unit. */
function sheet(extra: CellValue[], where: "middle" | "right" = "middle"): GridSheet {
  const [head = E, ...data] = extra;
  const keys = [s("plan-returns:template:t"), s("number"), s("name"), s("unit"), s("in:2024"), s("id")];
  const header = [s("领域"), s("序号"), s("指标名称"), s("单位"), s("2024"), s("id")];
  const rows = [0, 1, 2].map((i) => [s("创新"), s(String(i + 1)), s(`指标${i}`), s("%"), { type: "number", value: i } as CellValue, s(`r${i}`)]);
  const at = where === "middle" ? 3 : keys.length;
  const put = (row: CellValue[], v: CellValue): CellValue[] => [...row.slice(0, at), v, ...row.slice(at)];
  return {
    name: "江北区表1",
    visible: true,
    rows: [[s("标题")], put(keys, E), put(header, head), ...rows.map((r, i) => put(r, data[i] ?? E))],
  };
}

describe("addedColumns: the columns a person added to a template sheet, named for a roll-over", () => {
  test.each<[string, GridSheet, ReturnType<typeof addedColumns>]>([
    ["a 责任科室 inserted after the name, two cells filled", sheet([s("责任科室"), s("经发办"), E, s("经发办")]), [{ sheet: "江北区表1", column: "D", header: "责任科室", filled: 2, cells: ["D4", "D6"] }]],
    ["a 备注 at the far right", sheet([s("备注"), s("核实中")], "right"), [{ sheet: "江北区表1", column: "G", header: "备注", filled: 1, cells: ["G4"] }]],
    ["values without a header", sheet([E, { type: "number", value: 3 }]), [{ sheet: "江北区表1", column: "D", header: "", filled: 1, cells: ["D4"] }]],
    ["a header without values", sheet([s("责任科室")]), [{ sheet: "江北区表1", column: "D", header: "责任科室", filled: 0, cells: [] }]],
    ["an inserted column left empty: nothing to carry, not named", sheet([E, E, s("  ")]), []],
  ])("%s", (_, grid, expected) => {
    expect(addedColumns(grid)).toEqual(expected);
  });

  test.each(catalog().map((t) => [t.id]))("%s: a sheet as the add-in makes it has none", async (id) => {
    const t = catalog().find((x) => x.id === id)!;
    const g = await readXlsxZip(Buffer.from(await planToWorkbook(buildWorkbookPlan([t], { year: 2023, reportingUnit: "定海区" })).xlsx.writeBuffer() as ArrayBuffer));
    const sheets = g.sheets.filter((x) => parseTemplateMark(cellText(gridCell(x, KEY_ROW, 1))) !== null);
    expect(sheets.length).toBeGreaterThan(0);
    expect(sheets.flatMap(addedColumns)).toEqual([]);
  });
});
