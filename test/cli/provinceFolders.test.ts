import JSZip from "jszip";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";
import { ledgerBookPlan } from "../../src/cycle/ledgerBook";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { countyReturn } from "../support/countyReturn";

/**
 * A province manager's trial (trR) consolidating cities' returns: a city's returns unzipped into a
 * subfolder (Windows 全部解压缩) were skipped without a word and its units chased as 未报; the zip beside
 * them was told 请解压; a folder of cities' folders was "no .xlsx file"; a second --ledger was dropped and a
 * unit named twice counted twice; a city's summary workbook left its units chased as plain 未报.
 */
const dir = mkdtempSync(join(tmpdir(), "province-"));
const zs = findTemplate("zhoushan-2021-2025") as Template;
const QZ = ["柯城区", "衢江区", "常山县"];
const ZS = ["定海区", "普陀区"];
const ALL = [...QZ, ...ZS].join(",");
const p = (...parts: string[]): string => join(dir, ...parts);

beforeAll(async () => {
  for (const [city, units] of [["衢州", QZ], ["舟山", ZS]] as const) {
    expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", units.join(","), "--deadline", "2024-01-31", "--out-dir", p(city))).code).toBe(0);
  }
  // 常山县 sends nothing; the others their filled returns, over the distributed ones
  for (const [i, u] of ["柯城区", "衢江区"].entries()) await countyReturn(p("衢州"), `2023-${u}.xlsx`, u, i / 10, [zs]);
  for (const [i, u] of ZS.entries()) await countyReturn(p("舟山"), `2023-${u}.xlsx`, u, i / 10 + 0.2, [zs]);
  const { unlinkSync } = await import("node:fs");
  unlinkSync(p("衢州", "2023-常山县.xlsx"));
  // 省6: 衢州's returns at the top, 舟山's unzipped into a subfolder beside their zip, an old copy deeper down
  mkdirSync(p("省6", "舟山各县", "旧版"), { recursive: true });
  for (const u of ["柯城区", "衢江区"]) copyFileSync(p("衢州", `2023-${u}.xlsx`), p("省6", `2023-${u}.xlsx`));
  const zip = new JSZip();
  for (const u of ZS) {
    copyFileSync(p("舟山", `2023-${u}.xlsx`), p("省6", "舟山各县", `2023-${u}.xlsx`));
    zip.file(`舟山各县/2023-${u}.xlsx`, readFileSync(p("舟山", `2023-${u}.xlsx`)));
  }
  copyFileSync(p("舟山", "2023-定海区.xlsx"), p("省6", "舟山各县", "旧版", "2023-定海区.xlsx"));
  writeFileSync(p("省6", "舟山各县.zip"), await zip.generateAsync({ type: "nodebuffer" }));
  // 省树: nothing at the top, each city in its folder
  for (const [city, units] of [["衢州", ["柯城区", "衢江区"]], ["舟山", ZS]] as const) {
    mkdirSync(p("省树", city), { recursive: true });
    for (const u of units) copyFileSync(p(city, `2023-${u}.xlsx`), p("省树", city, `2023-${u}.xlsx`));
  }
  // 省4: 舟山's returns and 衢州's summary workbook
  mkdirSync(p("省4"));
  for (const u of ZS) copyFileSync(p("舟山", `2023-${u}.xlsx`), p("省4", `2023-${u}.xlsx`));
  expect((await cli("summary", p("衢州"), "--ledger", p("衢州", "报送台账.xlsx"), "--out", p("省4", "衢州市汇总.xlsx"))).code).toBe(0);
  // a merged ledger naming 江山市 twice, and one of another year
  await planToWorkbook(ledgerBookPlan({ year: 2023, templates: ["zhoushan-2021-2025"], units: [{ unit: "江山市", file: "a.xlsx", deadline: "" }, { unit: "柯城区", file: "b.xlsx", deadline: "" }, { unit: "江山市", file: "c.xlsx", deadline: "" }] })).xlsx.writeFile(p("合并台账.xlsx"));
  await planToWorkbook(ledgerBookPlan({ year: 2023, templates: ["zhoushan-2021-2025"], units: [{ unit: "柯城区", file: "a.xlsx", deadline: "" }] })).xlsx.writeFile(p("柯城台账.xlsx"));
  await planToWorkbook(ledgerBookPlan({ year: 2024, templates: ["zhoushan-2021-2025"], units: [{ unit: "岱山县", file: "a.xlsx", deadline: "" }] })).xlsx.writeFile(p("2024台账.xlsx"));
}, 120000);

