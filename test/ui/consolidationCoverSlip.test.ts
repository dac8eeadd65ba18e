import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { consolidationSummary, type ChosenLedger } from "../../src/ui/shared/summaryPlans";

/**
 * trial46a F1 in the pane: 汇总所选文件 with the 报送台账 chosen sums 2023-兰溪市.xlsx, its cover misspelt 兰西市, as 兰溪市's
 * (已报), as `summary --ledger` does (cycle/coverSlips, one rule); without a ledger nothing is known to be misspelt. On
 * the old code the first case summed a unit 兰西市 and the ledger's 兰溪市 stayed 未报.
 */
const zs = findTemplate("zhoushan-2021-2025") as Template;
async function returnGrid(unit: string, shift: number): Promise<GridWorkbook> {
  const wb = planToWorkbook(buildWorkbookPlan([zs], { year: 2023, reportingUnit: unit }));
  fillInputs(wb, sampleReturn(zs, 2023).map((e) => (typeof e.value === "number" ? { ...e, value: Math.round(e.value * (1 + shift) * 100) / 100 } : e)));
  return readXlsxZip(await wb.xlsx.writeBuffer() as ArrayBuffer);
}
const LEDGER: ChosenLedger = { file: "报送台账.xlsx", year: 2023, cycle: { units: [{ unit: "婺城区", deadline: "" }, { unit: "兰溪市", deadline: "" }], asOf: "2024-02-01" } };

test.each<[string, ChosenLedger | undefined, string[], boolean, string | undefined]>([
  ["with the ledger: 兰溪市's, said", LEDGER, ["婺城区", "兰溪市"], true, "已报"],
  ["without one: as the cover says", undefined, ["婺城区", "兰西市"], false, undefined],
])("汇总所选文件, a misspelt cover: %s", async (_why, ledger, units, slipped, state) => {
  const [a, b] = await Promise.all([returnGrid("婺城区", 0.01), returnGrid("兰西市", 0.02)]);
  const out = consolidationSummary([{ file: "2023-婺城区.xlsx", grid: a }, { file: "2023-兰溪市.xlsx", grid: b }], a, [], ledger);
  if (!out.ok) throw new Error(JSON.stringify(out.problem));
  expect(out.said?.units.map((u) => u.unit)).toEqual(units);
  expect(out.said?.slips).toEqual(slipped ? [{ file: "2023-兰溪市.xlsx", typed: "兰西市", unit: "兰溪市" }] : undefined);
  expect(out.said?.ledger?.facts.find((x) => x.unit === "兰溪市")?.state).toBe(state);
});
