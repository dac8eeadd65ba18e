import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readLedgerBook } from "../../src/cycle/ledgerBook";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { readMeta } from "../../src/sheet/checkGrid";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { countyReturn } from "../support/countyReturn";

/**
 * Session 44: the 舟山 folder of 2023 holds 岱山县's return on the 衢州 plan (still running), and the old ledger lists
 * 岱山县. The folder rollover told it `rollover "岱山县最近一次的填报" … --out 下发2024/2024-岱山县.xlsx`; the only return
 * in hand was the 衢州 one, and rolling it over wrote the 衢州 form of 2024 among the 舟山 returns (the 2024 summary then
 * passed it over as another plan's). Now the step names its latest return on this plan (本规划), its file's line says the
 * fact alone, 备注 and --json say why, and the one-file rollover refuses to write a return into a folder whose 报送台账 is
 * of other templates. The produced steps are run: with the 衢州 return refused, with its 舟山 return of 2022 written.
 */
const dir = mkdtempSync(join(tmpdir(), "rollover-other-plan-listed-"));
const sent = join(dir, "下发");
const got = join(dir, "收到");
const earlier = join(dir, "收到2022");
const zs = findTemplate("zhoushan-2021-2025") as Template;
const qz = findTemplate("quzhou-2021-2025") as Template;
const argsOf = (line: string): string[] => (line.match(/"[^"]*"|\S+/g) ?? []).map((a) => a.replace(/^"(.*)"$/, "$1"));
const ledgerOf = async (file: string): Promise<ReturnType<typeof readLedgerBook>> => readLedgerBook(await readXlsxZip(readFileSync(file)));
const templatesOf = async (file: string): Promise<string[]> => { const m = readMeta(await readXlsxZip(readFileSync(file))); return m && !("error" in m) ? m.templates.map((t) => t.id) : []; };

beforeAll(async () => {
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区,岱山县", "--deadline", "2024-01-31", "--out-dir", sent)).code).toBe(0);
  mkdirSync(got);
  mkdirSync(earlier);
  await countyReturn(got, "2023-定海区.xlsx", "定海区", 0, [zs]);
  await countyReturn(got, "2023-普陀区.xlsx", "普陀区", 0.1, [zs]);
  await countyReturn(got, "2023-岱山县.xlsx", "岱山县", 0.2, [qz]);
  await countyReturn(earlier, "2022-岱山县.xlsx", "岱山县", 0.2, [zs], 2022);
}, 60000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each<["zh" | "en", RegExp, string, RegExp]>([
  ["zh", /^岱山县：收到的文件无法换年度（是另一规划「[^」]+衢州[^」]+」的填报，本次所用的是「[^」]+」）：.*2023-岱山县\.xlsx$/m, "岱山县最近一次的本规划填报", /^从未报送过本规划填报的单位才下发空表：/m],
  ["en", /^岱山县: the file received cannot be rolled over \(a return on another plan, "[^"]+衢州[^"]+"; the returns used are on "[^"]+"\): .*2023-岱山县\.xlsx$/m, "岱山县's latest return on this plan", /^Only a unit that never sent a return on this plan gets a blank form:/m],
])("%s: the unit that sent another running plan's return is told its latest return on this plan; the steps run", async (lang, fileLine, placeholder, distributeLine) => {
  const out = join(dir, `下发2024-${lang}`);
  const r = await cli("--lang", lang, "rollover", got, "--year", "2024", "--ledger", join(sent, "报送台账.xlsx"), "--deadline", "2025-01-31", "--out-dir", out);
  expect([r.code, r.err]).toEqual([0, ""]);
  // the file's line the fact alone: not 请向其下发本规划的填报表 (the closing lines give the step)
  expect(r.out).toMatch(fileLine);
  expect(r.out).toMatch(distributeLine);
  const step = r.out.split("\n").find((l) => /^ {2}岱山县[：:] ?rollover /.test(l)) ?? "";
  expect(step).toContain(`"${placeholder}"`);
  expect((await ledgerOf(join(out, "报送台账.xlsx")))?.units.find((u) => u.unit === "岱山县")?.note ?? "").toMatch(/^收到的文件无法换年度（是另一规划「.*」的填报.*请用该单位最近一次的本规划填报换年度/);
  const advised = (file: string): string[] => argsOf(step.replace(/^ +\S+?[：:] ?rollover /, "")).map((a) => (a === placeholder ? file : a));
  // the other plan's return in hand: refused, nothing written into the 舟山 folder
  const wrong = await cli("--lang", lang, "rollover", ...advised(join(got, "2023-岱山县.xlsx")));
  expect(wrong.code).toBe(1);
  expect(wrong.err).toContain(lang === "en" ? "the new return would not belong to it; nothing written" : "换出的表不属于该台账，未生成文件");
  expect(existsSync(join(out, "2024-岱山县.xlsx"))).toBe(false);
  // its latest return on this plan (2022): written, on the 舟山 plan, and the folder sums all three units
  const right = await cli("--lang", lang, "rollover", ...advised(join(earlier, "2022-岱山县.xlsx")));
  expect([right.code, right.err]).toEqual([0, ""]);
  expect(await templatesOf(join(out, "2024-岱山县.xlsx"))).toEqual(["zhoushan-2021-2025"]);
  const sum = await cli("summary", out, "--ledger", join(out, "报送台账.xlsx"), "--out", join(dir, `汇总-${lang}.xlsx`), "--json");
  expect((JSON.parse(sum.out) as { skipped?: unknown[] }).skipped ?? []).toEqual([]);
}, 120000);

test("--json: the unit's why is other_plan", async () => {
  const r = await cli("rollover", got, "--year", "2024", "--ledger", join(sent, "报送台账.xlsx"), "--out-dir", join(dir, "下发2024-json"), "--json");
  expect((JSON.parse(r.out) as { unrolled?: unknown[] }).unrolled).toEqual([{ unit: "岱山县", why: "other_plan" }]);
}, 60000);

test.each<[string, string, number]>([
  ["a 衢州 return into the 舟山 ledger's folder: refused", "2023-岱山县.xlsx", 1],
  ["a 舟山 return into it: written", "2023-定海区.xlsx", 0],
])("the one-file rollover: %s", async (_name, file, code) => {
  const folder = join(dir, `单独-${file}`);
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2024", "--units", "定海区,岱山县", "--out-dir", folder)).code).toBe(0);
  rmSync(join(folder, "2024-定海区.xlsx"));
  rmSync(join(folder, "2024-岱山县.xlsx"));
  const r = await cli("rollover", join(got, file), "--year", "2024", "--out", join(folder, `2024-${file.slice(5)}`));
  expect(r.code).toBe(code);
}, 60000);
