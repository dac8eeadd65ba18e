import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { fillDistributed } from "../support/countyReturn";

/**
 * Trial 45b F1: a 2024 return left 劳动年龄人口平均受教育年限 blank with its reason in 说明 (县统计局尚未发布…); check,
 * review and lock said 未填报（已说明…）, but rollover dropped the 说明 (written each year) and nothing said again that the
 * 2024 value was still owed. Now rollover names each such row beside the 说明 not carried (rolled_explained_blank), or one
 * line for many (rolled_explained_blanks), and --json gives them as `rolled[].blankExplained`. A row with a value, or blank
 * with a 说明 that gives no reason (无), is not named.
 */
const T = "zhoushan-2021-2025";
const dir = mkdtempSync(join(tmpdir(), "rollover-explained-blank-"));
const sent = join(dir, "下发");
const file = (unit: string): string => join(sent, `2023-${unit}.xlsx`);
const note = (id: string, value: string): { template: string; id: string; key: string; value: string } => ({ template: T, id, key: "note", value });
const MANY = ["zs21-01", "zs21-02", "zs21-03", "zs21-04", "zs21-05", "zs21-07"];

beforeAll(async () => {
  expect((await cli("distribute", T, "--year", "2023", "--units", "定海区,普陀区", "--deadline", "2024-01-31", "--out-dir", sent)).code).toBe(0);
  await fillDistributed(sent, 2023, {
    // one row explained; one filled with a 说明; one blank with a 说明 that gives no reason
    定海区: [
      note("zs21-10", "县统计局尚未发布2023年劳动年龄人口平均受教育年限，发布后补报"),
      { template: T, id: "zs21-09", key: "in:2023", value: 6.1 }, note("zs21-09", "已核实"),
      note("zs21-08", "无"),
    ],
    // more rows explained than are named one by one
    普陀区: [{ template: T, id: "zs21-09", key: "in:2023", value: 6.1 }, ...MANY.map((id) => note(id, "数据待市统计局核定"))],
  });
}, 60000);

const said = (out: string): string[] => out.split("\n").filter((l) => /新表中仍为空|still blank in the new return/.test(l));

