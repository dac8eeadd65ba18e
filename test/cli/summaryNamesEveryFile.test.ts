/**
 * trial33p P5: `summary a.xlsx b.xlsx …` with an empty workbook and a return on another plan among the files named
 * said only 空白工作簿.xlsx：工作簿是空的… (exit 2); with it taken out, the next run revealed 衢江区.xlsx：是另一规划….
 * Every file that cannot be summed is now named in the one refusal, in --lang, the exit still 2 (a file named on its
 * own that cannot be used is refused, as before).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "every-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function put(name: string, wb: ExcelJS.Workbook): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}
function returnBook(id: string, unit: string, shift: number): ExcelJS.Workbook {
  const t = findTemplate(id) as Template;
  const wb = planToWorkbook(buildWorkbookPlan([t], { year: 2023, reportingUnit: unit }));
  fillInputs(wb, sampleReturn(t, 2023).map((e) => (typeof e.value === "number" ? { ...e, value: Math.round(e.value * (1 + shift) * 100) / 100 } : e)));
  return wb;
}

let files: string[] = [];
beforeAll(async () => {
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Sheet1");
  files = [
    await put("2023-定海区.xlsx", returnBook("zhoushan-2021-2025", "定海区", 0)),
    await put("空白工作簿.xlsx", empty),
    await put("2023-普陀区.xlsx", returnBook("zhoushan-2021-2025", "普陀区", -0.05)),
    await put("2023-岱山县.xlsx", returnBook("zhoushan-2021-2025", "岱山县", 0.03)),
    await put("2023-衢江区.xlsx", returnBook("quzhou-2021-2025", "衢江区", 0)),
  ];
}, 60000);

describe("summary with explicit files names every one it cannot sum at once", () => {
  test.each<["zh" | "en", RegExp, RegExp]>([
    ["zh", /空白工作簿\.xlsx：工作簿是空的/, /2023-衢江区\.xlsx：是另一规划/],
    ["en", /空白工作簿\.xlsx: The workbook is empty/, /2023-衢江区\.xlsx: a return on another plan/],
  ])("--lang %s: the empty workbook and the return on another plan, one line each, exit 2", async (lang, empty, other) => {
    const r = await cli("summary", ...files, "--lang", lang);
    expect(r.code).toBe(2);
    const lines = (r.out + r.err).split("\n").filter(Boolean).map((l) => l.split(`${dir}/`).join(""));
    expect(lines.filter((l) => empty.test(l))).toHaveLength(1);
    expect(lines.filter((l) => other.test(l))).toHaveLength(1);
    expect(lines.some((l) => /定海区\.xlsx|普陀区\.xlsx|岱山县\.xlsx/.test(l.replace(/衢江区/g, "")))).toBe(false);
  });
});
