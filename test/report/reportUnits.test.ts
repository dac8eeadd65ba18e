import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { reportTitle } from "../../src/cli/runReport";
import { combineEvaluations } from "../../src/sheet/combineEvaluations";
import { cli } from "../support/cli";
import { docxText } from "../support/docxText";
import { countyReturns } from "./countyReturns";
import { returnOf, type RowFacts } from "./evaluationRow";

/**
 * `report` over several units as `summary` reads them (a fresh user's trial): the units of
 * `--units` or of the 报送台账 (`--ledger`), in that order; a unit that sent nothing named 未报送 in
 * the county table and the text; a title by the plan's region when every return shares it.
 */
const dir = mkdtempSync(join(tmpdir(), "report-units-"));
let files: string[] = [];
let ledger = "";
const folder = join(dir, "收到");

interface Doc { items: Array<{ unit: string }>; text: string; unreported?: string[] }

beforeAll(async () => {
  files = await countyReturns(dir);
  // the 报送台账 distribute writes: 嵊泗县 first, and 六横镇 that never sends its return
  const out = join(dir, "下发");
  const d = await cli("distribute", "--from", join(dir, "zs16.json"), "--year", "2018", "--units", "嵊泗县,岱山县,六横镇,普陀区,定海区", "--out-dir", out);
  if (d.code !== 0) throw new Error(d.err);
  ledger = join(out, "报送台账.xlsx");
  mkdirSync(folder);
  for (const f of files) copyFileSync(f, join(folder, basename(f)));
  copyFileSync(ledger, join(folder, "报送台账.xlsx"));
});

const order = (doc: Doc): string[] => [...new Set(doc.items.map((i) => i.unit))];

