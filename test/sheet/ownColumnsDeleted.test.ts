import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { gridOfBytes } from "../../src/cli/loadWorkbookFile";
import { runLock } from "../../src/cli/runLock";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { lockErrors } from "../../src/cycle/lockErrors";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { columnLetter, parseA1 } from "../../src/sheet/a1";
import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import { ownColumnsDeleted } from "../../src/sheet/ownColumnsDeleted";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";

/**
 * trial s35 X2, X4: a column of ours deleted by a script (openpyxl's ws.delete_cols: the cells to its right
 * move left, no formula is rewritten, so every status formula reads the old letters and shows #VALUE! once
 * recalculated) passed check without a word and could be locked; with 说明 deleted, check asked for a 说明
 * with no cell and lock named the 当年状态 cell as the 说明 to fill. Now one line names the sheet and the
 * columns gone (by their headers) and how to restore them, and lock refuses, as for rows moved by a script.
 */
const t = findTemplate("zhoushan-2021-2025") as Template;

/** The sheet's XML with column `letter` deleted as openpyxl deletes it: its cells gone, those to its right one column left, formulas as they were. */
function deleteColumn(xml: string, letter: string): string {
  const gone = parseA1(`${letter}1`)?.col ?? 0;
  const shift = (ref: string): string => {
    const at = parseA1(ref);
    return at && at.col > gone ? `${columnLetter(at.col - 1)}${at.row}` : ref;
  };
  return xml
    .replace(new RegExp(`<c r="${letter}\\d+"(?:[^>]*/>|[^>]*>.*?</c>)`, "g"), "")
    .replace(/<c r="([A-Z]+\d+)"/g, (_m, ref: string) => `<c r="${shift(ref)}"`);
}

/** A filled 2023 return of the template, the column of `key` deleted from its 表2 sheet (none: untouched), as the CLI reads it. */
async function made(key: string | null): Promise<{ bytes: Buffer; statusLetter: string }> {
  const wb = planToWorkbook(buildWorkbookPlan([t], { year: 2023 }));
  fillInputs(wb, sampleReturn(t, 2023));
  const ws = wb.worksheets.find((w) => w.name.includes("表2"));
  if (!ws) throw new Error("sheet");
  const keys = new Map<string, string>();
  ws.getRow(2).eachCell((c, n) => { if (typeof c.value === "string") keys.set(c.value, columnLetter(n)); });
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer() as ArrayBuffer);
  const part = `xl/worksheets/sheet${ws.id}.xml`;
  const xml = await zip.file(part)?.async("string") ?? "";
  if (key !== null) zip.file(part, deleteColumn(xml, keys.get(key) ?? ""));
  const status = keys.get("status") ?? "";
  // the status column itself moves left when a column before it is deleted
  const statusLetter = key !== null && (parseA1(`${keys.get(key) ?? ""}1`)?.col ?? 0) < (parseA1(`${status}1`)?.col ?? 0) ? columnLetter((parseA1(`${status}1`)?.col ?? 1) - 1) : status;
  return { bytes: await zip.generateAsync({ type: "nodebuffer" }), statusLetter };
}

