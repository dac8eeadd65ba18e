import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { cellText } from "../../src/domain/CellValue";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { LEDGER_SHEET } from "../../src/cycle/ledgerSheet";
import { findTemplate } from "../../src/templates/catalog";
import type { IndicatorTemplate, Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

/**
 * A manager's trial (session 35, M1, M5, M6, M7): after a mid-term amendment one county held the amended
 * form (its template records the change, as rollover --from writes it) and three the old one. summary and
 * report kept the old version (most units') and set aside the amended return. Now the amended version is
 * current whatever its count: the old-version files are named as from before the amendment with the fix
 * (rollover --year Y --from, the same year, which now works), check on the folder says so, and the ledger
 * chases those counties to 换现行版本, not 催报.
 */
const dir = mkdtempSync(join(tmpdir(), "amended-current-"));
const zs = findTemplate("zhoushan-2021-2025") as IndicatorTemplate;
const first = zs.indicators[0]!;
const OLD: Template = zs;
// imported again with the same id: a row dropped, one added, one target changed; the return's copy records the change
const PLAN: IndicatorTemplate = { ...zs, indicators: [{ ...first, target: "99" }, ...zs.indicators.slice(1).filter((d) => d.id !== "zs21-02"), { ...zs.indicators[2]!, id: "zs21-99", name: "城镇新增就业(万人)" }] };
const AMENDED: Template = { ...PLAN, indicators: PLAN.indicators.map((d, i) => (i === 0 ? { ...d, revisions: [{ year: 2023, target: { from: first.target ?? "", to: "99" } }] } : d)) };
const UNITS: Array<[string, Template]> = [["定海区", AMENDED], ["普陀区", OLD], ["岱山县", OLD], ["嵊泗县", OLD]];
const OLD_UNITS = UNITS.filter(([, t]) => t === OLD).map(([u]) => u);
let got = "";
let ledger = "";

beforeAll(async () => {
  got = join(dir, "收到");
  mkdirSync(got, { recursive: true });
  writeFileSync(join(dir, "plan.json"), JSON.stringify(PLAN));
  // the ledger of the year, for every county, as the amending rollover --from writes it
  writeFileSync(join(dir, "amended.json"), JSON.stringify(AMENDED));
  expect((await cli("distribute", join(dir, "amended.json"), "--year", "2023", "--units", UNITS.map(([u]) => u).join(","), "--deadline", "2024-01-31", "--out-dir", join(dir, "下发"))).err).toBe("");
  ledger = join(dir, "下发", "报送台账.xlsx");
  for (const [i, [unit, t]] of UNITS.entries()) {
    const file = join(dir, `${unit}.json`);
    writeFileSync(file, JSON.stringify(t));
    const out = join(dir, `下发${i}`);
    expect((await cli("distribute", file, "--year", "2023", "--units", unit, "--deadline", "2024-01-31", "--out-dir", out)).err).toBe("");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, `2023-${unit}.xlsx`));
    fillInputs(wb, sampleReturn(t, 2023).map((e) => (typeof e.value === "number" ? { ...e, value: e.value + i * 0.1 } : e)));
    await wb.xlsx.writeFile(join(got, `2023-${unit}.xlsx`));
  }
}, 90000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Json { skipped?: Array<{ unit?: string; reason: string; version?: { superseded?: number } }>; ledger?: Array<{ unit: string; chase: string[] }> }