test.each<[string, string, string[], RegExp[]]>([
  ["zh: one row, its 说明 quoted", "定海区", [], [/^注意：舟山市表2!K15 劳动年龄人口平均受教育年限\(年\)：2023 年未填报（原说明：县统计局尚未发布2023年劳动年龄人口平均受教育年限，发布后补报），新表中仍为空，数据发布后请补填$/]],
  ["en: the same line", "定海区", ["--lang", "en"], [/^Note: 舟山市表2!K15 劳动年龄人口平均受教育年限\(年\): not filled in for 2023 \(its 说明 then: 县统计局尚未发布2023年劳动年龄人口平均受教育年限，发布后补报\), still blank in the new return; fill it in once the figure is published$/]],
  ["zh: six rows, one line naming five", "普陀区", [], [/^注意：6 行 2023 年未填报（原表已写说明），新表中仍为空，数据发布后请补填：舟山市表2!K4 3岁以下婴幼儿托育机构覆盖率\(%\)、舟山市表2!K5 每千人口拥有3岁以下婴幼儿托位数\(个\)、舟山市表2!K6 婴幼儿照护服务机构从业人员持证率\(%\)、舟山市表2!K7 儿童预期受教育年限\(年\)、舟山市表2!K8 普惠幼儿园\(含公办园\)比例\(%\) 等$/]],
  ["en: six rows, one line", "普陀区", ["--lang", "en"], [/^Note: 6 rows not filled in for 2023 \(a reason given in the old return's 说明\) are still blank in the new return; fill them in once the figures are published: 舟山市表2!K4 3岁以下婴幼儿托育机构覆盖率\(%\), 舟山市表2!K5 .+, 舟山市表2!K8 普惠幼儿园\(含公办园\)比例\(%\), …$/]],
])("rollover of one return, %s", async (_name, unit, flags, lines) => {
  const r = await cli("rollover", file(unit), "--year", "2024", "--out", join(mkdtempSync(join(dir, "one-")), "x.xlsx"), "--deadline", "2025-01-31", ...flags);
  expect([r.code, r.err]).toEqual([0, ""]);
  const got = said(r.out);
  expect(got.length).toBe(lines.length);
  got.forEach((l, k) => expect(l).toMatch(lines[k]!));
  // said beside the 说明 not carried
  const all = r.out.split("\n");
  expect(all.indexOf(got[0]!) - 1).toBe(all.findIndex((l) => /^说明、人工评估|^说明 \(notes\)/.test(l)));
}, 60000);

test.each<[string, string[], Array<[string, string[]]>]>([
  ["one return", [file("定海区")], [["定海区", ["zs21-10"]]]],
  ["a folder of two", [sent], [["定海区", ["zs21-10"]], ["普陀区", MANY]]],
])("rollover --json, %s: rolled[].blankExplained", async (_name, inputs, want) => {
  const out = mkdtempSync(join(dir, "json-"));
  const target = inputs.length === 1 && inputs[0]!.endsWith(".xlsx") ? ["--out", join(out, "x.xlsx")] : ["--out-dir", out];
  const r = await cli("rollover", ...inputs, "--year", "2024", ...target, "--deadline", "2025-01-31", "--json");
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.out) as { rolled: Array<{ unit: string; blankExplained?: Array<{ sheet: string; cell: string; name: string; year: number; note: string }> }> };
  const names = (id: string): string => ({ "zs21-10": "劳动年龄人口平均受教育年限(年)", "zs21-01": "3岁以下婴幼儿托育机构覆盖率(%)", "zs21-02": "每千人口拥有3岁以下婴幼儿托位数(个)", "zs21-03": "婴幼儿照护服务机构从业人员持证率(%)", "zs21-04": "儿童预期受教育年限(年)", "zs21-05": "普惠幼儿园(含公办园)比例(%)", "zs21-07": "全国义务教育优质均衡发展县(市、区)比例(%)" })[id] ?? id;
  expect(doc.rolled.map((x) => [x.unit, (x.blankExplained ?? []).map((b) => [b.name, b.year, b.note.length > 0, /^K\d+$/.test(b.cell) && b.sheet === "舟山市表2"])]))
    .toEqual(want.map(([u, ids]) => [u, ids.map((id) => [names(id), 2023, true, true])]));
}, 60000);

/**
 * Session 46: after that one line nothing remembered the value owed: `check` of the rolled return said nothing of K15
 * (2023) still blank. The new return's metadata now keeps each (WorkbookMeta.owed) and its check names the cell while it
 * is blank (earlier_year_owed, a warning: lock is not refused for it), with the 2023 说明; filled, the line goes; rolled
 * again while still blank, the next return names it too (and rollover's line says so again).
 */
describe("check of the rolled return names the value still owed", () => {
  const rolledDir = join(dir, "收到2024");
  const rolled = (unit: string): string => join(rolledDir, `2024-${unit}.xlsx`);
  const OWED_ZH = /K15：2023 年的数值仍未填写（2023 年填报时已说明：县统计局尚未发布2023年劳动年龄人口平均受教育年限，发布后补报）：数据发布后请补填/;
  type Owed = { id: string; code: string; severity: string; cell: string; year?: number; value?: string; note?: string };
  const owedOf = async (f: string, lang = "zh"): Promise<Owed[]> => {
    const r = await cli("check", f, "--json", "--lang", lang);
    const doc = JSON.parse(r.out) as { items: Array<{ id: string; issues: Array<Omit<Owed, "id">> }> };
    return doc.items.flatMap((i) => i.issues.filter((x) => x.code === "earlier_year_owed").map((x) => ({ id: i.id, ...x })));
  };

  beforeAll(async () => {
    for (const unit of ["定海区", "普陀区"]) {
      expect((await cli("rollover", file(unit), "--year", "2024", "--out", rolled(unit), "--deadline", "2025-01-31")).code).toBe(0);
    }
  }, 60000);

  test.each<[string, string, string[], RegExp]>([
    ["zh", "定海区", [], OWED_ZH],
    ["en", "定海区", ["--lang", "en"], /K15: the value for 2023 is still not filled in \(explained in the 2023 return: 县统计局尚未发布2023年劳动年龄人口平均受教育年限，发布后补报\): fill it in once the figure is published/],
  ])("check's table (%s) says K15 is still owed", async (_name, unit, flags, line) => {
    const r = await cli("check", rolled(unit), ...flags);
    expect(r.out.split("\n").filter((l) => line.test(l))).toHaveLength(1);
  }, 60000);

  test.each<[string, string, string[]]>([
    ["one row", "定海区", ["zs21-10"]],
    ["six rows, each", "普陀区", MANY],
  ])("check --json: %s, coded, with the year and its 说明 whole", async (_name, unit, ids) => {
    const got = await owedOf(rolled(unit));
    expect(got.map((x) => [x.id, x.severity, x.year, x.value, x.note !== undefined && x.note.length > 0, /^K\d+$/.test(x.cell)])).toEqual(ids.map((id) => [id, "warning", 2023, "", true, true]));
    if (unit === "定海区") expect(got[0]?.note).toBe("县统计局尚未发布2023年劳动年龄人口平均受教育年限，发布后补报");
  }, 60000);

  test.each<[string, Array<{ template: string; id: string; key: string; value: number }>, string[]]>([
    ["the 2024 value typed, 2023 still blank: still named", [{ template: T, id: "zs21-10", key: "in:2024", value: 11.3 }], ["zs21-10"]],
    ["2023 filled once published: the line goes", [{ template: T, id: "zs21-10", key: "in:2023", value: 11.1 }], []],
  ])("定海区 %s", async (_name, entries, ids) => {
    const d = mkdtempSync(join(dir, "filled-"));
    expect((await cli("rollover", file("定海区"), "--year", "2024", "--out", join(d, "2024-定海区.xlsx"))).code).toBe(0);
    await fillDistributed(d, 2024, { 定海区: entries });
    expect((await owedOf(join(d, "2024-定海区.xlsx"))).map((x) => x.id)).toEqual(ids);
  }, 60000);

  test("rolled again while still blank: the 2025 return owes 2023 too, and rollover says so", async () => {
    const out = join(mkdtempSync(join(dir, "again-")), "2025-定海区.xlsx");
    const r = await cli("rollover", rolled("定海区"), "--year", "2025", "--out", out, "--deadline", "2026-01-31");
    expect(r.code).toBe(0);
    expect(said(r.out)).toEqual([expect.stringMatching(/^注意：舟山市表2!K15 劳动年龄人口平均受教育年限\(年\)：2023 年未填报（原说明：县统计局尚未发布2023年劳动年龄人口平均受教育年限，发布后补报），新表中仍为空/)]);
    expect((await owedOf(out)).map((x) => [x.id, x.cell, x.year])).toEqual([["zs21-10", "K15", 2023]]);
  }, 60000);

  test("lock is not refused for it (a warning)", async () => {
    const out = join(mkdtempSync(join(dir, "lock-")), "locked.xlsx");
    const r = await cli("lock", rolled("定海区"), "--reviewer", "王审核", "--out", out);
    expect(r.code).toBe(0);
  }, 60000);
});