describe("a column of ours deleted by a script", () => {
  test.each<[string, string | null, string | null]>([
    ["untouched: nothing told", null, null],
    ["方向 deleted (西河乡)", "direction", "方向"],
    ["说明 deleted: the reasons have nowhere to go", "note", "说明"],
    ["a later year's column deleted (2025)", "in:2025", "2025年"],
    ["审核意见 deleted", "review", "审核意见"],
  ])("%s", async (_why, key, header) => {
    const { bytes } = await made(key);
    const r = await gridOfBytes("r.xlsx", bytes);
    if (!r.ok) throw new Error(r.message);
    const c = checkGrid(r.grid);
    if (!c.ok) throw new Error(c.message);
    const broken = c.report.problems.find((p) => p.code === "own_formulas_broken");
    if (header === null) {
      expect(broken).toBeUndefined();
      expect(lockErrors({ ...c.report, items: [] })).toEqual([]);
      return;
    }
    const rows = c.report.items.filter((i) => i.sheet.includes("表2")).length;
    expect(broken?.params).toEqual(expect.objectContaining({ deleted: header, count: rows }));
    // one line a language naming the sheet, the column gone by its header and how to restore it; lock refuses
    const [zh, en] = [describeWorkbookProblem(broken!, "zh"), describeWorkbookProblem(broken!, "en")];
    expect(zh).toContain(`「${header}」列已被删除`);
    expect(zh).toMatch(/下发的原表.*rollover/);
    expect(en).toContain(`"${header}" was deleted`);
    expect(zh.includes("无处填写")).toBe(key === "note");
    expect(lockErrors({ ...c.report, items: [] }).map((e) => e.code)).toEqual(["own_formulas_broken"]);
    // the year's own column missing is said by this line, not twice
    expect(c.report.problems.map((p) => p.code)).not.toContain("year_column_missing");
  });

  test("说明 deleted: no 说明 is asked for in another cell, and lock names the rows, not their 当年状态 cells", async () => {
    const { bytes, statusLetter } = await made("note");
    const r = await gridOfBytes("r.xlsx", bytes);
    if (!r.ok) throw new Error(r.message);
    const c = checkGrid(r.grid);
    if (!c.ok) throw new Error(c.message);
    const lags = c.report.items.filter((i) => i.issues.some((x) => x.code === "lagging_no_note"));
    expect(lags.length).toBeGreaterThan(0);
    for (const i of lags) expect(i.issues.find((x) => x.code === "lagging_no_note")?.cell).toBeUndefined();
    const file = join(mkdtempSync(join(tmpdir(), "deleted-note-")), "r.xlsx");
    writeFileSync(file, bytes);
    const out = await runLock(file, { reviewer: "王某", acceptUnassessed: true });
    expect(out.ok).toBe(false);
    const message = out.ok ? "" : out.message;
    expect(message).toContain("本工具的公式不再计算本行");
    // each lag named by its row's name alone (表2 万元…), never by a cell of another column
    expect(message).toMatch(/项滞后未填写说明（舟山市表2 /);
    expect(message).not.toMatch(new RegExp(`!${statusLetter}\\d+ `));
  });
});

describe("ownColumnsDeleted: our visible columns a sheet's key row lacks", () => {
  const all = ["number", "name", "unit", "attribute", "baseline", "target", "direction", "in:2021", "in:2022", "in:2023", "in:2024", "in:2025", "status", "progress", "note", "assess", "review", "id", "x"];
  const keysOf = (keys: string[]): Map<string, number> => new Map(keys.map((k, i) => [k, i + 2]));
  // a yearly plan (targets of 2023 and 2025) whose return was made when only those years had columns
  const yearly = { ...t, yearlyTargetYears: [2023, 2025] } as Template;
  const older = ["number", "name", "unit", "attribute", "baseline", "target", "direction", "tgt:2023", "in:2023", "tgt:2025", "in:2025", "status", "progress", "note", "assess", "review"];
  test.each<[string, Template, string[], string[]]>([
    ["every column there", t, all, []],
    ["方向 and 说明 gone", t, all.filter((k) => k !== "direction" && k !== "note"), ["方向", "说明"]],
    ["a hidden column gone is not named (it has no header a person knows; older sheets differ there)", t, all.filter((k) => k !== "x"), []],
    ["a year gone", t, all.filter((k) => k !== "in:2022"), ["2022年"]],
    ["a yearly plan's earlier layout (its target years only): not a deletion", yearly, older, []],
    ["a yearly plan's earlier layout with 说明 deleted: 说明 alone", yearly, older.filter((k) => k !== "note"), ["说明"]],
  ])("%s", (_why, template, keys, headers) => {
    expect(ownColumnsDeleted(template, keysOf(keys), 2023).map((c) => c.header)).toEqual(headers);
  });
});
