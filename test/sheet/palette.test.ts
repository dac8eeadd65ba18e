import { STATUS_CODES, STATUS_LABELS } from "../../src/domain/Status";
import { GRADE_FILL } from "../../src/sheet/gradePalette";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { COVER_NAME } from "../../src/sheet/coverSheet";
import { COLOURED_STATUSES, NOTE_REQUIRED, STATUS_FILL, STATUS_MARK } from "../../src/sheet/palette";
import { STYLES } from "../../src/sheet/styles";
import { catalog } from "../../src/templates/catalog";
import { contrastRatio } from "../support/contrastRatio";

/**
 * Issue 16: every status colour pair (fill and text) at least 4.5:1 (WCAG 2.1 AA, normal text)
 * in the palette, in every conditional format a workbook carries, and in the cover legend; and
 * the statuses told apart without colour, for black-and-white print.
 */
const AA = 4.5;
const plan = buildWorkbookPlan(catalog(), { year: 2023, reportingUnit: "普陀区", deadline: "2024-01-31" });

describe("contrastRatio (WCAG 2.1)", () => {
  test.each<[string, string, number]>([
    ["FFFFFF", "000000", 21],
    ["777777", "777777", 1],
    ["FFFFFF", "777777", 4.48], // the well-known just-failing grey
    ["F8696B", "FFFFFF", 2.91], // issue 16's 严重滞后, as it was
    ["FFFFFF", "A6A6A6", 2.43], // 不适用, as it was
    ["7030A0", "000000", 2.62], // the legend's black on purple, as it was
  ])("%s on %s is %f:1", (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });
});

describe("status palette", () => {
  test.each([...STATUS_CODES])("%s: text on its fill ≥ 4.5:1", (s) => {
    expect(contrastRatio(STATUS_FILL[s].fill, STATUS_FILL[s].font)).toBeGreaterThanOrEqual(AA);
  });
  // the summary and 审核 sheets, and the legend without its rule, put default (black) text on a fill
  test.each([...STATUS_CODES])("%s: black text on its fill ≥ 4.5:1", (s) => {
    expect(contrastRatio(STATUS_FILL[s].fill, "000000")).toBeGreaterThanOrEqual(AA);
  });
  test("说明 required: its fill against its text and against black ≥ 4.5:1", () => {
    expect(contrastRatio(NOTE_REQUIRED.fill, NOTE_REQUIRED.font)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(NOTE_REQUIRED.fill, "000000")).toBeGreaterThanOrEqual(AA);
  });
});

describe("grade palette", () => {
  test.each(Object.entries(GRADE_FILL))("%s: text on its fill ≥ 4.5:1", (_g, c) => {
    expect(contrastRatio(c.fill, c.font)).toBeGreaterThanOrEqual(AA);
  });
});

describe("every conditional format of a workbook of every template", () => {
  // the rules that colour (a 进度 cell's decimals are a number format only: progressDigitsRules)
  const rules = plan.sheets.flatMap((s) => s.conditionalFormats.flatMap((cf, i) => (cf.fill === undefined || cf.fontColor === undefined ? [] : [[`${s.name} #${i + 1} ${cf.range}`, { fill: cf.fill, fontColor: cf.fontColor }] as const])));
  test("there are rules on the cover and on every template sheet", () => {
    expect(plan.sheets.filter((s) => s.conditionalFormats.length > 0).map((s) => s.name))
      .toEqual(plan.sheets.filter((s) => s.role !== "meta").map((s) => s.name));
  });
  test.each(rules)("%s: ≥ 4.5:1", (_name, cf) => {
    expect(contrastRatio(cf.fill, cf.fontColor)).toBeGreaterThanOrEqual(AA);
  });
  test.each(plan.sheets.map((s) => [s.name, s] as const))("%s: at most 10 rules", (_n, s) => {
    expect(s.conditionalFormats.length).toBeLessThanOrEqual(10);
  });
});

describe("the cover legend", () => {
  const cover = plan.sheets.find((s) => s.name === COVER_NAME);
  const labels = new Map(Object.entries(STATUS_LABELS).map(([code, label]) => [label, code]));
  const legend = (cover?.cells ?? []).filter((c) => c.style === "legendLabel" && typeof c.value === "string" && labels.has(c.value));
  test("shows every status", () => {
    expect(legend.map((c) => labels.get(String(c.value))).sort()).toEqual([...STATUS_CODES].sort());
  });
  test.each(legend.map((c) => [String(c.value), c] as const))("%s: its text on its fill ≥ 4.5:1 before any rule applies", (_l, c) => {
    const fill = c.fill ?? STYLES.legendLabel.fill ?? "FFFFFF";
    expect(contrastRatio(fill, STYLES.legendLabel.color ?? "000000")).toBeGreaterThanOrEqual(AA);
  });
  test("the coloured labels take the sheets' own rules (same colours and marks)", () => {
    const cf = cover?.conditionalFormats ?? [];
    const sheetRules = plan.sheets.find((s) => s.role === "template")?.conditionalFormats ?? [];
    for (const s of COLOURED_STATUSES) {
      const mine = cf.find((r) => r.formula.includes(`"${STATUS_LABELS[s]}"`));
      const theirs = sheetRules.find((r) => r.formula.includes(`"${STATUS_LABELS[s]}"`));
      expect(mine && { ...mine, range: "", formula: "" }).toEqual(theirs && { ...theirs, range: "", formula: "" });
    }
  });
});

describe("black-and-white print: statuses told apart without colour", () => {
  const sig = (s: (typeof COLOURED_STATUSES)[number]): string => JSON.stringify(STATUS_MARK[s]);
  const pairs = COLOURED_STATUSES.flatMap((a, i) => COLOURED_STATUSES.slice(i + 1).map((b) => [a, b] as const));
  test.each(pairs)("%s and %s differ in weight, slant or border", (a, b) => {
    expect(sig(a)).not.toBe(sig(b));
  });
  test("an empty cell shows a border only: the empty statuses (未填报) have one; so does the 说明 mark", () => {
    expect(STATUS_MARK.missing.border).toBeDefined();
    expect(NOTE_REQUIRED.border).toBeDefined();
  });
  test.each(COLOURED_STATUSES.map((s) => [s]))("%s: every rule for it carries its mark", (s) => {
    // the rules that colour it (a 进度 cell's decimals, progressDigitsRules, read 严重滞后 too but colour nothing)
    const mine = plan.sheets.flatMap((x) => x.conditionalFormats).filter((r) => r.fill !== undefined && r.formula.includes(`"${STATUS_LABELS[s]}")`));
    expect(mine.length).toBeGreaterThan(0);
    for (const r of mine) {
      expect({ bold: r.bold ?? false, italic: r.italic ?? false, border: r.border?.style })
        .toEqual({ bold: STATUS_MARK[s].bold, italic: STATUS_MARK[s].italic, border: STATUS_MARK[s].border });
    }
  });
});
