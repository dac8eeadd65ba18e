import * as docx from "docx";
import JSZip from "jszip";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reportDocx } from "../../src/cli/reportDocx";
import { evaluateFiles, reportTitle } from "../../src/cli/runReport";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { parseTarget } from "../../src/domain/parseTarget";
import { cli } from "../support/cli";
import { copiedShare } from "../../src/domain/CopiedYear";

/**
 * A return whose year's values were copied from the year before (check's previous_year_copied, evaluation-rules §8h)
 * was graded by the report as that year's without a word (session 30). The report now says it once per sheet, after
 * its values to verify, in the paragraph the .docx, the .xlsx, stdout and `--json`'s text carry (zh and en), and
 * `--json` lists it (`copied`); the grades are those of the same values without the copy (the contract grades Y's
 * value, §6).
 */
const ZS = findTemplate("zhoushan-2021-2025") as Template & { kind: "indicators" };
const YEAR = 2023;
// rows judged by Y's own value (no 〔〕 total: its sum would read the year before too), numbers only
const rows = ZS.indicators.filter((d) => ["floor", "ceiling", "point"].includes(parseTarget(d.target, d.unit === "%").kind)).slice(0, 12);
const dir = mkdtempSync(join(tmpdir(), "copied-year-"));

/** A return of 2023 whose first `same` rows repeat 2022's value (the rest moved by 0.7), or 2022 left blank (`blankBefore`). */
async function returnFile(name: string, same: number, blankBefore = false): Promise<string> {
  const wb = planToWorkbook(buildWorkbookPlan([ZS], { year: YEAR, reportingUnit: "定海区" }));
  const entries: InputEntry[] = rows.flatMap((d, i) => {
    const before = 10 + i * 1.5;
    return [
      ...(blankBefore ? [] : [{ template: ZS.id, id: d.id, key: `in:${YEAR - 1}`, value: before }]),
      { template: ZS.id, id: d.id, key: `in:${YEAR}`, value: i < same ? before : before + 0.7 },
    ];
  });
  expect(fillInputs(wb, entries)).toEqual([]);
  const f = join(dir, name);
  await wb.xlsx.writeFile(f);
  return f;
}

const sheetName = (): string => ZS.title.slice(0, 31);

test.each<[string, number, string | null, string | null]>([
  ["all 12 copied", 12, "工作表「SHEET」2023 年的填报值与 2022 年相同的占 100%（两年都填了数值的 12 项中有 12 项），可能照抄上年，评估结论待核实。",
    "In the sheet \"SHEET\", 100% of the 2023 values are the same as 2022's (12 of the 12 indicators with a number in both years), perhaps copied from the year before: the evaluation is to be verified."],
  ["11 of 12 copied (91.7%)", 11, "工作表「SHEET」2023 年的填报值与 2022 年相同的占 91.7%（两年都填了数值的 12 项中有 11 项），可能照抄上年，评估结论待核实。",
    "In the sheet \"SHEET\", 91.7% of the 2023 values are the same as 2022's (11 of the 12 indicators with a number in both years), perhaps copied from the year before: the evaluation is to be verified."],
  ["10 of 12 (83%): check says nothing, nor does the report", 10, null, null],
])("%s: said in the report's paragraph, zh and en, and in --json", async (_why, same, zh, en) => {
  const f = await returnFile(`r${same}.xlsx`, same);
  const r = await evaluateFiles([f], undefined, "zh");
  if (!r.ok) throw new Error(r.message);
  const ret = r.report.returns[0]!;
  const sheet = ret.items[0]?.sheet ?? sheetName();
  const sentence = (s: string | null): string | null => (s === null ? null : s.replace("SHEET", sheet));
  const zhText = sentence(zh), enText = sentence(en);
  // the Chinese paragraph (the .docx's 总体评估, the .xlsx's 评估 sheet, stdout) and --json's text
  const z = await cli("report", f, "--json");
  const e = await cli("report", f, "--json", "--lang", "en");
  const jz = JSON.parse(z.out) as { text: string; copied?: unknown[]; items: Array<{ id: string; grade: string; status: string }> };
  const je = JSON.parse(e.out) as { text: string };
  if (zhText === null || enText === null) {
    expect([ret.text.includes("照抄上年"), je.text.includes("copied from the year before"), jz.copied]).toEqual([false, false, undefined]);
    return;
  }
  expect(ret.text).toContain(zhText);
  expect(jz.text).toContain(zhText);
  expect(je.text).toContain(enText);
  expect(jz.copied).toEqual([{ sheet, year: YEAR, previous: YEAR - 1, equal: same, count: rows.length }]);
  // said in the data-quality part: after the opening counts, before the forecast
  expect(ret.text.indexOf(zhText)).toBeGreaterThan(ret.text.indexOf("截至 2023 年"));
  // the Word report's 总体评估
  const bytes = await reportDocx(docx, r.report, reportTitle(r.report));
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string") ?? "";
  expect(xml).toContain(zhText);
});

test("the grades stand: the same 2023 values graded as without last year's column (no copy to tell)", async () => {
  const copied = JSON.parse((await cli("report", await returnFile("copied.xlsx", 12), "--json")).out) as { text: string; items: Array<{ id: string; status: string; grade: string }>; counts: Record<string, number> };
  const alone = JSON.parse((await cli("report", await returnFile("alone.xlsx", 12, true), "--json")).out) as typeof copied;
  expect(copied.text).toContain("照抄上年");
  expect(alone.text).not.toContain("照抄上年");
  expect(copied.items.map((i) => [i.id, i.status, i.grade])).toEqual(alone.items.map((i) => [i.id, i.status, i.grade]));
  expect(copied.counts).toEqual(alone.counts);
});

test.each<[number, number, number]>([[12, 12, 100], [11, 12, 91.7], [19, 20, 95], [9, 10, 90], [1999, 2000, 99.9], [0, 0, 0]])("%s of %s equal reads %s%%: 100%% only when every row is", (equal, count, shown) => {
  expect(copiedShare({ equal, count })).toBe(shown);
});
