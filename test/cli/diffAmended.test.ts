import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { amended, amendedReturnFile } from "../support/amendedReturn";
import { run } from "../support/trialReturn";

// last year's return on the plan as first imported, this year's on the amended plan (same template id)
describe("diff across two versions of one plan (中期调整): rows matched by name, never by position", () => {
  let older = "";
  let newer = "";
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "diff-amended-"));
    older = await amendedReturnFile(dir, "2022.xlsx", amended("v1"), 2022, { 全员劳动生产率增长: { 2021: 7.9, 2022: 3.2 }, 常住人口城镇化率: { 2021: 67, 2022: 67.6 }, 单位GDP能耗降低: { 2021: 2.5 } });
    newer = await amendedReturnFile(dir, "2023.xlsx", amended("v3"), 2023, { 常住人口城镇化率: { 2021: 67, 2022: 67.8 }, 城镇新增就业人数: { 2021: 9 }, 单位地区生产总值能源消耗降低: { 2021: 2.5 } });
  }, 60000);

  test.each<[string, RegExp, boolean]>([
    ["one line says the versions differ", /不同版本.*按指标名称和单位逐行对应比较/, true],
    ["the real revision, on the same indicator", /常住人口城镇化率（%） 2022年：67.6 → 67.8/, true],
    ["the dropped row named once", /本年已删去：「全员劳动生产率增长（%）」（旧版 r02，2 格已填）/, true],
    ["the added row named once", /上年的表中没有该指标：「城镇新增就业人数（万人）」/, true],
    ["the rename said, its equal value no change", /改名：「单位GDP能耗降低（%）」→「单位地区生产总值能源消耗降低（%）」/, true],
    ["城镇化率 never paired with the row that took its old id", /常住人口城镇化率（%） 2021年：「?7\.9/, false],
    ["no cell of the dropped row compared with another indicator", /2021年：7\.9 →|2021年：「7\.9/, false],
  ])("%s", async (_why, line, shown) => {
    const text = await run("diff", older, newer);
    expect(line.test(text)).toBe(shown);
  }, 60000);

  test("--json: versions with renamed, dropped and added rows; changes only between matched rows", async () => {
    const json = JSON.parse(await run("diff", older, newer, "--json")) as { changes: Array<{ id: string; field: string; old: string; new: string }>; versions: Array<{ dropped: unknown[]; added: unknown[]; renamed: unknown[] }> };
    expect(json.versions[0]).toMatchObject({ dropped: [{ id: "r02", name: "全员劳动生产率增长（%）", filled: 2 }], added: [{ id: "r08", name: "城镇新增就业人数（万人）", filled: 1 }], renamed: [{ oldId: "r12", id: "r12" }] });
    expect(json.changes.map((c) => `${c.id} ${c.field} ${c.old}→${c.new}`)).toEqual(["r02 2022 67.6→67.8"]);
  }, 60000);
});

// trial35 M8: the added row's cell was its first year's (I16, blank) while the value was in L16; it is now the cell(s)
// holding its values, else the reporting year's, as check names the row (its items' cells by year)
describe("diff: an added row is placed at the cells that hold its values", () => {
  test.each<[string, Record<number, number>, number[]]>([
    ["only the reporting year filled", { 2023: 10 }, [2023]],
    ["two years filled", { 2022: 9, 2023: 10 }, [2022, 2023]],
    ["nothing filled: the reporting year's cell", {}, [2023]],
  ])("%s", async (_name, values, years) => {
    const dir = mkdtempSync(join(tmpdir(), "diff-added-"));
    const older = await amendedReturnFile(dir, "2022.xlsx", amended("v1"), 2022, { 常住人口城镇化率: { 2021: 67 } });
    const newer = await amendedReturnFile(dir, "2023.xlsx", amended("v3"), 2023, { 常住人口城镇化率: { 2021: 67 }, 城镇新增就业人数: values });
    const checked = JSON.parse(await run("check", newer, "--json")) as { items: Array<{ name: string; sheet: string; cells: Record<string, string> }> };
    const item = checked.items.find((i) => i.name.startsWith("城镇新增就业人数"))!;
    const text = await run("diff", older, newer);
    const n = Object.keys(values).length;
    expect(text).toContain(`上年的表中没有该指标：「城镇新增就业人数（万人）」（${item.sheet}!${years.map((y) => item.cells[String(y)]).join("、")}，${n ? `${n} 格已填` : "未填"}），不比较`);
  }, 60000);
});
