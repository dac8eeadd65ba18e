import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { cellText, type CellValue } from "../../src/domain/CellValue";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { loadWorkbookFile } from "../../src/cli/loadWorkbookFile";
import { excelInput } from "../../src/hosts/xlsx/excelInput";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { COVER_NAME } from "../../src/sheet/coverSheet";
import { gridCell, type GridWorkbook } from "../../src/sheet/Grid";
import { columnNumber } from "../../src/sheet/a1";
import type { CheckReport } from "../../src/sheet/CheckReport";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { YEAR_FIGURE_KEYS } from "../../src/sheet/YEAR_FIGURE_KEYS";
import { setNumFmt } from "../../src/hosts/xlsx/setNumFmt";

const dir = mkdtempSync(join(tmpdir(), "rollover-"));

function template(id: string): Template {
  const t = findTemplate(id);
  if (!t) throw new Error(id);
  return t;
}

/** A return of `year` as a person leaves it: sample values, typed percentages, notes, a review comment, the cover's signatories, a sheet of their own. */
async function personReturn(file: string, templates: Template[], year: number, typedAhead: readonly number[] = []): Promise<void> {
  const wb = planToWorkbook(buildWorkbookPlan(templates, { year, reportingUnit: "定海区" }));
  const entries: InputEntry[] = templates.flatMap((t) => sampleReturn(t, year));
  const ind = templates.find((t) => t.kind === "indicators");
  if (ind && ind.kind === "indicators") {
    const [a, b, c] = ind.indicators;
    entries.push(
      { template: ind.id, id: a!.id, key: `in:${year - 1}`, value: 0.955, numFmt: "0.0%" },
      { template: ind.id, id: b!.id, key: `in:${year - 1}`, value: "95%" },
      { template: ind.id, id: c!.id, key: `in:${year - 1}`, value: true },
      { template: ind.id, id: a!.id, key: "note", value: "受疫情影响" },
      { template: ind.id, id: b!.id, key: "review", value: "请核实" },
    );
    // a later year's column filled by mistake
    for (const y of typedAhead) entries.push({ template: ind.id, id: c!.id, key: `in:${y}`, value: y - 1982 });
  }
  expect(fillInputs(wb, entries)).toEqual([]);
  const cover = wb.getWorksheet(COVER_NAME)!;
  cover.getCell("C28").value = "张三";
  cover.getCell("C29").value = "0580-1234567";
  cover.getCell("C30").value = new Date(Date.UTC(2024, 0, 15));
  wb.addWorksheet("我的备注").getCell("A1").value = "县里自己的记录";
  await wb.xlsx.writeFile(file);
}

async function gridOf(file: string): Promise<GridWorkbook> {
  const r = await loadWorkbookFile(file);
  if (!r.ok) throw new Error(r.message);
  return r.grid;
}

function report(g: GridWorkbook): CheckReport {
  const r = checkGrid(g);
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

const valueAt = (g: GridWorkbook, sheet: string, ref: string): CellValue => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  return gridCell(g.sheets.find((s) => s.name === sheet)!, Number(m[2]), columnNumber(m[1]!));
};

/** Every input cell's value by template, row id and column (year or key), as the check locates them. */
function entered(g: GridWorkbook, r: CheckReport): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const i of r.items) for (const [k, ref] of Object.entries(i.cells)) {
    if (ref) out.set(`${i.template}|${i.id}|${k}`, valueAt(g, i.sheet, ref));
  }
  return out;
}

