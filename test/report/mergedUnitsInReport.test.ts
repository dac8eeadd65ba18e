import JSZip from "jszip";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeXlsx } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

/**
 * A city merged its counties' returns into one workbook (定海区's file, its sheet renamed 定海区 and copies named
 * 普陀区 and 岱山县): the terminal, the summary's 报送台账 and --json said those units' returns came merged into
 * another unit's file, but the 评估报告 (.docx, and the paragraph) said 【普陀区】未报送。 and counted them among
 * 未报送 under the county table. Now the document says what the ledger says (填报合并在其他单位的文件中, with the file).
 */
const dir = mkdtempSync(join(tmpdir(), "report-merged-"));
const tpl = findTemplate("zhoushan-2021-2025") as Template;
const UNITS = ["定海区", "普陀区", "岱山县", "嵊泗县"];

/** A folder with the ledger, 嵊泗县's own return, the merged workbook and, if `own`, that unit's own return too. */
async function folder(name: string, own: string[]): Promise<string> {
  const d = join(dir, "下发");
  const f = join(dir, name);
  mkdirSync(f);
  for (const x of ["报送台账.xlsx", "2023-嵊泗县.xlsx", ...own.map((u) => `2023-${u}.xlsx`)]) copyFileSync(join(d, x), join(f, x));
  const plan = buildWorkbookPlan([tpl], { year: 2023, reportingUnit: "定海区" });
  const at = plan.sheets.findIndex((s) => s.role === "template");
  const sheet = plan.sheets[at];
  if (!sheet) throw new Error("no template sheet");
  plan.sheets.splice(at, 1, { ...sheet, name: "定海区" }, { ...sheet, name: "普陀区" }, { ...sheet, name: "岱山县" });
  await writeXlsx(plan, join(f, "舟山各县合并.xlsx"));
  return f;
}

async function docxText(file: string): Promise<string> {
  const xml = await (await JSZip.loadAsync(readFileSync(file))).file("word/document.xml")?.async("string") ?? "";
  return xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "");
}

beforeAll(async () => {
  const r = await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", UNITS.join(","), "--out-dir", join(dir, "下发"));
  if (r.code !== 0) throw new Error(r.err);
}, 60000);

describe("report: a unit whose return came merged into another unit's workbook is said so, not 未报送", () => {
  const SAID = "填报合并在其他单位的文件中（舟山各县合并.xlsx，「填报说明」表写着定海区），未评估。";
  test.each<[string, string[], string[]]>([
    ["普陀区 and 岱山县 merged into 定海区's file", [], ["普陀区", "岱山县"]],
    ["普陀区 also sent its own: evaluated from it, 岱山县 said merged", ["普陀区"], ["岱山县"]],
  ])("%s", async (name, own, merged) => {
    const f = await folder(name.replace(/[^\u4e00-\u9fff]/g, ""), own);
    const out = join(f, "评估报告.docx");
    const r = await cli("report", f, "--ledger", join(f, "报送台账.xlsx"), "--out", out);
    expect([r.code, r.err]).toEqual([0, ""]);
    // the paragraph the terminal prints and the report's text: each merged unit in its place, said as the ledger says it
    for (const u of merged) expect(r.out).toContain(`【${u}】${SAID}\n`);
    expect(r.out).not.toContain("未报送");
    const text = await docxText(out);
    // the county table marks them, the note under it names them with the file, and each has its own section saying so
    for (const u of merged) expect(text).toContain(`${u}（填报合并在其他单位的文件中）`);
    expect(text).toContain(`${merged.join("、")}：${SAID}`);
    for (const u of merged) expect(text).toMatch(new RegExp(`\\d\\. ${u}\\n${SAID.replace(/[（）.]/g, "\\$&")}`));
    expect(text).not.toContain("未报送");
    // an own return sent is evaluated from it, not said merged
    for (const u of own) expect(r.out).not.toContain(`【${u}】填报合并`);
    // --json's text says it too; `merged` names the workbook as before
    const j = await cli("report", f, "--ledger", join(f, "报送台账.xlsx"), "--json");
    const doc = JSON.parse(j.out) as { text: string; merged: Array<{ units: string[] }> };
    for (const u of merged) expect(doc.text).toContain(`【${u}】${SAID}`);
    expect(doc.merged[0]?.units).toEqual(["普陀区", "岱山县"]);
  }, 60000);

  test("in English (--lang en): the paragraph says it in English", async () => {
    const f = await folder("英文", []);
    const r = await cli("report", f, "--ledger", join(f, "报送台账.xlsx"), "--out", join(f, "评估报告.docx"), "--lang", "en");
    expect([r.code, r.err]).toEqual([0, ""]);
    for (const u of ["普陀区", "岱山县"]) expect(r.out).toContain(`[${u}] Its return came merged into another unit's workbook (舟山各县合并.xlsx, whose 填报说明 sheet (the cover) names 定海区); not evaluated.\n`);
    expect(r.out).not.toContain("Not submitted");
  }, 60000);
});
