import { titleWithRegion } from "../../src/templates/titleWithRegion";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { inputYears } from "../../src/sheet/indicatorSheet";
import { KEY_ROW } from "../../src/sheet/keys";
import type { PlannedSheet } from "../../src/sheet/SheetPlan";
import { titleFormula, titleOnTwoLines } from "../../src/sheet/titleFormula";
import { catalog, findTemplate } from "../../src/templates/catalog";
import type { IndicatorTemplate, Template } from "../../src/templates/TemplateSchema";

const tpl = (id: string): Template => {
  const t = findTemplate(id);
  if (!t) throw new Error(id);
  return t;
};
const zs = tpl("zhoushan-2021-2025") as IndicatorTemplate;
// a mid-term and a final target (德清 附表1: 2023年目标, 2025年目标 against a 2020 baseline)
const midTerm: IndicatorTemplate = {
  ...zs, id: "midterm", yearlyTargetYears: [2023, 2025],
  indicators: zs.indicators.map((d) => ({ ...d, yearlyTargets: { "2023": d.id === "zs21-24" ? "6.5" : d.target ?? "", "2025": d.target ?? "" } })),
};

function templateSheet(t: Template, year = 2024): PlannedSheet {
  const s = buildWorkbookPlan([t], { year }).sheets.find((x) => x.role === "template");
  if (!s) throw new Error(t.id);
  return s;
}
/** column key (hidden key row) → address of the row's cell, and the cell at an address */
const keyed = (s: PlannedSheet): Map<string, string> => new Map(s.cells.filter((c) => c.address.endsWith(String(KEY_ROW)) && /^[A-Z]+2$/.test(c.address)).map((c) => [String(c.value), c.address.replace(/\d+$/, "")]));
// the last planned content of a cell wins (a status cell is planned empty, then given its formula)
const at = (s: PlannedSheet, address: string) => s.cells.filter((c) => c.address === address).pop();

describe("every year of the plan period has its input column (a status formula finds the year by its index)", () => {
  test.each<[string, Template, number[]]>([
    ["a mid-term and a final target", midTerm, [2021, 2022, 2023, 2024, 2025]],
    ["a target for every year (嵊泗)", tpl("shengsi-2023-2027"), [2023, 2024, 2025, 2026, 2027]],
    ["the final target only (舟山 表2)", zs, [2021, 2022, 2023, 2024, 2025]],
  ])("%s", (_why, t, years) => {
    expect(inputYears(t as IndicatorTemplate)).toEqual(years);
    const keys = [...keyed(templateSheet(t)).keys()].filter((k) => k.startsWith("in:") || k.startsWith("tgt:"));
    const yearly = (t as IndicatorTemplate).yearlyTargetYears.length > 0;
    // in order and contiguous: (target,) input for each year
    expect(keys).toEqual(years.flatMap((y) => (yearly ? [`tgt:${y}`, `in:${y}`] : [`in:${y}`])));
  });
});

describe("a mid-term table's row (beds 6 → 2023 6.5 → 2025 7)", () => {
  const s = templateSheet(midTerm);
  const k = keyed(s);
  const row = Number(s.cells.find((c) => c.value === "zs21-24")?.address.replace(/^[A-Z]+/, ""));
  test.each<[number, string, number]>([
    [2021, "—", 0], [2022, "—", 0], [2023, "6.5", 1], [2024, "—", 0], [2025, "7", 1],
  ])("%s: the target cell shows %s, the hidden yearly flag is %s", (year, shown, flag) => {
    expect(at(s, `${k.get(`tgt:${year}`)}${row}`)?.value).toBe(shown);
    expect(at(s, `${k.get(`yr:${year}`)}${row}`)?.value).toBe(flag);
  });
  test("the status formula reads the year's own flag, not one per row", () => {
    const status = at(s, `${k.get("status")}${row}`)?.formula ?? "";
    expect(status).toContain(`$${k.get("yr:2021")}${row}:$${k.get("yr:2025")}${row}`);
    expect(k.has("yr")).toBe(false);
  });
});