describe("the amended version is current however few units hold it", () => {
  test.each(["summary", "report"])("%s sums the amended return and names the old ones as from before the amendment (M1)", async (cmd) => {
    const r = await cli(cmd, got, "--ledger", ledger, "--json", ...(cmd === "summary" ? ["--as-of", "2024-02-15"] : []));
    expect([r.code, r.err]).toEqual([0, ""]);
    const doc = JSON.parse(r.out) as Json;
    expect((doc.skipped ?? []).map((x) => [x.unit, x.reason, x.version?.superseded]).sort()).toEqual(OLD_UNITS.map((u) => [u, "other_version", 2023]).sort());
  }, 60000);

  test.each<["zh" | "en", RegExp]>([
    ["zh", /^普陀区：收到的文件无法汇总（是「[^」]+」2023 年中期调整前的旧版本：与调整后的现行版本相比少了 城镇新增就业\(万人\).*），请用 rollover "该文件" --year "该文件的年度" --from "调整后的模板\.json" --out "新文件" 转到现行版本/m],
    ["en", /^普陀区: .*the version of "[^"]+" from before its mid-term amendment \(2023\): against the amended, current version it lacks "城镇新增就业\(万人\)".*rollover "file" --year "its own year" --from/m],
  ])("summary's line names the old form and the fix (%s)", async (lang, line) => {
    const r = await cli("--lang", lang, "summary", got, "--ledger", ledger, "--as-of", "2024-02-15");
    expect(r.out).toMatch(line);
    expect(r.out).not.toMatch(/定海区[：:] ?(收到的文件无法汇总|the file received)/);
  }, 60000);

  test.each<["zh" | "en", string]>([
    ["zh", "汇总和评估时不计入："],
    ["en", "Set aside by summary and report: "],
  ])("check on the folder names each old-version file (M6, %s)", async (lang, head) => {
    const r = await cli("--lang", lang, "check", got);
    const named = r.out.split("\n").filter((l) => l.startsWith(head)).map((l) => /2023-(\S+?)\.xlsx/.exec(l)?.[1]);
    expect(named.sort()).toEqual([...OLD_UNITS].sort());
  }, 60000);

  test("the ledger chases the old-version counties to 换现行版本, not 催报 (M7)", async () => {
    const out = join(dir, "汇总.xlsx");
    const r = await cli("summary", got, "--ledger", ledger, "--as-of", "2024-02-15", "--out", out, "--force");
    expect(r.code).toBe(0);
    const doc = JSON.parse((await cli("summary", got, "--ledger", ledger, "--as-of", "2024-02-15", "--json")).out) as Json;
    expect(Object.fromEntries((doc.ledger ?? []).map((x) => [x.unit, x.chase]))).toEqual({ 定海区: expect.not.arrayContaining(["not_sent", "resend"]) as unknown, ...Object.fromEntries(OLD_UNITS.map((u) => [u, ["resend"]])) });
    const g = await readXlsxZip(readFileSync(out));
    const rows = g.sheets.find((x) => x.name === LEDGER_SHEET)!.rows.map((row) => (row ?? []).map((c) => (c ? cellText(c) : "")));
    for (const u of OLD_UNITS) {
      const row = rows.find((x) => x[1]?.startsWith(u));
      expect(row?.[row.length - 1]).toBe("换现行版本");
      // the 催报 list's line says what to do with the file, not that nothing came
      expect(rows.some((x) => x[1] === u && x[2] === "换现行版本" && /rollover/.test(x[3] ?? ""))).toBe(true);
    }
  }, 90000);

  test("rollover --year of the same year --from the amended template moves an old return onto it, values kept (M5)", async () => {
    const conv = join(dir, "转换", "2023-普陀区.xlsx");
    const r = await cli("rollover", join(got, "2023-普陀区.xlsx"), "--year", "2023", "--from", join(dir, "plan.json"), "--out", conv);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toMatch(/仍是 2023 年度的填报，已转到调整后的版本/);
    // on the amended version now: summed with 定海区, its values as they were
    const moved = join(dir, "收到2");
    mkdirSync(moved);
    for (const [u] of UNITS) if (u !== "普陀区") writeFileSync(join(moved, `2023-${u}.xlsx`), readFileSync(join(got, `2023-${u}.xlsx`)));
    renameSync(conv, join(moved, "2023-普陀区.xlsx"));
    const doc = JSON.parse((await cli("summary", moved, "--ledger", ledger, "--json", "--as-of", "2024-02-15")).out) as Json;
    expect((doc.skipped ?? []).map((x) => x.unit)).toEqual(OLD_UNITS.filter((u) => u !== "普陀区"));
    const before = JSON.parse((await cli("check", join(got, "2023-普陀区.xlsx"), "--json")).out) as { items: Array<{ name: string; value?: unknown; actual?: unknown }> };
    const after = JSON.parse((await cli("check", join(moved, "2023-普陀区.xlsx"), "--json")).out) as { items: Array<{ name: string; value?: unknown; actual?: unknown }> };
    const kept = after.items.filter((x) => before.items.some((y) => y.name === x.name));
    expect(kept.length).toBe(before.items.length - 1);
    for (const x of kept) expect(JSON.stringify(x.actual ?? x.value)).toBe(JSON.stringify(before.items.find((y) => y.name === x.name)?.actual ?? before.items.find((y) => y.name === x.name)?.value));
  }, 90000);

  test.each<[string, string]>([
    ["a return already on the amended version: nothing to move", "2023-定海区.xlsx"],
  ])("rollover of the same year refuses %s", async (_name, file) => {
    const r = await cli("rollover", join(got, file), "--year", "2023", "--from", join(dir, "plan.json"), "--out", join(dir, "x.xlsx"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/无需转换/);
  }, 60000);

  test.each<[string, string[]]>([
    ["the old-form counties rolled with the amended one", ["定海区", "普陀区", "岱山县"]],
  ])("rollover --from of a folder dates the amendment by the returns that record it, not the year rolled to (M4): %s", async (_name, units) => {
    const from = join(dir, "换年度");
    mkdirSync(from);
    for (const u of units) writeFileSync(join(from, `2023-${u}.xlsx`), readFileSync(join(got, `2023-${u}.xlsx`)));
    const r = await cli("rollover", from, "--year", "2024", "--from", join(dir, "plan.json"), "--out-dir", join(dir, "下发2024"));
    expect([r.code, r.err]).toEqual([0, ""]);
    for (const u of units) {
      const doc = JSON.parse((await cli("report", join(dir, "下发2024", `2024-${u}.xlsx`), "--json")).out) as { items: Array<{ revisions?: Array<{ year: number }> }> };
      // the changed target, and for a county moved from the old form the added row too (trial35 M9): one amendment, one year
      const years = doc.items.flatMap((i) => (i.revisions ?? []).map((x) => x.year));
      expect([u, years.length > 0, [...new Set(years)]]).toEqual([u, true, [2023]]);
    }
  }, 120000);
});
