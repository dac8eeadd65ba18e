import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { readMeta } from "../../src/sheet/checkGrid";
import { cli } from "../support/cli";

/**
 * The CLI options of issue 18 (evaluation-rules §7, §8) as a person runs them: `template --rules`
 * writes the rules file's bands into the template, `check --rules/--previous/--city` report the
 * §8 warnings, a bad rules file or context file is one line and exit 1.
 */
const ZS = "zhoushan-2021-2025";
const dir = mkdtempSync(join(tmpdir(), "rules-cli-"));
const at = (name: string): string => join(dir, name);
const e = (id: string, key: string, value: ExcelJS.CellValue): InputEntry => ({ template: ZS, id, key, value });

async function fill(file: string, entries: InputEntry[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(fillInputs(wb, entries)).toEqual([]);
  await wb.xlsx.writeFile(file);
}
type Json = { items: Array<{ id: string; status: string; issues: Array<{ code: string; noted?: boolean; message: string }> }> };

beforeAll(async () => {
  writeFileSync(at("yinchuan.json"), JSON.stringify({ bands: { form: "points", lagging: 10, severe: 30 }, jumps: { amount: { by: "share", limit: 50 } } }));
  for (const [f, year, unit] of [["county.xlsx", "2023", "定海区"], ["plain.xlsx", "2023", "定海区"], ["last.xlsx", "2022", "定海区"], ["city.xlsx", "2023", "舟山市"]] as const) {
    const rules = f === "county.xlsx" ? ["--rules", at("yinchuan.json")] : [];
    const r = await cli("template", ZS, "--year", year, "--unit", unit, "--out", at(f), ...rules);
    expect(r.code).toBe(0);
  }
  const values = [e("zs21-24", "in:2022", 6.25), e("zs21-24", "in:2023", 6.5), e("zs21-15", "in:2022", 20), e("zs21-15", "in:2023", 28), e("zs21-15", "note", "新设就业服务站")];
  await fill(at("county.xlsx"), values);
  await fill(at("plain.xlsx"), values);
  await fill(at("last.xlsx"), [e("zs21-24", "in:2022", 6.2), e("zs21-15", "in:2022", 20)]);
  await fill(at("city.xlsx"), [e("zs21-15", "in:2023", 27)]);
}, 60000);

test("template --rules writes the bands into the workbook's template, and check follows them", async () => {
  const meta = readMeta(await readXlsxZip(readFileSync(at("county.xlsx"))));
  expect(meta && "templates" in meta ? meta.templates[0] : null).toMatchObject({ id: ZS, bands: { form: "points", lagging: 10, severe: 30 } });
  const withBands = JSON.parse((await cli("check", at("county.xlsx"), "--json")).out) as Json;
  const plain = JSON.parse((await cli("check", at("plain.xlsx"), "--json")).out) as Json;
  // beds 6 → 7 at s = 0.6: 6.5 is 10 points below 序时进度
  expect(withBands.items.find((i) => i.id === "zs21-24")?.status).toBe("on_track");
  expect(plain.items.find((i) => i.id === "zs21-24")?.status).toBe("lagging");
});

test.each<[string, string[], string, boolean | null]>([
  ["a jump of +40% (amount) with the default ±30%, kept by its 说明", [], "value_jump", true],
  ["the rules file's ±50% keeps it quiet", ["--rules", "yinchuan.json"], "value_jump", null],
  ["a year revised since last year's return", ["--previous", "last.xlsx"], "value_revised", false],
  ["above the city's total, kept by its 说明", ["--city", "city.xlsx"], "above_city", true],
])("check: %s", async (_why, opts, code, noted) => {
  const args = opts.map((o) => (o.endsWith(".json") || o.endsWith(".xlsx") ? at(o) : o));
  const r = await cli("check", at("county.xlsx"), "--json", ...args);
  expect(r.code).toBe(0);
  const issues = (JSON.parse(r.out) as Json).items.flatMap((i) => i.issues).filter((i) => i.code === code);
  if (noted === null) expect(issues).toEqual([]);
  else {
    expect(issues.length).toBeGreaterThan(0);
    expect(Boolean(issues[0]?.noted)).toBe(noted);
  }
});

test.each<[string, string[], string]>([
  ["a rules file with a typo", ["--rules", "typo.json"], "规则文件不符合格式"],
  ["a city return of another year", ["--city", "last.xlsx"], "无法比较"],
  ["a rules file with a typo (en)", ["--rules", "typo.json", "--lang", "en"], "the rules file does not fit its format"],
  ["a rules file that is not JSON (en)", ["--rules", "broken.json", "--lang", "en"], "the rules file is not valid JSON"],
  ["a city return of another year (en)", ["--city", "last.xlsx", "--lang", "en"], "they cannot be compared"],
])("check refuses %s in one line, exit 1", async (_why, opts, words) => {
  writeFileSync(at("broken.json"), "{ jumps: ");
  writeFileSync(at("typo.json"), JSON.stringify({ jump: {} }));
  const r = await cli("check", at("county.xlsx"), ...opts.map((o) => (o.includes(".") ? at(o) : o)));
  expect(r.code).toBe(1);
  expect(r.err).toContain(words);
  expect(r.err.trim().split("\n")).toHaveLength(1);
  // asked for in English: no Chinese in the line (the paths here are ASCII)
  if (opts.includes("--lang")) expect(r.err).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/);
});
