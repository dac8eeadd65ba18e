import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflate } from "pako";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { toBase64 } from "../../src/sheet/base64";
import { META_SHEET } from "../../src/sheet/keys";
import { readMetaChunks } from "../../src/sheet/metaSheet";
import { cli } from "../support/cli";
import { convert } from "../support/libreoffice";

/**
 * trial36 T1 through the CLI: a plan table imported (`交通运输碳排放强度 | % | 100 | ≤95`, an index on 2020=100), its
 * return made by `template --from`, 101 typed for 2023 and recalculated by LibreOffice, then `check --json`. The index
 * row is graded (严重滞后: worse than its base year), where it was 数据异常 (百分比应在 0–100 之间); a share (60 → 80)
 * still refuses 101. A return made with sheet rules 14 keeps its old hidden bound (100) until refreshed or rolled over:
 * its status cell shows 数据异常, and check says once that the workbook was made with earlier rules (rules_outdated),
 * never that the cell was typed over.
 */
interface Item { id: string; status: string; issues: Array<{ code: string; severity: string }> }
interface Report { items: Item[]; problemCodes: Array<{ code: string; params?: Record<string, unknown> }> }

const dir = mkdtempSync(join(tmpdir(), "index-pct-check-"));
const VALUES: Record<string, number> = { r01: 101, r02: 101, r03: 102.3 };
const reports = new Map<"current" | "rules 14", Report>();

beforeAll(async () => {
  const table = join(__dirname, "../fixtures/tables/trial36/t1-index.txt");
  const json = join(dir, "t1.json");
  expect((await cli("import", table, "--out", json)).code).toBe(0);
  const made = join(dir, "made.xlsx");
  expect((await cli("template", "--from", json, "--year", "2023", "--out", made)).code).toBe(0);
  const id = (JSON.parse(readFileSync(json, "utf8")) as { id: string }).id;
  const files: string[] = [];
  for (const older of [false, true]) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(made);
    expect(fillInputs(wb, Object.entries(VALUES).map(([row, value]) => ({ template: id, id: row, key: "in:2023", value })))).toEqual([]);
    if (older) olderRules(wb);
    const f = join(dir, older ? "rules14.xlsx" : "current.xlsx");
    await wb.xlsx.writeFile(f);
    files.push(f);
  }
  const [current, rules14] = convert(files, "xlsx", join(dir, "recalculated"));
  for (const [name, f] of [["current", current], ["rules 14", rules14]] as const) {
    const r = await cli("check", f ?? "", "--json");
    reports.set(name, JSON.parse(r.out) as Report);
  }
}, 240_000);

/** What sheet rules 14 wrote: the metadata's rules, and the hidden upper bound of every % row at 100. */
function olderRules(wb: ExcelJS.Workbook): void {
  const meta = wb.getWorksheet(META_SHEET);
  if (!meta) throw new Error("meta");
  const chunks: unknown[] = [];
  for (let r = 3; r <= meta.rowCount; r++) chunks.push(meta.getCell(r, 1).value);
  const m = JSON.parse(readMetaChunks(chunks)) as { rules?: number };
  m.rules = 14;
  const packed = toBase64(deflate(JSON.stringify(m)));
  for (let r = 3; r <= meta.rowCount; r++) meta.getCell(r, 1).value = null;
  meta.getCell(3, 1).value = packed;
  for (const ws of wb.worksheets) {
    let hi = 0;
    ws.getRow(2).eachCell((c, n) => { if (c.value === "hi") hi = n; });
    if (hi === 0) continue;
    for (let r = 4; r <= ws.rowCount; r++) if (Number(ws.getCell(r, hi).value) > 100) ws.getCell(r, hi).value = 100;
  }
}

describe("check --json on a CLI-made return with a % index row", () => {
  // a status cell LibreOffice computed otherwise than the check would be status_overwritten on the row (current rules)
  test.each<["current" | "rules 14", string, string, string[]]>([
    ["current", "r01", "severe", []],
    ["current", "r03", "met", []],
    ["current", "r02", "invalid", ["percent_out_of_range"]],
    ["rules 14", "r01", "severe", []],
    ["rules 14", "r03", "met", []],
    ["rules 14", "r02", "invalid", ["percent_out_of_range"]],
  ])("%s: %s is %s, errors %j, its status cell never said typed over", (made, id, status, errors) => {
    const item = reports.get(made)?.items.find((i) => i.id === id);
    expect(item?.status).toBe(status);
    expect(item?.issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual(errors);
  });

  test.each<["current" | "rules 14", string[]]>([
    ["current", []],
    // 数据异常 in N4 and N6: what the rules-14 formulas give for 101 and 102.3, said once for the sheet
    ["rules 14", ["N4\nN6"]],
  ])("%s: rules_outdated names the cells the older bound decides, once", (made, cells) => {
    const problems = reports.get(made)?.problemCodes ?? [];
    expect(problems.filter((p) => p.code === "rules_outdated").map((p) => p.params?.["cells"])).toEqual(cells);
  });
});
