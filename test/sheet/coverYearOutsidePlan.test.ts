import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { COVER_NAME, YEAR_CELL } from "../../src/sheet/coverSheet";
import { lockedCheck } from "../../src/ui/shared/lockedCheck";
import { openWorkbookProblemText } from "../../src/ui/shared/openWorkbookProblem";
import { catalog } from "../../src/templates/catalog";

/**
 * Last period's form with its cover's year moved into the new period (trial O: 江山市 sent the 十四五
 * form dated 2026) was checked as every row 未填报, its status-formula cells named, the period line last.
 * Now `check`, the pane's 校验 and the folder commands refuse it in the one line (CheckOutcome
 * `outside_plan`); a year asked for (--year) and the baseline year keep their old behaviour.
 */
const t = catalog().find((x) => x.id === "zhoushan-2021-2025");
if (!t) throw new Error("zhoushan-2021-2025");
const plan = buildWorkbookPlan([t], { year: 2025, reportingUnit: "定海区" });
const LINE = "「填报说明」表 C5 的报告年份 2026 年不在「“十四五”公共服务主要指标目标表」的规划期 2021–2025 年（基期 2020 年）内：该规划已于 2025 年结束，这份填报表不能填报 2026 年；2026 年度请用下发的 2026 年度填报表（新规划期的指标表导入后用 distribute --from 下发）；如只是报告年份填错，请改正";

async function dated(cover: number): Promise<Awaited<ReturnType<typeof readXlsxZip>>> {
  const wb = planToWorkbook(plan);
  wb.getWorksheet(COVER_NAME)!.getCell(YEAR_CELL.row, YEAR_CELL.col).value = cover;
  return readXlsxZip(new Uint8Array(await wb.xlsx.writeBuffer()));
}

test.each<[string, number, number | undefined, string | null]>([
  ["the cover dated after the period: refused in one line", 2026, undefined, LINE],
  ["the cover dated after the period, --year the same", 2026, 2026, LINE],
  ["the cover dated after the period, another --year: checked as that year (year_not_cover)", 2026, 2025, null],
  ["the baseline year: checked, the period among its problems", 2020, undefined, null],
  ["the period's last year", 2025, undefined, null],
])("%s", async (_name, cover, year, line) => {
  const grid = await dated(cover);
  const r = checkGrid(grid, year);
  const pane = lockedCheck(grid);
  if (line === null) {
    expect(r.ok).toBe(true);
    return;
  }
  expect(r.ok).toBe(false);
  if (r.ok || pane.ok) throw new Error("refused");
  expect([r.reason, r.message, r.problem.code]).toEqual(["outside_plan", LINE, "cover_year_outside_plan"]);
  // the pane's 校验 says the same line
  expect(openWorkbookProblemText(pane.problem, "zh")).toBe(LINE);
  expect(openWorkbookProblemText(pane.problem, "en")).toMatch(/^The reporting year 2026 on the "填报说明" sheet \(the cover, C5\) is outside the plan period 2021–2025 \(baseline 2020\) of "“十四五”公共服务主要指标目标表", which ended in 2025, so this form cannot hold 2026/);
});
