/**
 * trial39b F5: the pane wrote a flag's progress 进度 30% / 序时进度 60% where `check` writes 30.0%/60.0% for the same
 * cell. Both now write them with percentText (one decimal). On the old code the pane's 序时进度 read 60% and every row failed.
 */
import { formatReport } from "../../src/cli/formatReport";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { workbookToGrid } from "../../src/hosts/xlsx/readXlsx";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { flagFactsLine } from "../../src/ui/shared/flagFactsLine";

const tpl = findTemplate("zhoushan-2021-2025") as Template;

describe("a flag's 进度 / 序时进度 read as check's 进度/序时 column", () => {
  test.each<[string, string, number, "zh" | "en", RegExp]>([
    ["a lagging row (2023 of 2021-2025: 序时 60.0%)", "zs21-04", 15, "zh", /进度 (\S+) \/ 序时进度 (\S+)/],
    ["the same, in English", "zs21-04", 15, "en", /Progress (\S+) \/ Expected progress (\S+)/],
  ])("%s", (_why, id, value, lang, pane) => {
    const wb = planToWorkbook(buildWorkbookPlan([tpl], { year: 2023, reportingUnit: "定海区" }));
    fillInputs(wb, [{ template: tpl.id, id, key: "in:2023", value }]);
    const r = checkGrid(workbookToGrid(wb));
    if (!r.ok) throw new Error(r.message);
    const item = r.report.items.find((i) => i.id === id)!;
    const cli = formatReport("x.xlsx", r.report, lang).split("\n").find((l) => l.includes(item.name.slice(0, 6)))?.match(/\S+%\/\S+%/)?.[0];
    const m = flagFactsLine(item, 2023, lang).match(pane);
    expect({ pane: m ? `${m[1]}/${m[2]}` : null, cli }).toEqual({ pane: cli, cli: expect.stringMatching(/^\d+\.\d%\/60\.0%$/) });
  });
});
