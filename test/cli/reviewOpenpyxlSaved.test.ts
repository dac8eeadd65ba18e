/**
 * trial31: openpyxl re-saved a reviewed return and dropped every formula's cached result. check then judges a value cell
 * holding a formula as not calculated (公式「=120/3」未计算, 数据异常): its value unknown, not changed. review read the
 * formula's text against the value the decision was made on (40 → =120/3) and marked the row 待复核, a change nobody
 * made, while check asked only that the file be opened and saved. Now review takes the engine's judgement: the row
 * shows check's status and problem, and its decision stays as made (有效) until the file is calculated again, when it
 * is compared as before. On the old code both rows below were 待复核 after the re-save.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { lockableReturnBytes } from "../support/lockedReturn";
import { openpyxlSaved } from "../support/openpyxlSaved";
import { decide, reviewRows } from "../support/trialReturn";
import { REVIEW_STATES } from "../../src/sheet/reviewSheet";

const dir = mkdtempSync(join(tmpdir(), "review-openpyxl-"));

interface Checked { items: Array<{ statusCell: string; cells: Record<string, string>; status: string; issues: Array<{ code: string; cell?: string }> }> }

describe("review after openpyxl dropped the cached results agrees with check", () => {
  // the cell, its formula and the result Excel cached; then what the formula gives after a change made in Excel (null: none);
  // what check and the 审核 row say of it after the re-save (a formula not calculated, but an error value is one without a result too)
  const UNCALCULATED = (f: string): [string, string] => ["formula_uncalculated", `公式「=${f}」未计算`];
  test.each<[string, string, ExcelJS.CellFormulaValue, number | null, [string, string]]>([
    ["a formula that gave a number", "K17", { formula: "120/3", result: 40 } as ExcelJS.CellFormulaValue, null, UNCALCULATED("120/3")],
    ["a formula that gave an error", "K20", { formula: "1/0", result: { error: "#DIV/0!" } } as unknown as ExcelJS.CellFormulaValue, null, UNCALCULATED("1/0")],
    // session 45: a formula that is only an error value (LibreOffice's for a typed #DIV/0!) is that error, its result or not
    ["an error value saved as LibreOffice saves it", "K20", { formula: "#DIV/0!", result: { error: "#DIV/0!" } } as unknown as ExcelJS.CellFormulaValue, null, ["formula_error", "单元格为错误值 #DIV/0!"]],
    ["a number formula, recalculated to another value after the re-save: a change, 待复核", "K17", { formula: "120/3", result: 40 } as ExcelJS.CellFormulaValue, 30, UNCALCULATED("120/3")],
  ])("%s", async (name, cell, value, after, [code, said]) => {
    const f = join(dir, `${name}.xlsx`);
    writeFileSync(f, await lockableReturnBytes());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
    wb.worksheets.find((w) => w.name.includes("表2"))!.getCell(cell).value = value;
    await wb.xlsx.writeFile(f);
    expect((await cli("review", f)).code).toBe(0);
    const key = [...(await reviewRows(f))].find(([, r]) => r["cell"] === cell)![0];
    await decide(f, { [key]: { decision: "通过", reviewer: "王某" } });
    expect((await reviewRows(f)).get(key)?.["decision"]).toBe("通过");
    expect((await cli("review", f)).code).toBe(0);
    expect((await reviewRows(f)).get(key)?.["review"]).toBe(REVIEW_STATES.valid);

    // re-saved by openpyxl: no formula has a result in the file
    writeFileSync(f, await openpyxlSaved(readFileSync(f)));
    const checked = JSON.parse((await cli("check", f, "--json")).out) as Checked;
    const item = checked.items.find((i) => Object.values(i.cells).includes(cell))!;
    expect(item.issues.map((x) => x.code)).toContain(code);
    expect((await cli("review", f)).code).toBe(0);
    const row = (await reviewRows(f)).get(key)!;
    // the 审核 row says what check says of the cell, and the decision made on it stands
    expect(row["status"]).toBe("数据异常");
    expect(row["issue"]).toContain(said);
    expect(row["review"]).toBe(REVIEW_STATES.valid);
    expect(row["change"]).toBe("");

    if (after === null) return;
    // calculated again (here: the value Excel would cache after the formula was changed): compared as before, a change
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(f);
    again.worksheets.find((w) => w.name.includes("表2"))!.getCell(cell).value = { formula: "120/4", result: after } as ExcelJS.CellFormulaValue;
    await again.xlsx.writeFile(f);
    expect((await cli("review", f)).code).toBe(0);
    const changed = (await reviewRows(f)).get(key)!;
    expect(changed["review"]).toBe(REVIEW_STATES.stale);
    expect(changed["change"]).toContain(`40 → ${after}`);
  }, 120000);
});
