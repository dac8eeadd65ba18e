import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { cycleMessage } from "../../src/cli/cycleMessages";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

/**
 * trial46a F1: 2023-兰溪市.xlsx, distributed to 兰溪市, came back with 兰西市 on its cover. summary and report counted a
 * seventh unit 兰西市 (不在台账中), chased 兰溪市 as 未报, and only one terminal line said anything. A cover unit known
 * nowhere on the file distribute sent a listed unit that no other return covers is that unit's (cycle/coverSlips), said
 * once (cover_unit_slip) on the terminal, in --json and on 问题清单; a cover naming a known unit is kept as it was.
 * On the old code the first case summed 兰西市 and chased 兰溪市.
 */
const zs = findTemplate("zhoushan-2021-2025") as Template;
async function returnBytes(unit: string, value: number): Promise<Buffer> {
  const wb = planToWorkbook(buildWorkbookPlan([zs], { year: 2023, reportingUnit: unit }));
  fillInputs(wb, sampleReturn(zs, 2023).map((e, k) => (k === 0 ? { ...e, value } : e)));
  return Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer);
}
const root = mkdtempSync(join(tmpdir(), "cover-slip-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Json = { units: Array<{ unit: string }>; coverSlips?: Array<{ file: string; typed: string; unit: string }>; ledger?: Array<{ unit: string; state: string }> };
type ReportJson = { items: Array<{ unit: string }>; coverSlips?: unknown[]; unreported?: string[] };

describe("a unit's own name misspelt on its cover (cycle/coverSlips)", () => {
  // the files (name, cover unit), the --units list ("" none): the units summed and evaluated, whether the slip is said
  test.each<[string, Array<[string, string]>, string, string[], boolean]>([
    ["misspelt, on no list: 兰溪市's", [["2023-婺城区.xlsx", "婺城区"], ["2023-兰溪市.xlsx", "兰西市"]], "婺城区,兰溪市", ["婺城区", "兰溪市"], true],
    ["the cover names another listed unit (a county filled its neighbour's file): as the cover says", [["2023-兰溪市.xlsx", "义乌市"]], "婺城区,兰溪市,义乌市", ["义乌市"], false],
    ["no list: nothing is known to be misspelt, as the cover says", [["2023-婺城区.xlsx", "婺城区"], ["2023-兰溪市.xlsx", "兰西市"]], "", ["婺城区", "兰西市"], false],
    ["兰溪市 sent a return of its own too: two claim it, as the covers say", [["2023-兰溪市.xlsx", "兰西市"], ["兰溪市报表.xlsx", "兰溪市"]], "婺城区,兰溪市", ["兰溪市", "兰西市"], false],
  ])("%s", async (why, files, units, summed, said) => {
    const dir = join(root, `d${why.length}${files.length}`);
    mkdirSync(dir);
    for (const [k, [name, unit]] of files.entries()) writeFileSync(join(dir, name), await returnBytes(unit, 10 + k));
    const list = units ? ["--units", units] : [];
    const s = await cli("summary", dir, ...list, "--json");
    const r = await cli("report", dir, ...list, "--json");
    const out = join(root, `${why.length}${files.length}.xlsx`);
    const st = await cli("summary", dir, ...list, "--out", out);
    const docx = join(root, `${why.length}${files.length}.docx`);
    const rt = await cli("report", dir, ...list, "--out", docx);
    expect([s.code, r.code, st.code, rt.code]).toEqual([0, 0, 0, 0]);
    const sj = JSON.parse(s.out) as Json;
    const rj = JSON.parse(r.out) as ReportJson;
    expect(sj.units.map((u) => u.unit).sort()).toEqual([...summed].sort());
    expect([...new Set(rj.items.map((i) => i.unit))].sort()).toEqual([...summed].sort());
    const slip = { file: join(dir, "2023-兰溪市.xlsx"), typed: "兰西市", unit: "兰溪市" };
    expect(sj.coverSlips).toEqual(said ? [slip] : undefined);
    expect(rj.coverSlips).toEqual(said ? [slip] : undefined);
    // 问题清单: the cover to correct (填报说明!C4), under the unit it is counted for
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const rows: string[] = [];
    wb.getWorksheet("问题清单")!.eachRow((row) => { if (row.values.toString().includes("文件名却是下发给兰溪市的")) rows.push(String(row.getCell(1).value)); });
    expect(rows).toEqual(said ? ["兰溪市"] : []);
    for (const [out, task] of [[st.out, "summary"], [rt.out, "report"]] as const) {
      const line = cycleMessage("cover_unit_slip", slip, "zh");
      expect([task, out.split(line).length - 1]).toEqual([task, said ? 1 : 0]);
      // never chased, never a unit outside the list (未报，请催报：兰溪市; 另有 1 个单位不在应报单位…之中，其填报…：兰西市)
      if (said) expect([task, /未报，请催报：[^\n]*兰溪市/.test(out) || /之中，其填报[^\n]*兰西市/.test(out)]).toEqual([task, false]);
    }
    if (said) expect(sj.ledger?.find((x) => x.unit === "兰溪市")?.state).toBe("已报");
    // the Word report says it once too, among its notes, naming the file
    const xml = await (await JSZip.loadAsync(readFileSync(docx))).file("word/document.xml")?.async("string") ?? "";
    expect(xml.split("2023-兰溪市.xlsx：「填报说明」表 C4 的填报单位是兰西市").length - 1).toBe(said ? 1 : 0);
  }, 120000);
});

describe("check says a cover unit that is not the one distribute named the file after (cover_unit_slip, no list)", () => {
  // the file's name, its cover unit: whether check warns (never changing the unit in its title: it has no list)
  test.each<[string, string, string, boolean]>([
    ["兰西市 on 兰溪市's distributed file", "2023-兰溪市.xlsx", "兰西市", true],
    ["the unit's own file", "2023-兰溪市.xlsx", "兰溪市", false],
    ["the unit's own file renamed (2023-东阳市-更正.xlsx is no unit 东阳市-更正's)", "2023-东阳市-更正.xlsx", "东阳市", false],
    ["a renamed file tells no unit", "兰溪市报表.xlsx", "兰西市", false],
    ["a unit distribute's name writes otherwise (a/b as 2023-a_b.xlsx)", "2023-a_b.xlsx", "a/b", false],
  ])("%s", async (why, name, unit, warned) => {
    const dir = join(root, `c${why.length}`);
    mkdirSync(dir);
    writeFileSync(join(dir, name), await returnBytes(unit, 10));
    const c = await cli("check", join(dir, name), "--json");
    const j = JSON.parse(c.out) as { reportingUnit: string; problemCodes: Array<{ code: string }> };
    expect([j.reportingUnit, j.problemCodes.some((p) => p.code === "cover_unit_slip")]).toEqual([unit, warned]);
  });
});
