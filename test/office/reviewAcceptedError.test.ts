/**
 * trial33p P2: 通过 on a cell that still has an error, then 生成审核表 again, read green 已更新审核表 … 待复核 0 条, where
 * `review` says 注意：工作表「审核」第 N 行…的审核结论为“通过”，但该格仍有 1 处错误，这份填报不能锁定… The pane's outcome now
 * carries that line (review_accepted_error, from acceptedErrorLine, which `review` prints, over the same reviewerVerdicts), in
 * both languages. Fake Excel, the pane's code path (makeReview → excelActions).
 */
import { applyPlan, readWorkbookGrid } from "../../src/hosts/office";
import { hostFunctions } from "../../src/ui/shared/officeHost";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { excelActions } from "../../src/ui/shared/excelActions";
import { makeReview } from "../../src/ui/shared/summaryActions";
import { FakeExcel } from "./fakeExcel";
import { stubExcelRun, unstubExcelRun } from "./stubExcelRun";

const zs = findTemplate("zhoushan-2021-2025") as Template;
const SHEET = "舟山市表2";
afterAll(unstubExcelRun);

// a share typed as 90 where the row wants a fraction or a percentage sign, a count far out of range: errors the check finds
const TYPED: Array<[string, string | number]> = [["K4", 0.8], ["K8", 80], ["K17", 2], ["K24", 0.9], ["K33", 8051]];

describe("生成审核表 with 通过 on a cell that still has an error", () => {
  test.each<["zh" | "en"]>([["zh"], ["en"]])("the pane says review's review_accepted_error line, as review prints it (%s)", async (lang) => {
    const fx = new FakeExcel(["Sheet1"]);
    await applyPlan(fx.context, buildWorkbookPlan([zs], { year: 2023, reportingUnit: "普陀区" }), { isSetSupported: fx.isSetSupported });
    for (const [cell, v] of TYPED) fx.userType(SHEET, cell, v);
    stubExcelRun(fx.context);
    const a = excelActions(hostFunctions(fx.isSetSupported));
    // the first cell with an error, as check finds it
    const checked = checkGrid(await readWorkbookGrid(fx.context));
    if (!checked.ok) throw new Error(checked.message);
    const bad = checked.report.items.flatMap((i) => i.issues.filter((x) => x.severity === "error").map((x) => ({ cell: x.cell ?? "", sheet: i.sheet })))[0];
    expect(bad?.cell).toMatch(/^[A-Z]+\d+$/);
    const first = await makeReview(a, lang);
    if (!first.ok) throw new Error(first.message);
    expect(first.accepted).toBeUndefined();
    // 通过 on that cell's row of 审核 (columns found by the hidden key row, rows by the 位置 column)
    const review = fx.sheet("审核");
    const col = (key: string): number => { for (let c = 1; c < 40; c++) if (review.peek(2, c)?.value === key) return c; throw new Error(key); };
    let row = -1;
    for (let r = 4; r < 400 && row < 0; r++) if (review.peek(r, 2)?.value === bad?.cell) row = r;
    expect(row).toBeGreaterThan(3);
    fx.userType("审核", `${String.fromCharCode(64 + col("decision"))}${row}`, "通过");
    const again = await makeReview(a, lang);
    if (!again.ok) throw new Error(again.message);
    const line = again.accepted?.[lang] ?? "";
    expect(line).toContain(lang === "en" ? `sheet "审核" row ${row} (${bad?.sheet}!${bad?.cell} ` : `工作表「审核」第 ${row} 行（${bad?.sheet}!${bad?.cell} `);
    // and the other language, for the pane's redraw on 中文/English
    expect(again.accepted?.[lang === "en" ? "zh" : "en"]).toContain(`${bad?.sheet}!${bad?.cell}`);
  });
});
