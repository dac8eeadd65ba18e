import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { PJ, projectEntry as e, projectsSummary } from "./projectsSummary";

// a trial's summary (evaluation-rules §4, our reading): projects left 未填报 kept their 总投资 in 计划投资 with 0
// completed, so 完成率 read as if they had reported nothing done; a project whose 总投资 is “/” added its amount to
// 累计完成 against no 计划投资. Both sums now hold only the projects with both figures; the others are said apart.
const template = findTemplate(PJ) as Template & { kind: "projects" };
const inv = (id: string): string => template.projects.find((p) => p.id === id)?.investment ?? "";

/** [why, project id, 累计完成投资 typed ("" left blank), where: sums / notReported / noInvestment / none] */
type Place = "sums" | "notReported" | "noInvestment" | "none";
const ROWS: Array<[string, string, number | "", Place]> = [
  ["both figures", "ss24-proj-01", 1.2, "sums"],
  ["both figures, another group", "ss24-proj-06", 0.1, "sums"],
  ["0 completed is a figure", "ss24-proj-15", 0, "sums"],
  ["累计完成投资 left blank (未填报)", "ss24-proj-12", "", "notReported"],
  ["累计完成投资 left blank, another group", "ss24-proj-03", "", "notReported"],
  ["总投资 “/” with an amount", "ss24-proj-11", 0.3, "noInvestment"],
  ["总投资 “/”, 累计完成投资 blank: adds nothing either way", "ss24-proj-17", "", "none"],
  ["总投资 “/”, 累计完成投资 0: adds nothing either way", "ss24-proj-18", 0, "none"],
];
// the other projects: blank, as the county left them
const others = template.projects.filter((p) => !ROWS.some((r) => r[1] === p.id));

interface Row { id: string }
interface SummaryDoc { projects: { count: number; planned: number; completed: number; byCategory: Array<{ planned: number; completed: number }>; notReported?: Row[]; noInvestment?: Row[] } }
let doc: SummaryDoc;
let terminal = "";
let terminalEn = "";
let sheetText = "";

beforeAll(async () => {
  const entries = ROWS.flatMap(([, id, completed]) => (completed === "" ? [e(id, "state", "在建")] : [e(id, "completed", completed), e(id, "state", "在建")]));
  ({ doc, terminal, terminalEn, sheetText } = await projectsSummary<SummaryDoc>("projects-not-reported-", entries));
}, 60000);

const placeOf = (id: string): Place => {
  if ((doc.projects.notReported ?? []).some((x) => x.id === id)) return "notReported";
  if ((doc.projects.noInvestment ?? []).some((x) => x.id === id)) return "noInvestment";
  return "sums";
};

describe("summary: 未填报 and 总投资 “/” projects are out of both investment sums (§4, our reading)", () => {
  test.each(ROWS)("%s (%s, %s): %s", (_why, id, _completed, place) => {
    expect(placeOf(id)).toBe(place === "none" ? "sums" : place);
  });

  test("计划投资 and 累计完成 hold the projects with both figures alone, as do the groups", () => {
    const both = ROWS.filter((r) => r[3] === "sums");
    expect(doc.projects.count).toBe(template.projects.length);
    expect(doc.projects.planned).toBeCloseTo(both.reduce((a, r) => a + Number(inv(r[1])), 0), 6);
    expect(doc.projects.completed).toBeCloseTo(both.reduce((a, r) => a + Number(r[2]), 0), 6);
    expect(doc.projects.byCategory.reduce((a, g) => a + g.planned, 0)).toBeCloseTo(doc.projects.planned, 6);
    expect(doc.projects.byCategory.reduce((a, g) => a + g.completed, 0)).toBeCloseTo(doc.projects.completed, 6);
  });

  test("the projects left blank are all named, those untouched included", () => {
    const blank = [...ROWS.filter((r) => r[3] === "notReported").map((r) => r[1]), ...others.filter((p) => Number.isFinite(Number(p.investment))).map((p) => p.id)];
    expect((doc.projects.notReported ?? []).map((x) => x.id).sort()).toEqual(blank.sort());
  });

  test.each<[string, () => string, string, string]>([
    ["terminal", () => terminal, "个项目未填报累计完成投资（不按 0 计），未计入项目投资合计及分组：", "个项目总投资不是数值（没有可对照的计划投资），累计完成投资未计入项目投资合计及分组："],
    ["terminal, English", () => terminalEn, "with no investment completed entered (not reported, not 0), left out of the projects' investment sums and groups: ", "whose total investment is not a number (no planned investment to set the amount against), left out of the projects' investment sums and groups: "],
    ["汇总 sheet", () => sheetText, "个项目未填报累计完成投资（不按 0 计），未计入以上合计及下表：", "个项目总投资不是数值（没有可对照的计划投资），累计完成投资未计入以上合计及下表："],
  ])("one line each says them, by name: %s", (_where, text, blankHead, slashHead) => {
    const lines = text().split("\n");
    const blank = lines.find((l) => l.includes(blankHead)) ?? "";
    const slash = lines.find((l) => l.includes(slashHead)) ?? "";
    for (const [, id, , place] of ROWS) {
      const name = template.projects.find((p) => p.id === id)?.name ?? id;
      expect(blank.includes(name)).toBe(place === "notReported");
      expect(slash.includes(name)).toBe(place === "noInvestment");
    }
  });
});
