import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { setSavedAt } from "../support/savedAt";

/**
 * `summary <folder>` and `report <folder>`: a manager points them at the folder the returns came
 * back to. That folder also holds the 报送台账, last run's summary and a unit's own workbook;
 * those are not returns: passed over and named, while a file named on its own is refused.
 */
const dir = mkdtempSync(join(tmpdir(), "summary-folder-"));
const zs = findTemplate("zhoushan-2021-2025") as Template;
const got = join(dir, "收到");
const ledger = join(got, "报送台账.xlsx");
const notes = join(got, "岱山县自己的台账.xlsx");

/** Fills a distributed return with the sample's numbers, each `shift` apart (returns of two units differ). */
async function filled(file: string, shift: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const entries = sampleReturn(zs, 2023).filter((e) => typeof e.value === "number").map((e) => ({ ...e, value: (e.value as number) + shift }));
  expect(fillInputs(wb, entries)).toEqual([]);
  await wb.xlsx.writeFile(file);
}

beforeAll(async () => {
  const r = await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区,岱山县", "--deadline", "2024-01-31", "--out-dir", got);
  expect(r.code).toBe(0);
  await filled(join(got, "2023-定海区.xlsx"), 0);
  await filled(join(got, "2023-普陀区.xlsx"), 0.5);
  rmSync(join(got, "2023-岱山县.xlsx")); // 岱山县 sent its own workbook instead
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1").getCell("A1").value = "岱山县的记录";
  await wb.xlsx.writeFile(notes);
  writeFileSync(join(got, "~$2023-定海区.xlsx"), "Excel's lock file");
  mkdirSync(join(dir, "空"));
  mkdirSync(join(dir, "无填报"));
  copyFileSync(notes, join(dir, "无填报", "记录.xlsx"));
}, 60000);