describe("rollover: the return of another year, with what was entered", () => {
  test.each([
    ["indicators and projects, 2023 → 2024", ["zhoushan-2021-2025", "quzhou-2021-2025-housing-projects"], 2023, 2024],
    ["projects and reforms, back from 2024 → 2023", ["shengsi-2024-projects", "shengsi-2024-reforms"], 2024, 2023],
  ])("%s: every entered value reads back the same, the year's own columns blank, the original untouched", async (_, ids, from, to) => {
    const templates = ids.map(template);
    const src = join(dir, `src-${from}-${ids[0]}.xlsx`);
    const out = join(dir, `out-${to}-${ids[0]}.xlsx`);
    await personReturn(src, templates, from);
    const before = readFileSync(src);
    const r = await cli("rollover", src, "--year", String(to), "--out", out);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(readFileSync(src).equals(before)).toBe(true);

    const [og, ng] = [await gridOf(src), await gridOf(out)];
    const [or, nr] = [report(og), report(ng)];
    expect([nr.year, nr.reportingUnit]).toEqual([to, "定海区"]);
    const [ov, nv] = [entered(og, or), entered(ng, nr)];
    // the same cells, by template, row and key, hold the same values (typed percentages too)
    expect(nv.size).toBe(ov.size);
    let carried = 0, references = 0;
    for (const [k, v] of ov) {
      // a project's 累计完成投资 is typed anew each year: blank, last year's in the cell's comment (trial40c F12)
      if (YEAR_FIGURE_KEYS.has(k.split("|")[2] ?? "")) {
        expect([k, nv.get(k)?.type]).toEqual([k, "empty"]);
        if (v.type !== "empty") references++;
        continue;
      }
      expect([k, nv.get(k)]).toEqual([k, v]);
      if (v.type !== "empty") carried++;
    }
    expect(carried).toBeGreaterThan(10);
    expect(references).toBeGreaterThan(0);
    expect(r.out).toContain(`项目清单的累计完成投资按年度填写：${references} 格未带入（${to} 年度为未填报），${from} 年的数写在该格的批注中，如“上年（${from} 年）累计完成投资：`);
    // 说明 and 审核意见 belong to the year they were written for
    expect(nr.items.every((i) => i.note === undefined)).toBe(true);
    const cover = (g: GridWorkbook, ref: string) => cellText(valueAt(g, COVER_NAME, ref));
    expect([cover(ng, "C28"), cover(ng, "C29"), cover(ng, "C30")]).toEqual(["张三", "0580-1234567", ""]);
    expect(r.out).toContain(`（${to} 年度）`);
    expect(r.out).toContain("不是本工具生成的工作表未带入：我的备注");
    if (from === 2023) expect(r.out).toMatch(/说明、人工评估、审核意见按年度填写，\d+ 格未带入/);
    // the cover's 填报日期 was filled: a sign-off of that year, counted as left
    expect(r.out).toContain("「填报说明」表的填报日期、单位负责人（签字）、审核人为当年签署，1 项未带入");
    expect(ng.sheets.map((s) => s.name)).not.toContain("我的备注");
  });

  test.each([
    ["back a year: the later year's values come along, said", 2023, 2022, "注意：2022 年早于原填报年度 2023 年，2023 年的已填数值也已带入，请核对是否保留"],
    ["back two years", 2024, 2022, "注意：2022 年早于原填报年度 2024 年，2023、2024 年的已填数值也已带入，请核对是否保留"],
    ["forward: nothing to say", 2023, 2024, null],
  ])("%s", async (name, from, to, line) => {
    const src = join(dir, `back-${from}-${to}-${name.length}.xlsx`);
    const out = join(dir, `back-${from}-${to}-${name.length}-out.xlsx`);
    await personReturn(src, [template("zhoushan-2021-2025")], from);
    const r = await cli("rollover", src, "--year", String(to), "--out", out);
    expect(r.code).toBe(0);
    if (line) expect(r.out.split("\n")).toContain(line);
    else expect(r.out).not.toMatch(/早于原填报年度/);
  });

  // a manager's trial: a 2023 return held a value typed in the 2024 column (check: "2024 年尚未报告…是否填错了列？");
  // rolled over to 2025 it became the 2024 actual without a word. Every value entered for a year after the
  // return's own was never sent or checked as that year's: the output names each, where it sits in the new return
  test.each<[string, number, number, number[], string | null]>([
    ["forward over a value typed in the new year's column", 2023, 2024, [2024], "2024 年的数值（1 格）"],
    ["forward two years over a value typed in the year between (the trial)", 2023, 2025, [2024], "2024 年的数值（1 格）"],
    ["forward two years over values typed in both", 2023, 2025, [2024, 2025], "2024、2025 年的数值（2 格）"],
    ["back a year over a value typed ahead", 2023, 2022, [2024], "2024 年的数值（1 格）"],
    ["forward over a value of the return's own year: nothing to name", 2023, 2025, [], null],
  ])("%s", async (name, from, to, ahead, years) => {
    const t = template("zhoushan-2021-2025");
    const src = join(dir, `ahead-${from}-${to}-${ahead.join("-")}.xlsx`);
    const out = join(dir, `ahead-${from}-${to}-${ahead.join("-")}-out.xlsx`);
    await personReturn(src, [t], from, ahead);
    const r = await cli("rollover", src, "--year", String(to), "--out", out);
    expect([r.code, r.err]).toEqual([0, ""]);
    const lines = r.out.split("\n");
    const head = lines.findIndex((l) => l.startsWith(`注意：原填报（${from} 年度）已填了`));
    if (years === null) {
      expect(head).toBe(-1);
      return;
    }
    expect(lines[head]).toBe(`注意：原填报（${from} 年度）已填了 ${years}，已一并带入；这些数值晚于原填报年度，从未作为当年数值报送和核对（可能填错了列），请逐格核实：`);
    // each named by its cell in the new return, with the indicator and the value as typed
    const c = report(await gridOf(out)).items.find((i) => t.kind === "indicators" && i.id === t.indicators[2]!.id)!;
    expect(lines.slice(head + 1, head + 1 + ahead.length)).toEqual(ahead.map((y) => `  ${c.sheet}!${c.cells[String(y)]} ${c.name} ${y} 年：${y - 1982}`));
    // and the same in English
    const en = await cli("rollover", src, "--year", String(to), "--out", out, "--force", "--lang", "en");
    expect(en.out).toContain(`Note: the ${from} return already held values for ${ahead.join(", ")} (${ahead.length} ${ahead.length === 1 ? "cell" : "cells"}), carried too; ${ahead.length === 1 ? "it is later than the year it reported on, so it was never sent or checked as that year's value" : "they are later than the year it reported on, so they were never sent or checked as that year's values"} (perhaps typed in the wrong column): check each one:\n  ${c.sheet}!${c.cells[String(ahead[0])]} ${c.name} ${ahead[0]}: ${ahead[0]! - 1982}\n`);
  });

  test("a typed percentage keeps its percent style and decimals", async () => {
    const t = template("zhoushan-2021-2025");
    const src = join(dir, "pct-2023.xlsx");
    const out = join(dir, "pct-2024.xlsx");
    await personReturn(src, [t], 2023);
    expect((await cli("rollover", src, "--year", "2024", "--out", out)).code).toBe(0);
    const nr = report(await gridOf(out));
    const a = nr.items.find((i) => t.kind === "indicators" && i.id === t.indicators[0]!.id)!;
    expect(valueAt(await gridOf(out), a.sheet, a.cells["2022"]!)).toEqual({ type: "number", value: 0.955, percentStyle: true });
  });

  test.each([
    ["the same year", (src: string, out: string) => ["rollover", src, "--year", "2023", "--out", out], 1, /已是 2023 年度的填报/],
    ["a year outside the plan", (src: string, out: string) => ["rollover", src, "--year", "2027", "--out", out], 1, /已于 2025 年结束，报告年份 2027 不在规划期内：2025 年的填报及其评估报告即为期末评估；2027 年起请先导入下一个规划期的指标表.*；未生成工作簿/],
    ["an existing --out without --force", (src: string) => ["rollover", src, "--year", "2024", "--out", src.replace("refuse-src", "refuse-there")], 1, /已存在/],
    ["the return itself as --out", (src: string) => ["rollover", src, "--year", "2024", "--out", src, "--force"], 1, /./],
    ["a workbook the add-in did not make", (_: string, out: string) => ["rollover", join(dir, "plain.xlsx"), "--year", "2024", "--out", out], 2, /不是本工具下发的填报表/],
    ["a file that is not there", (_: string, out: string) => ["rollover", join(dir, "none.xlsx"), "--year", "2024", "--out", out], 2, /none\.xlsx/],
  ])("refuses %s in one line and writes nothing", async (_, args, code, line) => {
    const src = join(dir, "refuse-src.xlsx");
    const out = join(dir, "refuse-out.xlsx");
    if (!existsSync(src)) await personReturn(src, [template("zhoushan-2021-2025")], 2023);
    writeFileSync(src.replace("refuse-src", "refuse-there"), "someone's file");
    if (!existsSync(join(dir, "plain.xlsx"))) {
      const ExcelJSModule = (await import("exceljs")).default as unknown as typeof ExcelJS;
      const wb = new ExcelJSModule.Workbook();
      wb.addWorksheet("Sheet1").getCell("A1").value = "hello";
      await wb.xlsx.writeFile(join(dir, "plain.xlsx"));
    }
    const before = readFileSync(src);
    const r = await cli(...args(src, out));
    expect(r.code).toBe(code);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(line);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(src).equals(before)).toBe(true);
    expect(readFileSync(src.replace("refuse-src", "refuse-there"), "utf8")).toBe("someone's file");
  });

  // a trial user's WPS return counted dates from 1904: 2.6 in a date-styled cell (shown 1904-01-03)
  // came out as 1464, the 1900-system serial of that day, and diff saw no change
  test.each<[string, boolean, number]>([
    ["a 1904-date workbook", true, 2.6],
    ["a 1904-date workbook, a whole day", true, 43646],
    ["a 1900-date workbook", false, 2.6],
  ])("%s: a number in a date style is carried as stored, in the same date system", async (_, date1904, stored) => {
    const t = template("zhoushan-2021-2025");
    const src = join(dir, `d1904-${String(date1904)}-${stored}.xlsx`);
    const out = src.replace(".xlsx", "-2024.xlsx");
    await personReturn(src, [t], 2023);
    const ExcelJSModule = (await import("exceljs")).default as unknown as typeof ExcelJS;
    const wb = new ExcelJSModule.Workbook();
    await wb.xlsx.readFile(src);
    wb.properties.date1904 = date1904;
    const item = report(await gridOf(src)).items.find((i) => i.id === (t.kind === "indicators" ? t.indicators[3]!.id : ""))!;
    const cell = wb.getWorksheet(item.sheet)!.getCell(item.cells["2022"]!);
    cell.value = stored;
    setNumFmt(cell, "yyyy-mm-dd");
    await wb.xlsx.writeFile(src);
    const was = valueAt(await gridOf(src), item.sheet, item.cells["2022"]!);
    expect(was).toMatchObject({ type: "date", serial: stored });
    expect((await cli("rollover", src, "--year", "2024", "--out", out)).code).toBe(0);
    const ng = await gridOf(out);
    expect(valueAt(ng, item.sheet, report(ng).items.find((i) => i.id === item.id)!.cells["2022"]!)).toEqual(was);
    expect((await cli("diff", src, out)).out).toMatch(/：0 处数值变化/);
  });

  // a trial: 慈城镇 inserted a 责任科室 column (经发办) beside the names; the new year's return has the template's
  // columns only, and the output said nothing. One line names each such column: sheet, letter, header, cells filled
  test.each([
    ["zh", "「SHEET」D 列「责任科室」（2 个单元格有内容）是填报单位自行添加的列，未带入新年度（新文件只有模板的列）；如仍需要，请在新文件中重新插入，并从原文件复制其内容"],
    ["en", "Columns added to the return are not carried into the new year (the new file has the template's columns only): \"SHEET\" column D \"责任科室\" (2 cells filled); if still needed, insert them again in the new file and copy their contents from the original"],
  ])("a column the town added is named as not carried (%s)", async (lang, line) => {
    const t = template("zhoushan-2021-2025");
    const src = join(dir, `added-col-${lang}.xlsx`);
    await personReturn(src, [t], 2023);
    const ExcelJSModule = (await import("exceljs")).default as unknown as typeof ExcelJS;
    const wb = new ExcelJSModule.Workbook();
    await wb.xlsx.readFile(src);
    const sheet = report(await gridOf(src)).items[0]!.sheet;
    const ws = wb.getWorksheet(sheet)!;
    ws.spliceColumns(4, 0, []);
    ws.getCell("D3").value = "责任科室";
    ws.getCell("D4").value = "经发办";
    ws.getCell("D6").value = "经发办";
    await wb.xlsx.writeFile(src);
    const r = await cli("rollover", src, "--year", "2024", "--out", join(dir, `added-col-${lang}-2024.xlsx`), "--lang", lang);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out.split("\n")).toContain(line.replace("SHEET", sheet));
    // the values still carried, by key, not by position
    expect(r.out).toMatch(lang === "zh" ? /带入 \d+ 个已填单元格/ : /\d+ filled cells carried/);
  });

  // a trial: 青山镇 typed notes under the last indicator row (A11 注：…, C11 填表人：张三); rollover said only
  // 带入 16 个已填单元格 and the new file had none of them. One line a sheet names such cells, never a column's twice
  const NOTE = "注：2023年地区生产总值为快报数，待统计局年报核定后更正。";
  const NOT_CARRIED = {
    zh: "未带入新年度（新文件只有模板的单元格）；如仍需要，请从原文件复制到新文件",
    en: "are not carried into the new year (the new file has the template's cells only); if still needed, copy them from the original into the new file",
  };
  test.each<[string, "zh" | "en", (ws: ExcelJS.Worksheet, below: number) => void, Array<string | RegExp>, RegExp | null]>([
    ["notes below the table", "zh", (ws, below) => { ws.getCell(`A${below}`).value = NOTE; ws.getCell(`C${below}`).value = "填表人：张三"; },
      ["「SHEET」表格以外的 A{1}、C{1} 有内容（如“注：2023年地区生产总值为快报数，待统…”），" + NOT_CARRIED.zh], null],
    ["notes below the table (en)", "en", (ws, below) => { ws.getCell(`A${below}`).value = NOTE; ws.getCell(`C${below}`).value = "填表人：张三"; },
      ["\"SHEET\": 2 cells outside the template's table are filled (A{1}, C{1}; such as \"注：2023年地区生产总值为快报数，待统…\") and " + NOT_CARRIED.en], null],
    ["a note above the header, beside the title", "zh", (ws) => { ws.getCell("H1").value = "单位：万元"; },
      ["「SHEET」表格以外的 H1 有内容（如“单位：万元”），" + NOT_CARRIED.zh], null],
    ["many notes: the first five named, all counted", "zh", (ws, below) => { for (let i = 0; i < 7; i++) ws.getCell(`B${below + i}`).value = `第${i + 1}条`; },
      ["「SHEET」表格以外的 B{1}、B{2}、B{3}、B{4}、B{5} 等 7 格有内容（如“第1条”），" + NOT_CARRIED.zh], null],
    ["nothing outside the table: no line", "zh", () => undefined, [], /表格以外/],
    ["an added column with a cell under the table: its own line only, not doubled", "zh", (ws, below) => {
      ws.spliceColumns(4, 0, []);
      ws.getCell("D3").value = "责任科室";
      ws.getCell("D4").value = "经发办";
      ws.getCell(`D${below}`).value = "经发办统一报送";
    }, ["「SHEET」D 列「责任科室」（2 个单元格有内容）是填报单位自行添加的列，未带入新年度（新文件只有模板的列）；如仍需要，请在新文件中重新插入，并从原文件复制其内容"], /表格以外/],
    ["an added column and a note beside it: one line each", "zh", (ws, below) => {
      ws.spliceColumns(4, 0, []);
      ws.getCell("D3").value = "责任科室";
      ws.getCell(`D${below}`).value = "经发办统一报送";
      ws.getCell(`C${below}`).value = "填表人：张三";
    }, [/「SHEET」D 列「责任科室」（1 个单元格有内容）是填报单位自行添加的列/, "「SHEET」表格以外的 C{1} 有内容（如“填表人：张三”），" + NOT_CARRIED.zh], null],
  ])("cells filled outside the table: %s", async (name, lang, edit, lines, absent) => {
    const src = join(dir, `loose-${name.length}-${lang}.xlsx`);
    await personReturn(src, [template("zhoushan-2021-2025")], 2023);
    const ExcelJSModule = (await import("exceljs")).default as unknown as typeof ExcelJS;
    const wb = new ExcelJSModule.Workbook();
    await wb.xlsx.readFile(src);
    const sheet = report(await gridOf(src)).items[0]!.sheet;
    const ws = wb.getWorksheet(sheet)!;
    // a blank row under the last indicator row, then the notes
    const below = (await gridOf(src)).sheets.find((x) => x.name === sheet)!.rows.length + 2;
    edit(ws, below);
    await wb.xlsx.writeFile(src);
    const r = await cli("rollover", src, "--year", "2024", "--out", join(dir, `loose-${name.length}-${lang}-2024.xlsx`), "--lang", lang);
    expect([r.code, r.err]).toEqual([0, ""]);
    const out = r.out.split("\n");
    for (const l of lines) {
      if (typeof l === "string") expect(out).toContain(l.replace("SHEET", sheet).replace(/\{(\d)\}/g, (_, i: string) => String(below + Number(i) - 1)));
      else expect(out.filter((x) => l.test(x.replace(sheet, "SHEET")))).toHaveLength(1);
    }
    if (absent) expect(r.out).not.toMatch(absent);
    expect(r.out).toMatch(lang === "zh" ? /带入 \d+ 个已填单元格/ : /\d+ filled cells carried/);
  });

  test("--lang en", async () => {
    const src = join(dir, "en-2023.xlsx");
    await personReturn(src, [template("zhoushan-2021-2025")], 2023);
    const r = await cli("rollover", src, "--year", "2024", "--out", join(dir, "en-2024.xlsx"), "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Wrote .*en-2024\.xlsx \(year 2024\): \d+ filled cells carried from .*en-2023\.xlsx \(year 2023\); the original is unchanged\n/);
    expect(r.out).toContain("Sheets the add-in did not make are not carried: 我的备注");
    expect(r.out).toContain("The 填报日期 (date), 单位负责人 (head's signature) and 审核人 (reviewer) on the 填报说明 sheet (the cover) are the year's own: 1 not carried");
    expect((await cli("rollover", src, "--year", "2023", "--out", join(dir, "x.xlsx"), "--lang", "en")).err).toMatch(/^Error: .* already reports on 2023; give another year with --year/);
  });
});

