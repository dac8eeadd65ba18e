import type { GridWorkbook } from "../../src/sheet/Grid";
import { colLetters, FakeExcel } from "./fakeExcel";

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The fake Excel holding what a file holds (values, number formats that tell dates, percents and text, names, hidden sheets). */
export function openInFake(g: GridWorkbook): FakeExcel {
  const fx = new FakeExcel([]);
  for (const s of g.sheets) {
    const fs = fx.addSheetState(s.name);
    if (!s.visible) fs.visibility = "VeryHidden";
    s.rows.forEach((row, r) => row.forEach((v, c) => {
      if (v.type === "empty" || v.type === "uncalculated") return;
      const cell = fs.cell(r + 1, c + 1);
      if (v.type === "number") { cell.value = v.value; if (v.percentStyle) cell.numberFormat = "0.0%"; }
      else if (v.type === "string") { cell.value = v.text; if (v.textStyle) cell.numberFormat = "@"; }
      else if (v.type === "boolean") cell.value = v.value;
      else if (v.type === "date") { cell.value = v.serial ?? (Date.parse(v.iso) - EXCEL_EPOCH) / 86400000; cell.numberFormat = "yyyy/m/d"; }
      else cell.error = v.code;
    }));
    // where the file holds formulas (own status and progress columns among them), the fake holds one too, with the result the
    // file stored: the pane reads the status columns' formulas below ExcelApi 1.9 (session 40, trial40e F3)
    const texts = s.formulaTexts ? s.formulaTexts([...new Set((s.formulaCells ?? []).flatMap((cols) => cols ?? []))]) : [];
    (s.formulaCells ?? []).forEach((cols, r) => cols?.forEach((c) => { fs.cell(r + 1, c + 1).formula = `=${texts[r]?.[c]?.text ?? "FORMULA()"}`; }));
  }
  for (const [name, at] of Object.entries(g.names)) fx.names.set(name.toLowerCase(), { name, formula: `='${at.sheet}'!$${colLetters(at.col)}$${at.row}` });
  return fx;
}