describe("summary of a folder", () => {
  test("sums its returns, not the ledger read from there, names the unit's own workbook, and a later run skips the summary written there", async () => {
    const first = join(got, "汇总.xlsx");
    const r = await cli("summary", got, "--ledger", ledger, "--out", first, "--as-of", "2024-02-05");
    expect([r.code, r.err]).toEqual([0, ""]);
    const lines = r.out.trim().split("\n");
    // 岱山县's own workbook, passed over, is counted on the first line (trial I)
    expect(lines[0]).toBe(`已生成汇总 ${first}（2 份，2023 年度；另有 1 个文件未汇总，逐个列在下面和「问题清单」表中）`);
    // 岱山县's own workbook is a file it sent that cannot be summed: received, 未报, chased for that reason
    expect(lines).toContain("报送台账：应报 3，收到 3 份（其中 1 份按未报，见催报）；未报 1  已报 2  退回 0  通过 0");
    expect(lines).toContain(`岱山县：收到的文件无法汇总（不是本工具的填报：可能复制到了新工作簿），请用下发的原表重填：${notes}`);
    expect(lines.filter((l) => l.startsWith("未汇总"))).toHaveLength(0);
    // on the 催报 line as on the sheet's 催报 list, with why (trial37c F1)
    expect(lines.filter((l) => l.startsWith("未报，请催报"))).toEqual(["未报，请催报：岱山县（收到的文件无法汇总）"]);

    // the 报送台账 sheet's key row (its marks) is hidden, so it does not show or print
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(first);
    const sheet = book.getWorksheet("报送台账")!;
    expect([1, 2, 3].map((r) => [String(sheet.getCell(r, 1).value).slice(0, 12), sheet.getRow(r).hidden])).toEqual([
      [String(sheet.getCell(1, 1).value).slice(0, 12), false], ["plan-returns", true], ["序号", false],
    ]);

    const again = await cli("summary", got, "--ledger", ledger, "--out", join(got, "汇总-第二次.xlsx"), "--as-of", "2024-02-05", "--json");
    expect(again.code).toBe(0);
    const j = JSON.parse(again.out) as { skipped: unknown[]; units: unknown[] };
    expect(j.skipped).toEqual([{ file: notes, reason: "not_return", unit: "岱山县" }, { file: first, reason: "summary", covers: ["定海区", "普陀区"], wanted: [] }]);
  }, 60000);

  test("--lang en names them in English", async () => {
    const r = await cli("summary", got, "--ledger", ledger, "--out", join(dir, "en.xlsx"), "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain(`岱山县: the file received cannot be summed (not a plan-returns return: perhaps copied into a new workbook); ask for it again in the distributed file: ${notes}`);
    expect(r.out).toContain(`Not summed (a summary): ${join(got, "汇总.xlsx")}`);
  });

  test.each([
    ["a workbook that is not a return, named on its own", () => [notes, join(got, "2023-定海区.xlsx")], 2, `${notes}：不是本工具下发的填报表（缺少填报表自带的隐藏工作表）；如这是规划的指标表，请先导入为模板（命令行 import，或任务窗格的“导入”），再生成填报表`],
    ["a folder with no workbook", () => [join(dir, "空")], 1, `${join(dir, "空")}：文件夹中没有 .xlsx 文件`],
    ["a folder with no return", () => [join(dir, "无填报")], 1, `未汇总（不是规划指标填报工作簿）：${join(dir, "无填报", "记录.xlsx")}\n${join(dir, "无填报")}：其中没有规划指标填报工作簿，未生成任何文件`],
    ["a return named twice", () => [join(got, "2023-定海区.xlsx"), join(got, "2023-定海区.xlsx")], 1, "同一份填报"],
  ])("refuses %s in one line (a line a file passed over) and writes nothing", async (_, args, code, line) => {
    const to = join(dir, "refused.xlsx");
    const r = await cli("summary", ...args(), "--out", to);
    expect(r.code).toBe(code);
    // one line; for a folder, first a line for each file passed over (a folder holding only a .zip was refused without naming it)
    expect(r.err.trim().split("\n")).toHaveLength(line.split("\n").length);
    expect(r.err).toContain(line);
    expect(existsSync(to)).toBe(false);
  });

  test("a return named and also in a folder named is summed once", async () => {
    const to = join(dir, "once.xlsx");
    const r = await cli("summary", join(got, "2023-定海区.xlsx"), got, "--out", to);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe(`已生成汇总 ${to}（2 份，2023 年度；另有 1 个文件未汇总，逐个列在下面和「问题清单」表中）`);
    expect(readFileSync(to).length).toBeGreaterThan(0);
  });
});

describe("a return filed under another unit's name", () => {
  test("a copy of 定海区's return named for 岱山县 does not displace 定海区's own, and is said; alone, it counts for 定海区", async () => {
    const mixed = join(dir, "交错");
    mkdirSync(mixed);
    copyFileSync(join(got, "2023-定海区.xlsx"), join(mixed, "2023-定海区.xlsx"));
    copyFileSync(join(got, "2023-普陀区.xlsx"), join(mixed, "2023-普陀区.xlsx"));
    // 岱山县 took 定海区's file, changed one value and kept 定海区 as 填报单位
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(got, "2023-定海区.xlsx"));
    const first = sampleReturn(zs, 2023).find((e) => typeof e.value === "number")!;
    expect(fillInputs(wb, [{ ...first, value: 99 }])).toEqual([]);
    const copy = join(mixed, "2023-岱山县.xlsx");
    await wb.xlsx.writeFile(copy);
    // saved and received an hour after 定海区's own (one save time shared would leave them tied, trial41a F1)
    await setSavedAt(copy, new Date(Date.now() + 3600_000).toISOString());
    utimesSync(copy, new Date(Date.now() + 3600_000), new Date(Date.now() + 3600_000));

    const r = await cli("summary", mixed, "--units", "定海区,普陀区,岱山县", "--out", join(dir, "交错汇总.xlsx"), "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { misnamed: unknown; resubmissions?: unknown; ledger: Array<{ unit: string; state: string; file?: string }> };
    expect(j.misnamed).toEqual([{ file: copy, unit: "定海区", named: "岱山县", passedOver: true }]);
    expect(j.resubmissions).toBeUndefined(); // not taken for a second version of 定海区
    expect(j.ledger.find((u) => u.unit === "定海区")?.file).toBe(join(mixed, "2023-定海区.xlsx"));
    expect(j.ledger.find((u) => u.unit === "岱山县")?.state).toBe("未报");
    const text = await cli("summary", mixed, "--units", "定海区,普陀区,岱山县", "--out", join(dir, "交错汇总2.xlsx"));
    expect(text.out).toContain(`请核实 ${copy}：文件名是岱山县的，「填报说明」表的填报单位却是定海区；定海区另有填报，此文件未汇总，未计入岱山县`);

    const alone = await cli("summary", copy, join(mixed, "2023-普陀区.xlsx"), "--units", "定海区,普陀区,岱山县", "--out", join(dir, "交错汇总3.xlsx"));
    expect(alone.code).toBe(0);
    expect(alone.out).toContain(`请核实 ${copy}：文件名是岱山县的，「填报说明」表的填报单位却是定海区；已按定海区的填报汇总，未计入岱山县`);
    // without --units or a ledger 岱山县 is no known unit: a file of 定海区's under any name is a version of it
    const unknown = await cli("summary", mixed, "--out", join(dir, "交错汇总4.xlsx"));
    expect(unknown.out).toContain("定海区 收到 2 版");
  }, 60000);
});

describe("report of a folder", () => {
  test("evaluates its returns and names the workbooks that are not returns", async () => {
    const to = join(dir, "评估.docx");
    const r = await cli("report", got, "--out", to);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out.split("\n")[0]).toBe(`已生成评估报告 ${to}（2 份，2023 年度）`);
    expect(r.out).toContain(`未评估（不是规划指标填报工作簿）：${notes}`);
    expect(r.out).toContain(`未评估（报送台账）：${ledger}`); // not read as the ledger here: named as summary names it
  });

  test.each([
    ["a folder with no return", () => [join(dir, "无填报")], `${join(dir, "无填报")}：其中没有规划指标填报工作簿，未生成任何文件`],
    ["a folder with no workbook", () => [join(dir, "空")], `${join(dir, "空")}：文件夹中没有 .xlsx 文件`],
  ])("refuses %s in one line", async (_, args, line) => {
    const to = join(dir, "none.docx");
    const r = await cli("report", ...args(), "--out", to);
    expect(r.code).toBe(1);
    expect(r.err.trim()).toContain(line);
    expect(existsSync(to)).toBe(false);
  });
});
