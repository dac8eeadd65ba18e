/**
 * Issue 13: writing into a person's file never loses anything. review edits the package (every
 * other part byte for byte), every write is atomic and careful, every failure a person can
 * cause is one line with exit 2.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { cli } from "../support/cli";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { reviewWorkbook } from "../../src/cli/reviewWorkbook";
import { FileProblem } from "../../src/cli/FileProblem";
import { writeFileSafely } from "../../src/cli/writeFileSafely";
import { fileLink } from "../../src/cli/main";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { REVIEW_MARK, reviewSheet } from "../../src/sheet/reviewSheet";
import { putOwnSheet } from "../../src/hosts/xlsx/putOwnSheet";
import { emptyCounts } from "../../src/domain/Status";
import { checkGrid } from "../../src/sheet/checkGrid";
import { describeReturnSetProblem } from "../../src/sheet/describeReturnSetProblem";
import { convert } from "../support/libreoffice";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cellText } from "../../src/domain/CellValue";

const dir = mkdtempSync(join(tmpdir(), "safe-writes-"));
const zs = findTemplate("zhoushan-2021-2025") as Template;
let n = 0;

async function returnBytes(unit = "定海区", shift = 0): Promise<Buffer> {
  const wb = planToWorkbook(buildWorkbookPlan([zs], { year: 2023, reportingUnit: unit }));
  fillInputs(wb, sampleReturn(zs, 2023).map((e) => (typeof e.value === "number" ? { ...e, value: Math.round(e.value * (1 + shift) * 100) / 100 } : e)));
  return Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

async function fresh(name = "return.xlsx", bytes?: Buffer): Promise<string> {
  const sub = join(dir, `case${++n}`);
  mkdirSync(sub);
  const f = join(sub, name);
  writeFileSync(f, bytes ?? await returnBytes());
  return f;
}

async function parts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [p, f] of Object.entries(zip.files)) if (!f.dir) out.set(p, await f.async("nodebuffer"));
  return out;
}

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A return with what ExcelJS would drop: a person's own 审核 sheet holding a chart and a comment, and an x14 list validation in extLst. */
async function personsWorkbook(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await returnBytes());
  const file = async (p: string): Promise<string> => (await zip.file(p)!.async("string"));
  let wb = await file("xl/workbook.xml");
  let rels = await file("xl/_rels/workbook.xml.rels");
  let types = await file("[Content_Types].xml");
  wb = wb.replace("</sheets>", `<sheet name="审核" sheetId="90" r:id="rIdMine"/></sheets>`);
  rels = rels.replace("</Relationships>", `<Relationship Id="rIdMine" Type="${R}/worksheet" Target="worksheets/mine.xml"/></Relationships>`);
  types = types.replace("</Types>", `<Override PartName="/xl/worksheets/mine.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
    `<Override PartName="/xl/drawings/mydrawing.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>` +
    `<Override PartName="/xl/charts/mychart.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
    `<Override PartName="/xl/mycomments.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>` +
    (types.includes('Extension="vml"') ? "" : `<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>`) + "</Types>");
  zip.file("xl/workbook.xml", wb);
  zip.file("xl/_rels/workbook.xml.rels", rels);
  zip.file("[Content_Types].xml", types);
  zip.file("xl/worksheets/mine.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheetData>` +
    `<row r="1"><c r="A1" t="inlineStr"><is><t>我的笔记：核对定海区数据</t></is></c><c r="B1"><v>3</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>二季度</t></is></c><c r="B2"><v>5</v></c></row></sheetData>` +
    `<drawing r:id="rIdD"/><legacyDrawing r:id="rIdV"/></worksheet>`);
  zip.file("xl/worksheets/_rels/mine.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rIdD" Type="${R}/drawing" Target="../drawings/mydrawing.xml"/><Relationship Id="rIdV" Type="${R}/vmlDrawing" Target="../drawings/myvml.vml"/>` +
    `<Relationship Id="rIdC" Type="${R}/comments" Target="../mycomments.xml"/></Relationships>`);
  zip.file("xl/mycomments.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>张三</author></authors><commentList><comment ref="B1" authorId="0"><text><t>请复核</t></text></comment></commentList></comments>`);
  zip.file("xl/drawings/myvml.vml", `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`);
  zip.file("xl/drawings/mydrawing.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rIdChart"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`);
  zip.file("xl/drawings/_rels/mydrawing.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdChart" Type="${R}/chart" Target="../charts/mychart.xml"/></Relationships>`);
  zip.file("xl/charts/mychart.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>'审核'!$A$1:$A$2</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'审核'!$B$1:$B$2</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`);
  // an x14 list validation (as Excel writes one whose list is on another sheet) on the template sheet
  const sheet2 = "xl/worksheets/sheet2.xml";
  const xml = await file(sheet2);
  zip.file(sheet2, xml.replace("</worksheet>", `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">` +
    `<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>'审核'!$A$1:$A$2</xm:f></x14:formula1><xm:sqref>Z40</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const OURS_ALLOWED = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"]);

describe("review edits the package, not a re-serialisation", () => {
  test("chart, extLst validation, comment and a person's 审核 sheet: every other part byte-identical; ours is 审核(2); a second run changes only our sheet", async () => {
    const file = await fresh("persons.xlsx", await personsWorkbook());
    const before = await parts(readFileSync(file));
    const r = await cli("review", file);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain("审核(2)");
    const after = await parts(readFileSync(file));
    const added = [...after.keys()].filter((p) => !before.has(p));
    expect(added).toHaveLength(1);
    for (const [p, bytes] of before) {
      expect(after.has(p)).toBe(true);
      if (!OURS_ALLOWED.has(p)) expect({ p, same: after.get(p)!.equals(bytes) }).toEqual({ p, same: true });
    }
    const grid = await readXlsxZip(readFileSync(file));
    const names = grid.sheets.map((s) => s.name);
    expect(names).toContain("审核");
    expect(cellText(grid.sheets.find((s) => s.name === "审核")!.rows[0]![0]!)).toBe("我的笔记：核对定海区数据");
    expect(cellText(grid.sheets.find((s) => s.name === "审核(2)")!.rows[1]![0]!)).toBe(REVIEW_MARK);
    // the earlier content types, relationships and sheet list are kept as they were, ours added
    const wbXml = after.get("xl/workbook.xml")!.toString();
    expect(wbXml).toContain(`<sheet name="审核" sheetId="90" r:id="rIdMine"/>`);

    const r2 = await cli("review", file);
    expect(r2.code).toBe(0);
    const again = await parts(readFileSync(file));
    expect([...again.keys()].sort()).toEqual([...after.keys()].sort());
    const differ = [...again.keys()].filter((p) => !again.get(p)!.equals(after.get(p)!));
    expect(differ.every((p) => p === added[0])).toBe(true);
    // ExcelJS (what tests and scripts use) still opens it
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toContain("审核(2)");
  });
});

describe("the package edit on other writers' files, proven in LibreOffice", () => {
  test("a prefixed (<x:workbook>) package: ours added with the same prefix, every other part byte-identical; LibreOffice opens both files with every sheet", async () => {
    const bytes = readFileSync(join(__dirname, "../fixtures/review/x-prefixed-spreadsheetml.xlsx"));
    const report = { year: 2024, reportingUnit: "嵊泗县", templates: [], items: [], counts: emptyCounts(), problems: [] };
    const sheet = reviewSheet(report);
    const put = await putOwnSheet(bytes, sheet, {});
    expect(put.name).toBe("审核");
    const before = await parts(bytes);
    const after = await parts(put.bytes);
    for (const [p, b] of before) if (!OURS_ALLOWED.has(p)) expect({ p, same: after.get(p)?.equals(b) }).toEqual({ p, same: true });
    const wbXml = after.get("xl/workbook.xml")!.toString();
    expect(wbXml).toMatch(/<x:sheet name="审核" sheetId="4" r:id="rId\d+"\/><\/x:sheets>/);
    expect(wbXml).toContain(`<x:definedName name="_xlnm.Print_Titles" localSheetId="3">'审核'!$A:$C,'审核'!$1:$3</x:definedName>`);
    expect(after.get("xl/styles.xml")!.toString()).toMatch(/<x:cellXfs count="(2[89]|3\d)">/);
    const prefixed = join(dir, `prefixed${++n}.xlsx`);
    writeFileSync(prefixed, put.bytes);
    const persons = await fresh("persons-lo.xlsx", await personsWorkbook());
    expect((await cli("review", persons)).code).toBe(0);
    const [a, b] = convert([prefixed, persons], "xlsx", join(dir, `lo${n}`));
    const ga = await readXlsxZip(readFileSync(a!));
    expect(ga.sheets.map((x) => x.name)).toEqual(["填报说明", "嵊泗县七优享五年目标", "_plan_returns_meta", "审核"]);
    expect(cellText(ga.sheets[3]!.rows[0]![0]!)).toBe("2024年度审核（嵊泗县）");
    const gb = await readXlsxZip(readFileSync(b!));
    expect(gb.sheets.map((x) => x.name).filter((x) => x.startsWith("审核"))).toEqual(["审核", "审核(2)"]);
    expect(cellText(gb.sheets.find((x) => x.name === "审核(2)")!.rows[1]![0]!)).toBe(REVIEW_MARK);
    const lo = await JSZip.loadAsync(readFileSync(b!));
    expect(Object.keys(lo.files).filter((f) => /charts\/chart\d*\.xml$/.test(f))).toHaveLength(1);
    expect(Object.keys(lo.files).some((f) => /comments\d*\.xml$/.test(f))).toBe(true);
  }, 120_000);
});

describe("the 审核 sheet a reviewer works in", () => {
  async function rows(file: string): Promise<{ keys: string[]; data: string[][] }> {
    const g = await readXlsxZip(readFileSync(file));
    const s = g.sheets.find((x) => cellText(x.rows[1]?.[0] ?? { type: "empty" }) === REVIEW_MARK)!;
    return { keys: (s.rows[1] ?? []).map(cellText), data: s.rows.slice(3).map((r) => (r ?? []).map(cellText)) };
  }
  async function edit(file: string, f: (ws: ExcelJS.Worksheet, col: (k: string) => number) => void): Promise<void> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets.find((w) => w.getCell(2, 1).value === REVIEW_MARK)!;
    const keys: string[] = [];
    ws.getRow(2).eachCell((c, i) => { keys[i] = String(c.value); });
    f(ws, (k) => keys.indexOf(k));
    await wb.xlsx.writeFile(file);
  }

  test("one row per item with its 基期, 目标, 序时应达, statuses as check gives them; notes outside the decision columns kept; 待复核 shows old → new; 已消除 keeps its place and sheet", async () => {
    const file = await fresh();
    expect((await cli("review", file)).code).toBe(0);
    const json = JSON.parse((await cli("check", file, "--json")).out) as { items: Array<{ template: string; id: string; status: string }> };
    const first = await rows(file);
    const col = (k: string): number => first.keys.indexOf(k);
    const keys = first.data.map((r) => r[col("key")]).filter(Boolean) as string[];
    expect(new Set(keys).size).toBe(keys.length); // one row per item, never one per flag
    const labels: Record<string, string> = { met: "已达标", on_track: "符合序时进度", lagging: "滞后", severe: "严重滞后", missing: "未填报", invalid: "数据异常", manual: "待人工评估", not_applicable: "不适用" };
    for (const r of first.data.filter((x) => x[col("key")])) {
      const [t, id] = r[col("key")]!.split("|");
      expect(r[col("status")]).toBe(labels[json.items.find((i) => i.template === t && i.id === id)!.status]);
    }
    const lagging = first.data.find((r) => r[col("status")] === "滞后")!;
    expect(lagging[col("baseline")]).not.toBe("");
    expect(lagging[col("target")]).not.toBe("");
    expect(lagging[col("due")]).toMatch(/^\d/);
    const lagKey = lagging[col("key")]!;
    const severeRow = first.data.findIndex((r) => r[col("status")] === "严重滞后");
    const severeKey = first.data[severeRow]![col("key")]!;

    // the reviewer decides, adds a column of their own and a note under the table
    await edit(file, (ws, c) => {
      for (let r = 4; r <= ws.rowCount; r++) {
        const k = ws.getCell(r, c("key")).value;
        if (k === lagKey) { ws.getCell(r, c("decision")).value = "已说明"; ws.getCell(r, c("comment")).value = "受台风影响"; ws.getCell(r, 30).value = "电话核实"; }
        if (k === severeKey) ws.getCell(r, c("decision")).value = "退回修改";
      }
      ws.getCell(3, 30).value = "我的备注";
      ws.getCell(ws.rowCount + 3, 2).value = "整体意见：数据基本可信";
    });
    expect((await cli("review", file)).code).toBe(0);
    const second = await rows(file);
    const c2 = (k: string): number => second.keys.indexOf(k);
    const lag2 = second.data.find((r) => r[c2("key")] === lagKey)!;
    expect(lag2[c2("decision")]).toBe("已说明");
    expect(lag2[c2("review")]).toBe("有效");
    expect(lag2[c2("extra:我的备注")]).toBe("电话核实");
    expect(second.data.some((r) => r.includes("整体意见：数据基本可信"))).toBe(true);

    // the filer changes the lagging value (待复核, old → new) and fixes the severe one to met (已消除)
    const [, lagId] = lagKey.split("|");
    const [, sevId] = severeKey.split("|");
    // 当年值 of a running total reads 累计 8.4（2023 年 4.2）: the year's own amount is the cell's
    const shown = lagging[col("value")]!;
    const oldValue = /（\d+ 年 (.+)）$/.exec(shown)?.[1] ?? shown;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(fillInputs(wb, [{ template: zs.id, id: lagId!, key: "in:2023", value: Number(oldValue) + 0.01 }, { template: zs.id, id: sevId!, key: "in:2023", value: 1e6 }])).toEqual([]);
    await wb.xlsx.writeFile(file);
    const r3 = await cli("review", file);
    expect(r3.code).toBe(0);
    const third = await rows(file);
    const c3 = (k: string): number => third.keys.indexOf(k);
    const lag3 = third.data.find((r) => r[c3("key")] === lagKey)!;
    expect(lag3[c3("review")]).toBe("待复核");
    expect(lag3[c3("change")]).toBe(`${oldValue} → ${Number(oldValue) + 0.01}`);
    expect(lag3[c3("extra:我的备注")]).toBe("电话核实");
    const sev3Row = third.data.findIndex((r) => r[c3("key")] === severeKey);
    const sev3 = third.data[sev3Row]!;
    if (sev3[c3("review")] === "已消除") {
      expect(sev3[c3("sheet")]).toBe(first.data[severeRow]![col("sheet")]);
      expect(sev3[c3("decision")]).toBe("退回修改");
    } else {
      // 1e6 is still flagged (scale check): the decision stays, now 待复核
      expect(sev3[c3("review")]).toBe("待复核");
    }
    expect(sev3Row).toBe(severeRow);
  });
});

describe("a 审核 sheet of the earlier layout (one row per flag, written by ExcelJS)", () => {
  test("its decisions move to the item's one row; the fingerprint still matches (有效)", async () => {
    const file = await fresh();
    const checked = checkGrid(await readXlsxZip(readFileSync(file)));
    if (!checked.ok) throw new Error(checked.message);
    const lag = checked.report.items.find((i) => i.status === "lagging")!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.addWorksheet("审核");
    const keys = [REVIEW_MARK, "cell", "name", "value", "status", "issue", "note", "decision", "comment", "reviewer", "date", "review", "key", "fingerprint"];
    keys.forEach((k, i) => { ws.getCell(2, i + 1).value = k; });
    const base = `${lag.template}|${lag.id}|2023`;
    [[`${base}|status`, `${lag.value}|lagging`, "通过", "", "李四"], [`${base}|lagging_no_note|${lag.cells["2023"]}`, `|${lag.value}|lagging`, "", "已电话核实", ""]].forEach(([key, fp, decision, comment, reviewer], r) => {
      const row = ws.getRow(4 + r);
      row.getCell(13).value = key!; row.getCell(14).value = fp!; row.getCell(8).value = decision!; row.getCell(9).value = comment!; row.getCell(10).value = reviewer!;
    });
    await wb.xlsx.writeFile(file);
    const r = await cli("review", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain("「审核」"); // our earlier sheet, found by its mark, keeps its name
    const g = await readXlsxZip(readFileSync(file));
    const s2 = g.sheets.find((x) => x.name === "审核")!;
    const k = (s2.rows[1] ?? []).map(cellText);
    const rows = s2.rows.slice(3).map((row) => (row ?? []).map(cellText)).filter((row) => row[k.indexOf("key")] === base);
    expect(rows).toHaveLength(1);
    expect(rows[0]![k.indexOf("decision")]).toBe("通过");
    expect(rows[0]![k.indexOf("comment")]).toBe("已电话核实");
    expect(rows[0]![k.indexOf("reviewer")]).toBe("李四");
    expect(rows[0]![k.indexOf("review")]).toBe("有效");
    expect(rows[0]![k.indexOf("change")]).toBe("");
  });
});

describe("atomic, careful writes", () => {
  const temps = (f: string): string[] => readdirSync(resolve(f, "..")).filter((x) => x.endsWith(".tmp"));

  test("a change saved during review: refused and named, the other change kept, no temp file", async () => {
    const file = await fresh();
    let saved: Buffer | null = null;
    const run = reviewWorkbook(file, file, { write: { beforeCommit: async () => { saved = Buffer.concat([readFileSync(file), Buffer.from("x")]); writeFileSync(file, saved); } } });
    await expect(run).rejects.toThrow(FileProblem);
    await run.catch((e: FileProblem) => { expect(e.data).toMatchObject({ code: "changed", file }); expect(e.message).toContain(file); });
    expect(readFileSync(file).equals(saved!)).toBe(true);
    expect(temps(file)).toEqual([]);
  });

  test.each([["ENOSPC", "磁盘空间不足"], ["EIO", "读写文件失败"], ["EACCES", "没有写入权限"], ["EPERM", "没有写入权限"], ["EROFS", "只读"]])("a write failing mid-way with %s: original intact, no temp file, one line", async (code, words) => {
    const file = await fresh();
    const before = readFileSync(file);
    const { open } = await import("node:fs/promises");
    const failing: typeof open = (async (...a: Parameters<typeof open>) => {
      const h = await open(...a);
      let calls = 0;
      const write = h.write.bind(h) as (...x: unknown[]) => Promise<{ bytesWritten: number }>;
      (h as unknown as { write: unknown }).write = async (buf: Buffer, off: number, len: number) => {
        if (++calls > 1) throw Object.assign(new Error(`${code}: failed`), { code });
        return write(buf, off, Math.min(len, 1000));
      };
      return h;
    }) as typeof open;
    const err = await reviewWorkbook(file, file, { write: { io: { open: failing } } }).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(FileProblem);
    expect((err as FileProblem).message).toContain(words);
    expect((err as FileProblem).message.split("\n")).toHaveLength(1);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(temps(file)).toEqual([]);
  });

  test("kill -9 during a write: the original intact; the next write sweeps the temp file", async () => {
    const file = await fresh();
    const before = readFileSync(file);
    const script = `const { writeFileSafely } = require(${JSON.stringify(resolve("src/cli/writeFileSafely.ts"))});
      writeFileSafely(${JSON.stringify(file)}, Buffer.alloc(200000, 7), { force: true, beforeCommit: () => { process.stdout.write("ready\\n"); return new Promise(() => setInterval(() => 0, 1000)); } });`;
    const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((ok, fail) => {
      child.stdout.on("data", (d: Buffer) => { if (d.toString().includes("ready")) ok(); });
      child.on("exit", () => fail(new Error("child ended before it was killed")));
    });
    const gone = new Promise((ok) => child.on("exit", ok));
    child.kill("SIGKILL");
    await gone;
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(temps(file)).toHaveLength(1); // left by the killed process…
    await writeFileSafely(join(resolve(file, ".."), "other.xlsx"), Buffer.from("x"));
    expect(temps(file)).toEqual([]); // …and swept by the next write into the folder
  }, 60_000);

  test("permissions kept (0600 and 0640); a read-only file refused", async () => {
    for (const mode of [0o600, 0o640]) {
      const file = await fresh();
      chmodSync(file, mode);
      expect((await cli("review", file)).code).toBe(0);
      expect(statSync(file).mode & 0o777).toBe(mode);
    }
    const file = await fresh();
    chmodSync(file, 0o444);
    const before = readFileSync(file);
    const r = await cli("review", file);
    expect(r.code).toBe(2);
    expect(r.err).toContain("只读");
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test("a symlink's target is updated, the link kept", async () => {
    const real = await fresh("real.xlsx");
    const link = join(resolve(real, ".."), "link.xlsx");
    symlinkSync(real, link);
    expect((await cli("review", link)).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(realpathSync(link)).toBe(realpathSync(real));
    const g = await readXlsxZip(readFileSync(real));
    expect(g.sheets.map((s) => s.name)).toContain("审核");
  });

  test("--out onto an existing file needs --force; onto an input never; a name taken during the build is not overwritten", async () => {
    const file = await fresh();
    const other = join(resolve(file, ".."), "other.xlsx");
    writeFileSync(other, "mine");
    const r1 = await cli("review", file, "--out", other);
    expect(r1.code).toBe(1);
    expect(r1.err).toContain("--force");
    expect(readFileSync(other, "utf8")).toBe("mine");
    expect((await cli("review", file, "--out", other, "--force")).code).toBe(0);
    const input = readFileSync(file);
    const s = await cli("summary", file, "--out", file, "--force");
    expect(s.code).toBe(1);
    expect(s.err).toContain("输入文件");
    expect(readFileSync(file).equals(input)).toBe(true);
    const tpl = join(resolve(file, ".."), "t.json");
    writeFileSync(tpl, JSON.stringify(zs));
    const t = await cli("template", "--from", tpl, "--year", "2023", "--out", tpl, "--force");
    expect(t.code).toBe(1);
    expect(JSON.parse(readFileSync(tpl, "utf8"))).toEqual(JSON.parse(JSON.stringify(zs)));
    // a file appearing under the name while the new one is built
    const late = join(resolve(file, ".."), "late.xlsx");
    const err = await writeFileSafely(late, Buffer.from("new"), { beforeCommit: () => writeFileSync(late, "theirs") }).catch((e: unknown) => e);
    expect((err as FileProblem).data.code).toBe("appeared");
    expect(readFileSync(late, "utf8")).toBe("theirs");
    expect(temps(late)).toEqual([]);
  });

  test("summary refuses the same return twice, by content (another name, 填报单位 blanked), naming both files", async () => {
    const a = await fresh("定海.xlsx", await returnBytes("定海区"));
    const b = join(resolve(a, ".."), "copy-of-定海.xlsx");
    writeFileSync(b, await returnBytes(""));
    const c = join(resolve(a, ".."), "普陀.xlsx");
    writeFileSync(c, await returnBytes("普陀区", -0.05));
    for (const lang of ["zh", "en"] as const) {
      const r = await cli("summary", a, c, b, "--out", join(resolve(a, ".."), "s.xlsx"), "--lang", lang);
      expect(r.code).toBe(1);
      expect(r.err).toBe(describeReturnSetProblem({ code: "duplicate_return", params: { file: b, other: a } }, lang) + "\n");
    }
    expect((await cli("summary", a, c, "--out", join(resolve(a, ".."), "s.xlsx"))).code).toBe(0);
  });

  test("the pane's 汇总所选文件 refuses the same return twice too", async () => {
    const { consolidationSummary } = await import("../../src/ui/shared/summaryPlans");
    const a = await readXlsxZip(await returnBytes("定海区"));
    const b = await readXlsxZip(await returnBytes(""));
    const c = await readXlsxZip(await returnBytes("普陀区", -0.05));
    // the values of 定海区 under a cover naming 岱山县: two units' returns, both summed (trial35 M2)
    expect(consolidationSummary([{ file: "定海区.xlsx", grid: a }, { file: "岱山县.xlsx", grid: await readXlsxZip(await returnBytes("岱山县")) }], { sheets: [], names: {} }).ok).toBe(true);
    const r = consolidationSummary([{ file: "定海区.xlsx", grid: a }, { file: "普陀区.xlsx", grid: c }, { file: "副本.xlsx", grid: b }], { sheets: [], names: {} });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toEqual({ code: "duplicate_return", params: { file: "副本.xlsx", other: "定海区.xlsx" } });
    expect(consolidationSummary([{ file: "定海区.xlsx", grid: a }, { file: "普陀区.xlsx", grid: c }], { sheets: [], names: {} }).ok).toBe(true);
  });

  test("demo never overwrites a blank filled in place: the new one is written beside it", async () => {
    const out = join(dir, "demo");
    expect((await cli("demo", "--out", out)).code).toBe(0);
    const blank = join(out, "zhoushan-2021-2025-blank.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(blank);
    fillInputs(wb, sampleReturn(zs, 2023).slice(0, 3));
    await wb.xlsx.writeFile(blank);
    const filled = readFileSync(blank);
    const r = await cli("demo", "--out", out);
    expect(r.code).toBe(0);
    expect(readFileSync(blank).equals(filled)).toBe(true);
    expect(existsSync(join(out, "zhoushan-2021-2025-blank(2).xlsx"))).toBe(true);
    expect(r.out).toContain("未覆盖");
  }, 60_000);
});

describe("every failure a person can cause: one line, exit 2", () => {
  const oneLine = (r: { err: string }): void => {
    expect(r.err.trimEnd().split("\n")).toHaveLength(1);
    expect(r.err).not.toMatch(/\n\s+at /);
  };
  const cases: Array<[string, () => Promise<string[]>, string]> = [
    ["input missing", async () => ["review", join(dir, "no-such.xlsx")], "不存在"],
    ["output's parent is a file", async () => { const f = await fresh(); return ["template", zs.id, "--year", "2023", "--out", join(f, "sub", "x.xlsx")]; }, "上级是一个文件"],
    ["output is a folder", async () => { const d = join(dir, `folder${++n}`); mkdirSync(d); return ["template", zs.id, "--year", "2023", "--out", d, "--force"]; }, "文件夹"],
    ["template years not increasing", async () => { const f = join(dir, `years${++n}.json`); writeFileSync(f, JSON.stringify({ ...zs, baselineYear: 2025 })); return ["template", "--from", f, "--year", "2023", "--out", join(dir, `y${n}.xlsx`)]; }, "目标年份应晚于基期年份"],
    ["review --out into a folder of a file", async () => { const f = await fresh(); return ["review", f, "--out", join(f, "x.xlsx")]; }, "上级是一个文件"],
    ["read-only return", async () => { const f = await fresh(); chmodSync(f, 0o444); return ["review", f]; }, "只读"],
  ];
  test.each(cases)("%s", async (_name, setup, words) => {
    const args = await setup();
    const r = await cli(...args);
    expect(r.code).toBe(2);
    oneLine(r);
    expect(r.err).toContain(words);
    const en = await cli(...args, "--lang", "en");
    expect(en.code).toBe(2);
    oneLine(en);
    expect(en.err).not.toMatch(/[\u4e00-\u9fff]/);
  });

  test("an internal error: one line, exit 3; its stack only with --debug", async () => {
    const catalogModule = await import("../../src/templates/catalog");
    const spy = jest.spyOn(catalogModule, "findTemplate").mockImplementation(() => { throw new TypeError("boom"); });
    try {
      const r = await cli("template", zs.id, "--year", "2023", "--out", join(dir, `boom${++n}.xlsx`));
      expect(r.code).toBe(3);
      expect(r.err).toBe("内部错误：boom（加 --debug 可查看详情）\n");
      const d = await cli("template", zs.id, "--year", "2023", "--out", join(dir, `boom${++n}.xlsx`), "--debug");
      expect(d.code).toBe(3);
      expect(d.err).toMatch(/\n\s+at /);
    } finally {
      spy.mockRestore();
    }
  });

  test("sheet names colliding with History, the metadata sheet or another only in case: written under free names", async () => {
    const a = { ...zs, id: "a-history", region: "Hist", source: { ...zs.source, table: "ory" } };
    const b = { ...zs, id: "b-meta", region: "_plan_returns", source: { ...zs.source, table: "_META" } };
    const c = { ...zs, id: "c-case", region: "hist", source: { ...zs.source, table: "ORY" } };
    const files = [a, b, c].map((t) => { const f = join(dir, `${t.id}.json`); writeFileSync(f, JSON.stringify(t)); return f; });
    const out = join(dir, `names${++n}.xlsx`);
    const r = await cli("template", "--from", ...files, "--year", "2023", "--out", out);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const names = (await readXlsxZip(readFileSync(out))).sheets.map((s) => s.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain("history");
    expect((await cli("check", out, "--json")).code).toBe(0);
  });
});

describe("terminal and links", () => {
  test("check never passes a cell's control characters to the terminal", async () => {
    const wb = planToWorkbook(buildWorkbookPlan([zs], { year: 2023, reportingUnit: "\u001b]0;pwned\u0007定海\u009b31m" }));
    fillInputs(wb, [{ template: zs.id, id: zs.kind === "indicators" ? zs.indicators[0]!.id : "", key: "in:2023", value: "\u001b[2J\u001b[31m约5\u009b1m" }]);
    const f = join(dir, `ctl${++n}.xlsx`);
    await wb.xlsx.writeFile(f);
    for (const args of [[], ["--all"], ["--json"], ["--lang", "en"]]) {
      const r = await cli("check", f, ...args);
      expect(r.code).toBe(0);
      // eslint-disable-next-line no-control-regex
      expect(r.out + r.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    const doc = JSON.parse((await cli("check", f, "--json")).out) as { items: Array<{ issues: Array<{ message: string }> }> };
    // the data is kept in the JSON, escaped: only the terminal never sees the raw characters
    expect(doc.items.some((i) => i.issues.some((x) => x.message.includes("约5\u009b1m")))).toBe(true);
  });

  test.each([
    ["a#b.xlsx", "./a%23b.xlsx#'S'!K6"],
    ["javascript:alert(1).xlsx", "./javascript%3Aalert(1).xlsx#'S'!K6"],
    ["http:x.xlsx", "./http%3Ax.xlsx#'S'!K6"],
    ["50%.xlsx", "./50%25.xlsx#'S'!K6"],
    ["sub/定海 区.xlsx", "./sub/%E5%AE%9A%E6%B5%B7%20%E5%8C%BA.xlsx#'S'!K6"],
    ["../up.xlsx", "../up.xlsx#'S'!K6"],
  ])("summary link to %s", (file, link) => {
    expect(fileLink("/base", join("/base", file), "S", "K6")).toBe(link);
  });
});

/** A real small or read-only file system (a tmpfs; needs root, as in CI here). */
function mount(dirName: string, opts: string): boolean {
  const r = spawnSync("mount", ["-t", "tmpfs", "-o", opts, "tmpfs", dirName]);
  return r.status === 0;
}
const canMount = process.getuid?.() === 0 && (() => { const d = mkdtempSync(join(tmpdir(), "mnt-probe-")); const ok = mount(d, "size=64k"); if (ok) spawnSync("umount", [d]); return ok; })();

(canMount ? describe : describe.skip)("as root: a real full disk, a read-only disk (tmpfs), a folder another user may not write", () => {
  const mounted: string[] = [];
  afterAll(() => { for (const d of mounted) spawnSync("umount", [d]); });

  test("review on a full disk: exit 2, one line, original intact, no temp file", async () => {
    const bytes = await returnBytes();
    const d = mkdtempSync(join(tmpdir(), "full-"));
    expect(mount(d, `size=${bytes.length + 16 * 1024}`)).toBe(true);
    mounted.push(d);
    const f = join(d, "return.xlsx");
    writeFileSync(f, bytes);
    const r = await cli("review", f);
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split("\n")).toHaveLength(1);
    expect(r.err).toContain("磁盘空间不足");
    expect(readFileSync(f).equals(bytes)).toBe(true);
    expect(readdirSync(d)).toEqual(["return.xlsx"]);
    // template and summary onto the full disk: the same
    const t = await cli("template", zs.id, "--year", "2023", "--out", join(d, "new.xlsx"));
    expect(t.code).toBe(2);
    expect(readdirSync(d)).toEqual(["return.xlsx"]);
  });

  test("a folder the user may not write (run as nobody): exit 2, one line, nothing left behind", async () => {
    const d = mkdtempSync(join(tmpdir(), "noaccess-"));
    chmodSync(d, 0o755);
    const f = join(d, "return.xlsx");
    writeFileSync(f, await returnBytes());
    chmodSync(f, 0o644);
    const before = readFileSync(f);
    for (const args of [["template", zs.id, "--year", "2023", "--out", join(d, "x.xlsx")], ["review", f]]) {
      const r = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", resolve("src/cli/main.ts"), ...args], { uid: 65534, gid: 65534, encoding: "utf8", cwd: resolve(".") });
      expect(r.status).toBe(2);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain("没有写入权限");
    }
    expect(readFileSync(f).equals(before)).toBe(true);
    expect(readdirSync(d)).toEqual(["return.xlsx"]);
  }, 60_000);

  test("a read-only disk: exit 2, one line", async () => {
    const d = mkdtempSync(join(tmpdir(), "ro-"));
    expect(mount(d, "size=1m,ro")).toBe(true);
    mounted.push(d);
    const r = await cli("template", zs.id, "--year", "2023", "--out", join(d, "x.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err.trimEnd().split("\n")).toHaveLength(1);
    expect(r.err).toContain("只读");
  });
});
