import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { xlsxBytes } from "../../src/hosts/xlsx/xlsxBytes";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { OwedValue } from "../../src/sheet/OwedValue";
import { tpl, years } from "../support/trialReturn";

/**
 * Session 47: a rolled 2024 return whose cumulative row r02 (新增水利工程投资（累计）[12]) left 2023 blank with its reason
 * in the 2023 return (WorkbookMeta.owed) said two lines on K5, one blank: cumulative_gap (累计目标：2023 年未填报，按 0
 * 计入累计, or 请先补填 on a lagging row) and earlier_year_owed (2023 年的数值仍未填写（…已说明：…）). Now earlier_year_owed
 * stands in for cumulative_gap on that cell and says both (params.countedAsZero, `lags` on a lagging row); cumulative_gap
 * keeps the other blank years, on the first one's cell. A row not cumulative, or whose year is blank, is as before.
 */
const NOTE = "2023年投资数据待市财政局核定后补报";
const owe = (id: string, year: number): OwedValue => ({ template: tpl.id, id, year, note: NOTE });

type Said = [code: string, cell: string, params: Record<string, unknown>];
type Worded = [...Said, message: string, messageEn: string];

async function issuesOf(id: string, owed: OwedValue[], entries: InputEntry[]): Promise<Worded[]> {
  const plan = buildWorkbookPlan([tpl], { year: 2024, reportingUnit: "青山县", owed });
  const wb = planToWorkbook(plan);
  expect(fillInputs(wb, entries)).toEqual([]);
  const c = checkGrid(await readXlsxZip(await xlsxBytes(wb, plan)));
  if (!c.ok) throw new Error("not checked");
  const item = c.report.items.find((i) => i.id === id);
  return (item?.issues ?? []).filter((x) => x.code !== "unit_inferred").map((x): Worded => [x.code, x.cell ?? "", { ...x.params }, x.message, x.messageEn]);
}

const OWED = "2023 年的数值仍未填写（2023 年填报时已说明：2023年投资数据待市财政局核定后补报）";
const OWED_EN = "the value for 2023 is still not filled in (explained in the 2023 return: 2023年投资数据待市财政局核定后补报)";
const at = (cell: string, zh: string): string => `工作表「某某市水利发展“十四五”规划主要指标」${cell}：${zh}`;
const atEn = (cell: string, en: string): string => `Sheet "某某市水利发展“十四五”规划主要指标" ${cell}: ${en}`;

test.each<[string, OwedValue[], InputEntry[], Said[], Record<string, [string, string]>]>([
  // 2.4 + 2.4 + 0 + 7 = 11.8 against 9.6 due: on pace
  ["on pace, 2023 owed: one line on K5, the total's 0 in it", [owe("r02", 2023)], years("r02", 2.4, 2.4, null, 7),
    [["earlier_year_owed", "K5", { year: 2023, note: NOTE, countedAsZero: 1 }]],
    { K5: [at("K5", `${OWED}：数据发布后请补填（在此之前按 0 计入累计）`), `${OWED_EN}: fill it in once the figure is published (until then it counts as 0 in the total)`] }],
  // 7.2 against 9.6: lags, and 2023 is asked for first, on its one line
  ["lagging, 2023 owed: filled first, said once", [owe("r02", 2023)], years("r02", 2.4, 2.4, null, 2.4),
    [["earlier_year_owed", "K5", { year: 2023, note: NOTE, countedAsZero: 1, lags: 1 }], ["lagging_no_note", "P5", { gaps: "2023" }]],
    { K5: [at("K5", `${OWED}：数据发布后请先补填（在此之前按 0 计入累计，本行的滞后可能因此而来）`), `${OWED_EN}: fill it in first once the figure is published (until then it counts as 0 in the total, which may be why this row lags)`] }],
  ["2022 blank too, 2023 owed: the gap keeps 2022, on J5", [owe("r02", 2023)], years("r02", 2.4, null, null, 2.4),
    [["cumulative_gap", "J5", { years: "2022", lags: 1 }], ["earlier_year_owed", "K5", { year: 2023, note: NOTE, countedAsZero: 1, lags: 1 }], ["lagging_no_note", "P5", { gaps: "2022,2023" }]],
    { J5: [at("J5", "2022 年的数值未填：请先补填（累计指标按 0 计入，本行的滞后可能因此而来）"), "no value for 2022: please fill it in first (the cumulative total counts it as 0, which may be why this row lags)"] }],
  ["2021 owed, 2023 blank: the owed line first, the gap on K5", [owe("r02", 2021)], years("r02", null, 4, null, 6),
    [["earlier_year_owed", "I5", { year: 2021, note: NOTE, countedAsZero: 1 }], ["cumulative_gap", "K5", { years: "2023" }]],
    { K5: [at("K5", "累计目标：2023 年未填报，按 0 计入累计"), "cumulative target: no value for 2023, counted as 0 in the total"] }],
  ["2024 blank too: no total, the owed line as it was", [owe("r02", 2023)], years("r02", 2.4, 2.4, null, null),
    [["earlier_year_owed", "K5", { year: 2023, note: NOTE }]],
    { K5: [at("K5", `${OWED}：数据发布后请补填`), `${OWED_EN}: fill it in once the figure is published`] }],
  ["none owed: cumulative_gap as before", [], years("r02", 2.4, 2.4, null, 7),
    [["cumulative_gap", "K5", { years: "2023" }]], {}],
])("check of r02: %s", async (_name, owed, entries, want, words) => {
  const got = await issuesOf("r02", owed, entries);
  expect(got.map(([code, cell, params]) => [code, cell, params])).toEqual(want);
  for (const [cell, [zh, en]] of Object.entries(words)) {
    const [, , , message, messageEn] = got.find(([, c]) => c === cell) ?? [];
    expect([message, messageEn]).toEqual([zh, atEn(cell, en)]);
  }
});

test("a level row owed (r01 农村自来水普及率): no total, no countedAsZero", async () => {
  const got = await issuesOf("r01", [owe("r01", 2023)], years("r01", 93, 93.8, null, 95.5));
  expect(got.map(([code, cell, params]) => [code, cell, params])).toEqual([["earlier_year_owed", "K4", { year: 2023, note: NOTE }]]);
});