/** The name's lines of a title formula: its constants up to the year's line, split at each CHAR(10). */
function nameLinesOf(formula: string): string[] {
  const lines = formula.split("&CHAR(10)&").map((piece) => [...piece.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] ?? "").replace(/""/g, '"')).join(""));
  return lines.length > 1 ? lines.slice(0, -1) : [lines[0]?.replace(/（年度填报）$/, "") ?? ""];
}

/**
 * trial31: a title printed over the repeated columns wrapped where the width ran out and left "表" alone
 * (青田县国民经济和社会发展第十四个五年规划主要指标⏎表⏎（2023年度填报）). A name longer than a line is broken
 * into lines of about equal length at a word's end; the year keeps its own line.
 */
describe("a long title is broken into even lines at a word's end", () => {
  test.each<[string, string, string[]]>([
    ["the trial's title", "青田县国民经济和社会发展第十四个五年规划主要指标表", ["青田县国民经济和社会发展", "第十四个五年规划主要指标表"]],
    ["a quoted plan name starts a line", "丽水市莲都区国民经济和社会发展“十四五”规划主要指标表", ["丽水市莲都区国民经济和社会发展", "“十四五”规划主要指标表"]],
    ["a short title stays on one line", "主要指标表", ["主要指标表"]],
    // trial36 N6: "青州市“十五五”⏎时期经济社会发展主要指标": the plan's period and its 时期 are one phrase
    ["“十五五”时期 stays whole", "青州市“十五五”时期经济社会发展主要指标", ["青州市“十五五”时期", "经济社会发展主要指标"]],
    // trial36 N6: the built-in 十四五 title read "“十四五”衢州市公共服务⏎提升主要指标目标表"
    ["a break before 主要指标", "“十四五”衢州市公共服务提升主要指标目标表", ["“十四五”衢州市公共服务提升", "主要指标目标表"]],
  ])("%s", (_why, title, lines) => {
    const t = { ...tpl("zhoushan-2021-2025"), title, region: "" } as Template;
    const s = templateSheet(t);
    const formula = at(s, "A1")?.formula ?? "";
    expect(nameLinesOf(formula)).toEqual(lines);
    if (lines.length > 1) expect(formula.split("&CHAR(10)&").at(-1)).toBe('"（"&报告年份&"年度填报）"');
  });
});

describe("the title row follows 报告年份 in every template sheet kind", () => {
  test.each(catalog().map((t) => [t.kind, t.id, t] as const))("%s %s", (_kind, _id, t) => {
    const s = templateSheet(t);
    const a1 = at(s, "A1");
    // printed pages wide, the title wraps over the repeated columns with its year on a line of its own (its name
    // broken into lines of about equal length when longer than one: nameLinesOf)
    const lines = nameLinesOf(a1?.formula ?? "");
    expect(a1?.formula).toBe((s.print?.pagesWide ?? 1) > 1 ? titleOnTwoLines(titleFormula(titleWithRegion(t)), lines) : titleFormula(titleWithRegion(t)));
    expect(lines.join("")).toBe(titleWithRegion(t));
    expect(a1?.value).toBeUndefined();
  });
  test.each<[string, string]>([
    ["a quote in the title is doubled", 'A"B'],
    ["a title that begins with = stays inside the string", "=cmd|' /C calc'!A0"],
    ["a long title is cut into constants Excel accepts (≤ 255 characters)", "很长的标题".repeat(80)],
  ])("%s", (_why, title) => {
    const f = titleFormula(title);
    expect(f.startsWith('"')).toBe(true);
    const constants = [...f.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1] ?? "");
    expect(constants.every((c) => [...c].length <= 255)).toBe(true);
    expect(constants.map((c) => c.replace(/""/g, '"')).join("")).toBe(`${title}（年度填报）`);
    // on two lines: the same constants, a CHAR(10) before the year's （, still within Excel's limit
    const two = titleOnTwoLines(f) ?? "";
    expect(two.split("&CHAR(10)&")).toHaveLength(2);
    expect([...two.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] ?? "").replace(/""/g, '"')).join("")).toBe(`${title}（年度填报）`);
    expect(two.split("&CHAR(10)&")[1]).toBe('"（"&报告年份&"年度填报）"');
  });

  test("a formula titleFormula did not make is left as it is", () => {
    expect(titleOnTwoLines('"我的标题"')).toBeNull();
  });
});
