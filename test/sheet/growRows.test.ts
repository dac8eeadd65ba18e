import JSZip from "jszip";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook, planToXlsx } from "../../src/hosts/xlsx/writeXlsx";
import { xlsxBytes } from "../../src/hosts/xlsx/xlsxBytes";
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
const sheetOf = (id: string, p = plan): PlannedSheet => {
  const s = p.sheets.find((x) => x.cells.some((c) => c.address === "A2" && c.value === templateMark(id)));
  if (!s) throw new Error(`no sheet for ${id}`);
  return s;
};
/** the style of the year's cell in the row whose 指标名称 starts with `name` */
function yearStyle(id: string, name: string, year: number, p = plan): string | undefined {
  const s = sheetOf(id, p);
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
    // "/" in 2024 and 全覆盖 at the end: the plan never gives it a number, so it may be answered in
    // words in any year (§8g); a sentence there printed shrunk to a few points (session 18's note)
    ["shengsi-2023-2027", "长期护理保险覆盖人数", 2024, "inputText"],
    ["shengsi-2023-2027", "保障性租赁住房累计建设筹集套数", 2024, "inputText"], // "/" throughout
  ] as const)("%s %s, %i: %s", (id, name, year, style) => {
    expect(yearStyle(id, name, year)).toBe(style);
    expect(STYLES[style].wrap ?? false).toBe(style === "inputText");
  });

  // the same row given a number at the end: its "/" years take numbers only, and shrink to fit
  const numbered = catalog().map((t) => t.kind !== "indicators" || t.id !== "shengsi-2023-2027" ? t
    : { ...t, indicators: t.indicators.map((d) => d.name.startsWith("长期护理保险覆盖人数") ? { ...d, target: "≥1.2", yearlyTargets: { ...d.yearlyTargets, "2027": "≥1.2" } } : d) });
  test.each([[2024, "input"], [2027, "input"]] as const)("a row judged by a number at the end, %i: %s", (year, style) => {
    const p = buildWorkbookPlan(numbered, { year: 2024, reportingUnit: "普陀区" });
    expect(yearStyle("shengsi-2023-2027", "长期护理保险覆盖人数", year, p)).toBe(style);
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

describe("text written into a wrapping cell makes its row tall enough to print it whole", () => {
  // LibreOffice and WPS keep a program's row heights on opening: a carried sentence in a one-line
  // row printed over the rows above and below (a trial's rollover)
  const found = catalog().find((x) => x.id === "shengsi-2023-2027");
  if (!found || found.kind !== "indicators") throw new Error("shengsi-2023-2027");
  const t = found;
  const words = t.indicators.find((d) => d.name.startsWith("基本养老保险参保人数"));
  const number = t.indicators.find((d) => d.name.startsWith("城乡居民基本养老保险"))
    ?? t.indicators.find((d) => d !== words && !/[^\d.≥≤<>=〔〕[\]左右%]/.test(d.target ?? ""));
  if (!words || !number) throw new Error("rows");
  const one = buildWorkbookPlan([t], { year: 2024, reportingUnit: "嵊泗县" });
  async function rowTagAfter(id: string, key: string, value: string | number): Promise<string> {
    const wb = planToWorkbook(one);
    expect(fillInputs(wb, [{ template: t.id, id, key, value }])).toEqual([]);
    const zip = await JSZip.loadAsync(await xlsxBytes(wb, one));
    const sheet = one.sheets.findIndex((s) => s.role === "template");
    const xml = (await zip.file(`xl/worksheets/sheet${sheet + 1}.xml`)?.async("string")) ?? "";
    const row = FIRST_DATA_ROW + t.indicators.findIndex((d) => d.id === id);
    return new RegExp(`<row r="${row}"[^>]*>`).exec(xml)?.[0] ?? "";
  }
  const height = (tag: string): number => Number(/ ht="([\d.]+)"/.exec(tag)?.[1] ?? 15);
  test.each<[string, () => string, string, string | number, (h: number) => boolean]>([
    ["a sentence in a words row's year cell", () => words.id, inKey(2024), "已完成市下达的参保任务，新增参保人数一千二百人，覆盖率达到百分之九十八", (h) => h >= 100],
    ["a three-line 说明", () => number.id, "note", "一、数据来源统计局\n二、口径调整\n三、十二月数据为快报数", (h) => h >= 44],
    ["a short word stays one line", () => number.id, "note", "快报", (h) => h <= 30],
    ["a number never raises it", () => number.id, inKey(2024), 98.5, (h) => h <= 30],
  ])("%s", async (_label, id, key, value, ok) => {
    const tag = await rowTagAfter(id(), key, value);
    expect([tag, ok(height(tag))]).toEqual([tag, true]);
    // the row still refits when the person edits it: no fixed height
    expect(tag).not.toContain("customHeight");
  });
});