const sub = (...parts: string[]): string => p(...parts) + sep;

describe("subfolders of a folder given are named, on every command that reads folders", () => {
  test.each<[string, () => string[], (out: string, err: string, code: number) => void]>([
    ["summary: the subfolder and how to include it, at any depth", () => ["summary", p("省6")], (out) => {
      expect(out).toContain("另有 2 个子文件夹未读取");
      expect(out).toContain(`未读取的子文件夹：${sub("省6", "舟山各县")}（2 个文件，未汇总）；子文件夹不会自动读取，如要一并汇总，请把它也列在命令行上：summary ${sub("省6")} ${sub("省6", "舟山各县")}`);
      expect(out).toContain(`未读取的子文件夹：${sub("省6", "舟山各县", "旧版")}（1 个文件，未汇总）`);
    }],
    ["summary --units: a unit whose return is in the subfolder is told apart, chased with where it is (as the ledger sheet's 催报 list)", () => ["summary", p("省6"), "--units", ALL, "--as-of", "2024-03-01"], (out) => {
      expect(out).toContain("未报，请催报：常山县、定海区（在未读取的子文件夹中）、普陀区（在未读取的子文件夹中）\n");
      // named once, on the 催报 line: the counts line counts them among the files received (session 39)
      expect(out).toContain("报送台账：应报 5，收到 4 份（其中 2 份按未报，见催报）；未报 3  已报 2  退回 0  通过 0\n");
      expect(out).toContain("（2 个文件：定海区、普陀区的填报，未汇总）");
    }],
    ["summary: the zip already extracted is not told 请解压", () => ["summary", p("省6")], (out) => {
      expect(out).not.toContain("请解压");
      expect(out).toContain(`其中的文件已解压（在 ${sub("省6", "舟山各县")}），压缩包本身不再汇总`);
    }],
    ["summary listing the subfolder: read, not named", () => ["summary", p("省6"), p("省6", "舟山各县")], (out) => {
      expect(out).toMatch(/^汇总（4 份/);
      expect(out).not.toContain(`未读取的子文件夹：${sub("省6", "舟山各县")}（`);
      expect(out).toContain(`未读取的子文件夹：${sub("省6", "舟山各县", "旧版")}（1 个文件`);
    }],
    ["summary of a folder of folders: the subfolders named", () => ["summary", p("省树")], (_, err, code) => {
      expect(code).toBe(1);
      expect(err).toContain(`文件夹本身没有 .xlsx 文件，只在子文件夹中有：${sub("省树", "舟山")}（2 个）、${sub("省树", "衢州")}（2 个）；子文件夹不会自动读取，请把它们列在命令行上：summary ${sub("省树", "舟山")} ${sub("省树", "衢州")}`);
    }],
    ["report --units: the unit in the subfolder said so, not 未报送", () => ["report", p("省6"), "--units", ALL, "--json"], (out) => {
      const j = JSON.parse(out) as { text: string; subfolders: unknown };
      expect(j.text).toContain(`【定海区】收到的文件未评估（在子文件夹 ${sub("省6", "舟山各县")} 中`);
      expect(j.text).toContain("【常山县】未报送");
      expect(j.subfolders).toEqual([{ folder: p("省6", "舟山各县"), files: 2, units: ["定海区", "普陀区"] }, { folder: p("省6", "舟山各县", "旧版"), files: 1 }]);
    }],
    ["check", () => ["check", p("省6")], (out) => expect(out).toContain(`未读取的子文件夹：${sub("省6", "舟山各县")}（2 个文件，未核对）`)],
    ["rollover", () => ["rollover", p("省6"), "--year", "2024", "--out-dir", p("换年度")], (out) => expect(out).toContain(`未读取的子文件夹：${sub("省6", "舟山各县")}（2 个文件，未换年度）`)],
  ])("%s", async (_, args, expectations) => {
    const r = await cli(...args());
    expectations(r.out, r.err, r.code);
  }, 60000);

  test("summary --json: the ledger marks the units in_subfolder, subfolders listed", async () => {
    const r = await cli("summary", p("省6"), "--units", ALL, "--json");
    const j = JSON.parse(r.out) as { ledger: Array<{ unit: string; state: string; unusable?: string }>; subfolders: unknown };
    expect(j.ledger.map((x) => [x.unit, x.state, x.unusable ?? ""])).toEqual([["柯城区", "已报", ""], ["衢江区", "已报", ""], ["常山县", "未报", ""], ["定海区", "未报", "in_subfolder"], ["普陀区", "未报", "in_subfolder"]]);
    expect(j.subfolders).toEqual([{ folder: p("省6", "舟山各县"), files: 2, units: ["定海区", "普陀区"] }, { folder: p("省6", "舟山各县", "旧版"), files: 1 }]);
  }, 60000);
});

