import { readXlsxBuffer } from "../../src/hosts/xlsx/readXlsx";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { CheckItem, CheckReport } from "../../src/sheet/CheckReport";
import { checkGrid } from "../../src/sheet/checkGrid";
import { shownValue } from "../../src/sheet/shownValue";
import { summarize } from "../../src/sheet/summarize";
import { internalLink, summaryWorkbookPlan } from "../../src/sheet/summarySheets";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";

const zs = findTemplate("zhoushan-2021-2025") as Template;
const e = (id: string, key: string, value: number): InputEntry => ({ template: zs.id, id, key, value });

async function report(entries: InputEntry[]): Promise<CheckReport> {
  const wb = planToWorkbook(buildWorkbookPlan([zs], { year: 2023, reportingUnit: "定海区" }));
  expect(fillInputs(wb, entries)).toEqual([]);
  const r = checkGrid(await readXlsxBuffer(Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer)));
  if (!r.ok) throw new Error(r.message);
  return r.report;
}

describe("the value shown beside 序时应达 (summary's lagging list)", () => {
  test.each<[string, Pick<CheckItem, "value" | "cumulative">, string]>([
    ["a year's actual", { value: "6.5" }, "6.5"],
    ["a running total, with the year's amount", { value: "2.4", cumulative: 7.1 }, "累计 7.1（2023 年 2.4）"],
    ["a running total whose year is not filled", { value: "", cumulative: 4 }, "累计 4（2023 年 未填）"],
    ["float noise in the total", { value: "0.2", cumulative: 0.1 + 0.2 }, "累计 0.3（2023 年 0.2）"],
  ])("%s", (_, item, shown) => {
    expect(shownValue(item, 2023)).toBe(shown);
  });

  test("a lagging cumulative row reads its running total against the total due, in the summary", async () => {
    // 〔15〕 (s = 0.6 in 2023, 9 due): 1 + 2 + 2.5 = 5.5, p 0.37 between s/2 and s: lagging
    const r = await report([e("zs21-13", "in:2021", 1), e("zs21-13", "in:2022", 2), e("zs21-13", "in:2023", 2.5)]);
    const item = r.items.find((i) => i.id === "zs21-13")!;
    expect([item.status, item.cumulative, item.value, item.expectedValue]).toEqual(["lagging", 5.5, "2.5", 9]);
    const s = summarize([{ file: "定海区.xlsx", report: r }]);
    if (!s.ok) throw new Error(s.message);
    const plan = summaryWorkbookPlan(s.figures, (_f, sheet, cell) => internalLink(sheet, cell));
    const texts = plan.sheets.flatMap((x) => x.cells.map((c) => c.value));
    // as its cell holds it: on two lines, a no-break space inside each (figureLines)
    expect(texts).toContain("累计\u00a05.5\n（2023\u00a0年 2.5）");
  });

  test("a baseline that already meets its floor has no 序时应达 (no straight line to follow)", async () => {
    const r = await report([e("zs21-30", "in:2023", 98.9)]); // >99 with baseline 99.46: no trajectory
    const item = r.items.find((i) => i.id === "zs21-30")!;
    expect(item.status).toBe("lagging");
    expect(item.expectedValue).toBeNull();
  });
});
