import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellText, type CellValue } from "../../src/domain/CellValue";
import { isReasonWritten } from "../../src/domain/isReasonWritten";
import { STATUS_LABELS } from "../../src/domain/Status";
import { fileFormula } from "../../src/hosts/xlsx/fileFormula";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { checkGrid } from "../../src/sheet/checkGrid";
import { gridCell, type GridSheet } from "../../src/sheet/Grid";
import { noteRequiredRule } from "../../src/sheet/noteRequiredRule";
import { convert } from "../support/libreoffice";
import { gnumericRecalc } from "../support/gnumeric";
import { shiftRows } from "../support/ruleAtRow";
import { at, returnFile, years } from "../support/trialReturn";

/**
 * 滞后指标须填写说明 judged as a blank row's 说明 is (evaluation-rules §6a and §8, our reading, session 33): a lagging
 * row's 说明 of `/`, `-`, `无` or `暂无` gave it a pass, while the same words leave a blank row plain 未填报
 * (isReasonWritten). check (lagging_no_note, which lock, summary, review and the pane read) and the sheet's own mark
 * (noteRequiredRule) now ask isReasonWritten's question, the sheet's formula made from the engine's own ranges and words.
 */
const ERR = (code: string): ExcelJS.CellErrorValue => ({ error: code }) as unknown as ExcelJS.CellErrorValue;
const KINDS: ExcelJS.CellValue[] = [
  null, " ", "\u3000", "\n", "/", "-", "—", ".", "。", "……", "★", "无", "暂无", "无。", "（暂无）", "N/A", "n/a", "NONE", "None.", "null", "Nil", "略", "空", "没有",
  "无说明", "暂无说明", "暂无数据", "无数据", "暂 无", "暂\u00a0无", "-无-", "暂无-数据", "no ne", "ｎｏｎｅ", "/".repeat(300) + "无",
  "暂无说明书", "无无", "说明", "  说明  ", "x", "①", "é", "𠀀", "统计局尚未发布", "待普查", "暂无，统计局3月发布", "2024年3月公布", "资金未到位，项目延期", "a".repeat(40),
  0, 12.5, true, ERR("#N/A"), ERR("#DIV/0!"),
];
/** What the engine reads in the 说明 cell, as checkGrid reads it back from a file. */
const shown = (v: ExcelJS.CellValue): string => JSON.stringify(v).slice(0, 24);

describe("check asks a lagging row for a 说明 that gives a reason (lagging_no_note)", () => {
  // r06: 0.582 → 0.586 against its plan, 滞后 in 2024 (test/support/trialReturn)
  const lagging = [...years("r01", 93, 93.8, 94.6, 95.5), ...years("r06", 0.582, 0.583, 0.585, 0.586), at("r13", "assess", "已达标")];
  test.each<[string, string, boolean]>([
    // on main each of these passed: any text counted
    ["a slash", "/", true], ["a dash", "—", true], ["无", "无", true], ["暂无。", "暂无。", true], ["N/A", "N/A", true],
    ["spaces (as before)", "\u3000 ", true],
    ["a reason", "受干旱影响，部分灌区节水改造工程推迟至2025年完工", false], ["暂无 with a reason", "暂无，统计局3月发布", false],
  ])("%s (%j): asked %s", async (_why, note, asked) => {
    const r = checkGrid(await readXlsxZip(readFileSync(await returnFile([...lagging, at("r06", "note", note)]))));
    const item = r.ok ? r.report.items.find((i) => i.id === "r06") : undefined;
    expect(["lagging", "severe"]).toContain(item?.status);
    expect(item?.issues.some((i) => i.code === "lagging_no_note")).toBe(asked);
    expect(asked).toBe(!isReasonWritten(note));
  }, 60000);
});

/**
 * The sheet's mark, recalculated: each kind of 说明 beside a 滞后, a 严重滞后 and an 已达标 status, the rule copied
 * beside it as IF(rule,1,0), as the file holds it (fileFormula). LibreOffice marks exactly what the engine asks
 * (isReasonWritten of the cell as the engine reads it). Gnumeric 1.12 reads no arrays in a cell's SUMPRODUCT, so
 * the rule keeps its old reading there (a 说明 is any text), as evaluation-rules §6a says of the other programs.
 */
describe("the sheet's 说明 mark agrees with the engine", () => {
  const statuses = [STATUS_LABELS.lagging, STATUS_LABELS.severe, STATUS_LABELS.met];
  const rows = KINDS.flatMap((note) => statuses.map((status) => ({ note, status })));
  const rule = noteRequiredRule(`A1:A${rows.length}`, "$B1");
  const read: Record<"LibreOffice" | "Gnumeric", GridSheet | undefined> = { LibreOffice: undefined, Gnumeric: undefined };

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "reason-missing-"));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("说明");
    rows.forEach(({ note, status }, i) => {
      ws.getCell(i + 1, 1).value = note;
      ws.getCell(i + 1, 2).value = status;
      ws.getCell(i + 1, 3).value = { formula: fileFormula(`IF(${shiftRows(rule.formula, i)},1,0)`) } as ExcelJS.CellFormulaValue;
    });
    const f = join(dir, "notes.xlsx");
    await wb.xlsx.writeFile(f);
    const [lo] = convert([f], "xlsx", join(dir, "lo"));
    const [gn] = gnumericRecalc([f], join(dir, "gn"));
    read.LibreOffice = (await readXlsxZip(readFileSync(lo!))).sheets[0];
    read.Gnumeric = (await readXlsxZip(readFileSync(gn!))).sheets[0];
  }, 300000);

  const marks = (engine: "LibreOffice" | "Gnumeric", expected: (note: CellValue) => boolean): string[] => rows.flatMap(({ status }, i) => {
    const s = read[engine];
    if (!s) return ["not read"];
    const note = gridCell(s, i + 1, 1);
    const got = gridCell(s, i + 1, 3);
    const want = status !== STATUS_LABELS.met && expected(note) ? 1 : 0;
    return got.type === "number" && got.value === want ? [] : [`row ${i + 1} ${status} ${shown(cellText(note))}: want ${want}, ${engine} ${JSON.stringify(got)}`];
  });

  test("LibreOffice marks exactly the 说明 cells the engine asks for (isReasonWritten)", () => {
    expect(marks("LibreOffice", (note) => !isReasonWritten(cellText(note)))).toEqual([]);
  });

  test("the kinds reach both sides, and the words that say nothing among them", () => {
    const asked = KINDS.filter((k) => !isReasonWritten(k === null ? "" : typeof k === "object" ? (k as { error: string }).error : String(k)));
    expect(asked.length).toBeGreaterThan(20);
    expect(KINDS.length - asked.length).toBeGreaterThan(10);
  });

  test("Gnumeric keeps the rule as it was: any text is a 说明 (a limit of the other programs)", () => {
    expect(marks("Gnumeric", (note) => (note.type === "error" ? note.code === "#N/A" : note.type === "string" || note.type === "empty" ? cellText(note).trim() === "" : false))).toEqual([]);
  });
});