describe("--ledger given more than once: every ledger used, units merged; a unit twice refused", () => {
  test.each([["summary"], ["report"]])("%s", async (command) => {
    const r = await cli(command, p("衢州"), p("舟山"), "--ledger", p("衢州", "报送台账.xlsx"), "--ledger", p("舟山", "报送台账.xlsx"), "--json");
    expect([r.code, r.err]).toEqual([0, ""]);
    const j = JSON.parse(r.out) as { ledger?: Array<{ unit: string; state: string }>; unreported?: string[] };
    if (command === "summary") expect(j.ledger?.map((x) => [x.unit, x.state])).toEqual([["柯城区", "已报"], ["衢江区", "已报"], ["常山县", "未报"], ["定海区", "已报"], ["普陀区", "已报"]]);
    else expect(j.unreported).toEqual(["常山县"]);
  }, 60000);

  test.each<[string, () => string[], RegExp]>([
    ["--units naming a unit twice", () => ["--units", "柯城区,定海区,柯城区"], /--units 中「柯城区」出现了两次/],
    ["a ledger listing a unit twice", () => ["--ledger", p("合并台账.xlsx")], /合并台账\.xlsx：报送台账中「江山市」列了两行/],
    ["two ledgers sharing a unit", () => ["--ledger", p("衢州", "报送台账.xlsx"), "--ledger", p("柯城台账.xlsx")], /「柯城区」在两份报送台账中都有/],
    ["ledgers of different years", () => ["--ledger", p("舟山", "报送台账.xlsx"), "--ledger", p("2024台账.xlsx")], /几份报送台账的年度不同/],
  ])("%s: refused in one line", async (_, more, message) => {
    for (const command of ["summary", "report"]) {
      const r = await cli(command, p("衢州"), p("舟山"), ...more(), "--json");
      expect(r.code).toBe(1);
      expect(r.err).toMatch(message);
      expect(r.err.trim().split("\n")).toHaveLength(1);
    }
  }, 60000);
});

describe("a city's summary among the returns: the units it covers named, their own returns wanted", () => {
  test.each<[string, string[], (out: string) => void]>([
    ["text", [], (out) => {
      expect(out).toContain(`未汇总（汇总表）：${p("省4", "衢州市汇总.xlsx")} 汇总了柯城区、衢江区（2 个单位）；汇总表不能再汇总：需要柯城区、衢江区各自的填报`);
      expect(out).not.toContain("按未报：柯城区");
      expect(out).toContain("未报，请催报：常山县、柯城区（只在汇总表中）、衢江区（只在汇总表中）\n");
      expect(out).toContain("应报 5，收到 2 份");
    }],
    ["json", ["--json"], (out) => {
      const j = JSON.parse(out) as { ledger: Array<{ unit: string; unusable?: string }>; skipped: Array<{ reason: string; covers?: string[]; wanted?: string[] }> };
      expect(j.ledger.map((x) => [x.unit, x.unusable ?? ""])).toEqual([["柯城区", "in_summary"], ["衢江区", "in_summary"], ["常山县", ""], ["定海区", ""], ["普陀区", ""]]);
      expect(j.skipped.find((x) => x.reason === "summary")).toMatchObject({ covers: ["柯城区", "衢江区"], wanted: ["柯城区", "衢江区"] });
    }],
  ])("summary, %s", async (_, more, expectations) => {
    const r = await cli("summary", p("省4"), "--units", ALL, "--as-of", "2024-03-01", ...more);
    expect([r.code, r.err]).toEqual([0, ""]);
    expectations(r.out);
  }, 60000);

  test("report: each covered unit said to be only in the summary", async () => {
    const r = await cli("report", p("省4"), "--units", ALL, "--json");
    const j = JSON.parse(r.out) as { text: string };
    expect(j.text).toContain("【柯城区】未收到本单位自己的填报（只在汇总表 衢州市汇总.xlsx 中：汇总表不能再汇总）");
    expect(j.text).toContain("【常山县】未报送");
  }, 60000);
});
