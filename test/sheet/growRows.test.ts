import JSZip from "jszip";
import { planToXlsx } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { FIRST_DATA_ROW, HEADER_ROW, inKey, KEY_ROW, templateMark, TITLE_ROW } from "../../src/sheet/keys";
import type { PlannedSheet } from "../../src/sheet/SheetPlan";
import { STYLES } from "../../src/sheet/styles";
import { catalog } from "../../src/templates/catalog";

/**
 * A person's longer 说明 shows whole: the rows a person writes into start at their planned height
 * but are not fixed (no customHeight), so Excel, LibreOffice and WPS refit them on edit; and a
 * words row's year cells wrap a sentence instead of shrinking it to about 3 pt.
 */
const plan = buildWorkbookPlan(catalog(), { year: 2024, reportingUnit: "普陀区" });
const sheetOf = (id: string): PlannedSheet => {
  const s = plan.sheets.find((x) => x.cells.some((c) => c.address === "A2" && c.value === templateMark(id)));
  if (!s) throw new Error(`no sheet for ${id}`);
  return s;
};
/** the style of the year's cell in the row whose 指标名称 starts with `name` */
function yearStyle(id: string, name: string, year: number): string | undefined {
  const s = sheetOf(id);
  const col = s.cells.find((c) => c.address.replace(/[A-Z]+/, "") === String(KEY_ROW) && c.value === inKey(year))?.address.replace(/\d+$/, "");
  const row = s.cells.find((c) => c.address.startsWith("C") && Number(c.address.slice(1)) >= FIRST_DATA_ROW && String(c.value).startsWith(name))?.address.slice(1);
  return s.cells.find((c) => c.address === `${col}${row}`)?.style;
}

describe("a words row's year cells wrap; a number's shrink to fit", () => {
  test.each([
    ["quzhou-2021-2025", "居民人均可支配收入增长", 2023, "inputText"], // 保持全省领先
    ["quzhou-2021-2025", "城镇调查失业率", 2023, "input"], // 5.5左右
    ["shengsi-2023-2027", "基本养老保险参保人数", 2024, "inputText"], // 完成市下达的任务指标
    ["shengsi-2023-2027", "长期护理保险覆盖人数", 2027, "inputText"], // 全覆盖 in 2027
    ["shengsi-2023-2027", "长期护理保险覆盖人数", 2024, "input"], // "/" in 2024: no target, not words
  ] as const)("%s %s, %i: %s", (id, name, year, style) => {
    expect(yearStyle(id, name, year)).toBe(style);
    expect(STYLES[style].wrap ?? false).toBe(style === "inputText");
  });
});

describe("the rows a person writes into are written without a fixed height", () => {
  let xml: Record<string, string> = {};
  beforeAll(async () => {
    const zip = await JSZip.loadAsync(await planToXlsx(plan));
    xml = Object.fromEntries(await Promise.all(plan.sheets.map(async (s, i) => [s.name, await zip.file(`xl/worksheets/sheet${i + 1}.xml`)?.async("string") ?? ""] as const)));
  });
  const rowTag = (s: PlannedSheet, r: number): string => new RegExp(`<row r="${r}"[^>]*>`).exec(xml[s.name] ?? "")?.[0] ?? "";
  const tall = plan.sheets.filter((s) => s.role === "template" && Object.keys(s.rowHeights).some((r) => Number(r) >= FIRST_DATA_ROW));
  test("every kind of sheet has rows taller than a line", () => {
    expect(tall.length).toBeGreaterThanOrEqual(3);
  });
  test.each(tall.map((s) => [s.name, s] as const))("%s", (_n, s) => {
    const grown = Object.keys(s.rowHeights).map(Number).filter((r) => r >= FIRST_DATA_ROW);
    for (const r of grown) {
      // the planned height stays (an empty return looks as before), only the fix goes
      expect([r, rowTag(s, r)]).toEqual([r, expect.stringContaining(`ht="${s.rowHeights[r]}"`)]);
      expect([r, rowTag(s, r)]).toEqual([r, expect.not.stringContaining("customHeight")]);
    }
    // the title and header rows keep their fixed height
    for (const r of [TITLE_ROW, HEADER_ROW]) expect([r, rowTag(s, r)]).toEqual([r, expect.stringContaining('customHeight="1"')]);
  });
});