describe("report --units / --ledger: the units in the list's order, those that sent nothing named", () => {
  const listed = ["嵊泗县", "岱山县", "六横镇", "普陀区", "定海区"];
  test.each([
    ["--units", () => [...files, "--units", listed.join(",")], listed, ["六横镇"]],
    ["--ledger", () => [...files, "--ledger", ledger], listed, ["六横镇"]],
    ["a folder holding the 报送台账 itself, --ledger naming it", () => [folder, "--ledger", join(folder, "报送台账.xlsx")], listed, ["六横镇"]],
    ["no list: the files' order, nobody named", () => [files[3] ?? "", files[0] ?? "", files[1] ?? "", files[2] ?? ""], ["嵊泗县", "定海区", "普陀区", "岱山县"], []],
  ] as Array<[string, () => string[], string[], string[]]>)("%s", async (_why, args, units, unreported) => {
    const r = await cli("report", ...args(), "--json");
    expect([r.code, r.err]).toEqual([0, ""]);
    const doc = JSON.parse(r.out) as Doc;
    expect(order(doc)).toEqual(units.filter((u) => !unreported.includes(u)));
    expect(doc.unreported ?? []).toEqual(unreported);
    // one paragraph per unit, in the list's order, the one that sent nothing in its place
    expect(doc.text.split("\n").map((l) => /^【(.+?)】/.exec(l)?.[1])).toEqual(units);
    for (const u of unreported) expect(doc.text).toContain(`【${u}】未报送。`);
  });

  test("the Word report: title by the region, the unit that sent nothing in the county table and as its own section", async () => {
    const out = join(dir, "全市.docx");
    const r = await cli("report", ...files, "--ledger", ledger, "--out", out);
    expect(r.code).toBe(0);
    expect(r.out).toContain("【六横镇】未报送。");
    const mammoth = await import("mammoth");
    const text = (await mammoth.extractRawText({ path: out })).value.split(/\n+/);
    // the plan and the year; the units under it (trial39a F8: 「舟山市 5 个填报单位」 was the title's first line)
    expect(text.slice(0, 2)).toEqual(["《“十三五”舟山基本公共服务主要指标完成情况》2018 年实施情况评估报告", "评估范围：舟山市 5 个填报单位。"]);
    const at = text.indexOf("各填报单位评估结果汇总");
    const rows = text.slice(at, text.indexOf("填报单位 × 指标评估等级"));
    expect(rows.filter((x) => /^(嵊泗县|岱山县|六横镇|普陀区|定海区)/.test(x))).toEqual(["嵊泗县", "岱山县", "六横镇（未报送）", "普陀区", "定海区"]);
    expect(rows).toContain("未报送：六横镇。");
    expect(text).toContain("3. 六横镇");
    // the annexes are numbered among themselves: 六横镇 has none and leaves no gap (附表 3 is 普陀区's)
    expect(text.filter((x) => x.startsWith("附表 "))).toEqual(["嵊泗县", "岱山县", "普陀区", "定海区"].map((u, i) => `附表 ${i + 1}：${u} 2018 年规划指标评估表`));
  });

  test("the workbook: the grid has the unit that sent nothing, in the list's order", async () => {
    const out = join(dir, "全市.xlsx");
    expect((await cli("report", ...files, "--units", "嵊泗县,岱山县,六横镇,普陀区,定海区", "--out", out)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["县区对比", "评估-嵊泗县", "评估-岱山县", "评估-普陀区", "评估-定海区"]);
    const grid = wb.getWorksheet("县区对比")!;
    expect([3, 4, 5, 6, 7].map((c) => grid.getCell(3, c).value)).toEqual(["嵊泗县", "岱山县", "六横镇（未报送）", "普陀区", "定海区"]);
  });

  test.each([
    ["both", ["--units", "甲县", "--ledger", "x.xlsx"], "错误：--ledger 与 --units 只能用其一\n"],
    ["a ledger that is not one", ["--ledger", "<return>"], "不是报送台账"],
    ["a blank unit", ["--units", "甲县,,乙县"], "错误：--units 应为以逗号分隔的单位名称，不能有空项\n"],
  ] as const)("refused as summary refuses it: %s", async (_why, args, message) => {
    const r = await cli("report", files[0] ?? "", ...args.map((a) => (a === "<return>" ? files[1] ?? "" : a)), "--json");
    expect([r.code, r.out]).toEqual([1, ""]);
    expect(r.err).toContain(message);
  });
});

describe("the title of a report over several units", () => {
  const row: RowFacts = { name: "铁路营业里程", attribute: "预期性", unit: "公里", baseline: "312", target: "420", values: { 2024: 381 } };
  const at = (unit: string, regions: string[], year = 2024) => ({ ...returnOf(unit, [row], year), regions });
  // trial39a F8: 「湖州市 9 个填报单位 / 《…》 / 2023 年实施情况评估报告」: a report over several units is titled by the plan and the
  // year, the region in front where the plan's name does not say it; the units are said under the title (评估范围)
  const table = (r: ReturnType<typeof at>) => ({ ...r, titles: ["“十四五”交通主要指标"], sources: [{ document: "粘贴的表格文本", targetYear: 2025 }] });
  test.each([
    ["one unit", [at("甲县", ["某市"])], [], "甲县《某市交通规划》2024 年实施情况评估报告", null],
    // a trial's title read 清河县《清河县“十四五”主要指标》…
    ["one unit the plan's title names", [{ ...at("某市", ["某市"]) }], [], "《某市交通规划》2024 年实施情况评估报告", null],
    ["several of one region the plan names: the plan alone", [at("甲县", ["某市"]), at("乙县", ["某市"])], [], "《某市交通规划》2024 年实施情况评估报告", "某市 2 个填报单位"],
    ["several of one region the plan does not name: the region in front", [table(at("甲县", ["江海市"])), table(at("乙县", ["江海市"]))], [], "江海市《“十四五”交通主要指标》2024 年实施情况评估报告", "江海市 2 个填报单位"],
    ["with a unit that sent nothing: counted under the title", [at("甲县", ["某市"]), at("乙县", ["某市"])], ["丙县"], "《某市交通规划》2024 年实施情况评估报告", "某市 3 个填报单位"],
    ["one sent, one did not", [at("甲县", ["某市"])], ["丙县"], "《某市交通规划》2024 年实施情况评估报告", "某市 2 个填报单位"],
    ["regions differ: named under the title", [at("甲县", ["某市"]), at("乙县", ["另一市"])], [], "《某市交通规划》2024 年实施情况评估报告", "甲县、乙县"],
    // the plan's last year: the final evaluation (trial26b's 十四五 2025 report was titled as any year's)
    ["the plan's last year", [at("甲县", ["某市"], 2025)], [], "甲县《某市交通规划》2025 年实施情况期末评估报告", null],
    ["regions differ, more than three", [at("甲县", ["某市"]), at("乙县", ["另一市"]), at("丙区", ["某市"]), at("丁县", ["某市"])], [], "《某市交通规划》2024 年实施情况评估报告", "甲县等 4 个填报单位"],
  ] as const)("%s", async (_why, returns, unreported, title, scope) => {
    const c = combineEvaluations([...returns], unreported.length ? [...returns.map((x) => x.unit), ...unreported] : []);
    if (!c.ok) throw new Error("not combined");
    expect(reportTitle(c.report)).toBe(title);
    const lines = (await docxText(c.report)).split("\n");
    expect(lines[0]).toBe(title);
    if (scope === null) expect(lines[1]).not.toMatch(/^评估范围/);
    else expect(lines[1]).toBe(`评估范围：${scope}。`);
  });
});
