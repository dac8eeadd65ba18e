import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { STATUS_CODES } from "../../src/domain/Status";

const dir = mkdtempSync(join(tmpdir(), "cli-"));

describe("plan-returns CLI (architecture.md contract)", () => {
  const file = join(dir, "zs.xlsx");

  test("templates lists the seven ids", async () => {
    const r = await cli("templates");
    expect(r.code).toBe(0);
    for (const id of ["zhoushan-2016-2020", "zhoushan-2021-2025", "quzhou-2021-2025", "shengsi-2023-2027", "shengsi-2024-projects", "shengsi-2024-reforms", "quzhou-2021-2025-housing-projects"]) {
      expect(r.out).toContain(id);
    }
  });

  // trial40 F9: the list gave 「“十四五”公共服务主要指标目标表」 while the sheet prints 「舟山市“十四五”…」: a title is listed as the
  // sheet prints it (titleWithRegion), so the id for distribute is found by the title on the sheet; one naming its place already is as written
  test.each<[string, string[], RegExp[]]>([
    ["zh", [], [/zhoushan-2021-2025 +舟山市“十四五”公共服务主要指标目标表 +指标 +2021–2025 年/, /quzhou-2021-2025-housing-projects +衢州市住房发展领域重大项目 +项目/, /quzhou-2021-2025 +“十四五”衢州市公共服务提升主要指标目标表 +指标/]],
    ["en", ["--lang", "en"], [/zhoushan-2021-2025 +舟山市“十四五”公共服务主要指标目标表 +indicators +2021–2025/, /quzhou-2021-2025-housing-projects +衢州市住房发展领域重大项目 +projects/]],
  ])("templates lists each title as the sheet prints it, its region in front (%s)", async (_lang, lang, lines) => {
    const r = await cli("templates", ...lang);
    for (const line of lines) expect(r.out).toMatch(line);
  });

  test("templates --json gives the region and the sheet's title beside the template's own", async () => {
    const list = JSON.parse((await cli("templates", "--json")).out) as Array<Record<string, unknown>>;
    expect(list.find((t) => t["id"] === "zhoushan-2021-2025")).toMatchObject({ title: "“十四五”公共服务主要指标目标表", region: "舟山市", sheetTitle: "舟山市“十四五”公共服务主要指标目标表" });
  });

  test("template writes a workbook, and refuses to overwrite it", async () => {
    expect((await cli("template", "zhoushan-2021-2025", "shengsi-2024-projects", "--year", "2023", "--out", file)).code).toBe(0);
    const again = await cli("template", "zhoushan-2021-2025", "--year", "2023", "--out", file);
    expect(again.code).toBe(1);
    expect(again.err).toContain("不会覆盖");
  });

  test("check --json prints exactly one JSON document with the contract's fields", async () => {
    const r = await cli("check", file, "--json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as { year: number; items: Array<Record<string, unknown>>; counts: Record<string, number> };
    expect(doc.year).toBe(2023);
    expect(Object.keys(doc.counts).sort()).toEqual([...STATUS_CODES].sort());
    const item = doc.items.find((i) => i["id"] === "zs21-12");
    expect(item).toMatchObject({ kind: "indicator", template: "zhoushan-2021-2025", name: "城镇登记失业率(%)", unit: "%", baseline: "1.55", target: "≤3", status: "missing" });
    expect(item?.["cells"]).toMatchObject({ "2021": expect.stringMatching(/^[A-Z]+\d+$/), "2023": expect.stringMatching(/^[A-Z]+\d+$/) });
    expect(item?.["statusCell"]).toMatch(/^[A-Z]+\d+$/);
    const project = doc.items.find((i) => i["kind"] === "project");
    expect(Object.keys(project?.["cells"] as object).sort()).toEqual(["completed", "state"]);
    expect(doc.items.reduce((n) => n + 1, 0)).toBe(Object.values(doc.counts).reduce((a, b) => a + b, 0));
  });

  test("check --year overrides the workbook's year", async () => {
    // 2024, a year of the plan (the baseline year 2020 is no reporting year: refused, see yearAndProtection)
    const r = await cli("check", file, "--json", "--year", "2024");
    expect((JSON.parse(r.out) as { year: number }).year).toBe(2024);
  });

  test("the readable check output is a Chinese table", async () => {
    const r = await cli("check", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain("工作表");
    expect(r.out).toContain("未填报");
  });

  test.each<[string, () => string, RegExp]>([
    ["a missing file", () => join(dir, "nope.xlsx"), /不存在/],
    ["not a zip", () => { const f = join(dir, "a.xlsx"); writeFileSync(f, "hello"); return f; }, /不是 \.xlsx/],
    ["a password-protected (CFB) file", () => { const f = join(dir, "p.xlsx"); writeFileSync(f, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])); return f; }, /加密/],
    ["a corrupt zip", () => { const f = join(dir, "c.xlsx"); writeFileSync(f, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)])); return f; }, /损坏/],
  ])("exit 2 with one clear line for %s", async (_why, make, msg) => {
    const r = await cli("check", make());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(msg);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  test("exit 2 for an xlsx that is not a plan-returns workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "hello";
    const f = join(dir, "other.xlsx");
    await wb.xlsx.writeFile(f);
    const r = await cli("check", f);
    expect(r.code).toBe(2);
    expect(r.err).toContain("不是本工具下发的填报表");
  });

  test.each<[string, string[]]>([
    ["an unknown template", ["template", "nope", "--year", "2023", "--out", join(dir, "x.xlsx")]],
    ["a bad year", ["template", "zhoushan-2021-2025", "--year", "20x3", "--out", join(dir, "y.xlsx")]],
    ["an unknown command", ["frobnicate"]],
    ["a missing argument", ["check"]],
  ])("exit 1 for %s", async (_why, args) => {
    expect((await cli(...args)).code).toBe(1);
  });
});

describe("plan-returns import", () => {
  test("imports a pasted table, writes a template that `template --from` accepts, and lists what it could not read", async () => {
    const out = join(dir, "imported.json");
    const r = await cli("import", join(__dirname, "../fixtures/tables/shengsi-2023-2027.txt"), "--out", out);
    // a row left out: the template is written, the exit code says the import is not whole (4)
    expect(r.code).toBe(4);
    expect(r.out).toMatch(/已生成模板 .*：20 个指标/);
    expect(r.out).toMatch(/读入 20 行（20 个指标），未读 1 行/);
    expect(r.out).toContain("完成市下达的任务指标");
    const wb = join(dir, "imported.xlsx");
    expect((await cli("template", "--from", out, "--year", "2024", "--out", wb)).code).toBe(0);
    const check = JSON.parse((await cli("check", wb, "--json")).out) as { items: unknown[] };
    expect(check.items).toHaveLength(20);
  });

  test("random text is refused with exit 2 and nothing written", async () => {
    const f = join(dir, "random.txt");
    writeFileSync(f, "今天天气很好，我们去公园散步。\nhello world\n");
    const out = join(dir, "random.json");
    const r = await cli("import", f, "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain("没有载入任何内容");
    expect(existsSync(out)).toBe(false);
  });
});