describe("excelInput: a read value written back reads the same", () => {
  test.each<[string, CellValue, string | undefined]>([
    ["a number", { type: "number", value: 12.5 }, undefined],
    ["a whole percentage", { type: "number", value: 0.95, percentStyle: true }, "0%"],
    ["a percentage with a decimal", { type: "number", value: 0.955, percentStyle: true }, "0.0%"],
    ["a percentage with float noise", { type: "number", value: 0.07 * 3, percentStyle: true }, "0%"],
    ["text", { type: "string", text: "95%" }, undefined],
    ["a boolean", { type: "boolean", value: true }, undefined],
    ["a date", { type: "date", iso: "2024-01-15", serial: 45306 }, "yyyy-mm-dd"],
    // 2.6 typed into a date-styled cell: the number stored, not the day shown, is what was typed
    ["a number in a date style", { type: "date", iso: "1900-01-02", serial: 2.6 }, "yyyy-mm-dd"],
    // trial 28a: a number in a time style (0.5 in h:mm shows 12:00) still shows a time once carried
    ["a number in a time style", { type: "date", iso: "1899-12-31", serial: 0.5, time: "12:00" }, "[h]:mm"],
    ["a number in a time style with seconds", { type: "date", iso: "1900-01-01", serial: 1.25, time: "30:00:00" }, "[h]:mm:ss"],
    ["an error", { type: "error", code: "#DIV/0!" }, undefined],
  ])("%s", async (_, v, numFmt) => {
    const x = excelInput(v)!;
    expect(x.numFmt).toBe(numFmt);
    const ExcelJSModule = (await import("exceljs")).default as unknown as typeof ExcelJS;
    const wb = new ExcelJSModule.Workbook();
    const cell = wb.addWorksheet("s").getCell("B2");
    cell.value = x.value;
    if (x.numFmt) setNumFmt(cell, x.numFmt);
    const g = await readXlsxZip(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer));
    expect(gridCell(g.sheets[0]!, 2, 2)).toEqual(v.type === "number" ? { ...v, value: v.value } : v);
  });

  test.each<[string, CellValue]>([["empty", { type: "empty" }], ["uncalculated", { type: "uncalculated" }]])("%s carries nothing", (_, v) => {
    expect(excelInput(v)).toBeNull();
  });
});
