import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "legend-"));

/** The cover's legend text beside a status label (填报说明, column C). */
async function legend(ids: string[], label: string): Promise<string> {
  const file = join(dir, `${ids.join("+")}.xlsx`);
  const r = await cli("template", ...ids, "--year", "2024", "--out", file, "--force");
  if (r.code !== 0) throw new Error(r.err);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("填报说明");
  for (let row = 1; row <= 30; row++) if (ws?.getCell(row, 1).value === label) return String(ws.getCell(row, 3).value ?? "");
  return "";
}

// a trial's cover said 不适用 for a project 尚未开工 (§4: only before its start year, or 已撤并 / 已转型),
// and sent a reform's verdict to a 人工评估 column its sheet does not have
describe("the cover's legend says what the workbook's lists do", () => {
  test.each<[string, string[], string, string[], string[]]>([
    ["projects: 不适用 by §4", ["shengsi-2024-projects"], "不适用", ["早于开工年份", "已撤并、已转型"], ["尚未开工", "本年度无目标"]],
    // trial44a F7: it sent the verdict to 审核意见, a column nothing reads; the 审核结论 on the 审核 sheet concludes it
    ["reforms: the verdict is the 审核 sheet's 审核结论", ["shengsi-2024-reforms"], "待人工评估", ["改革事项", "审核表中给出审核结论（通过或已说明）"], ["“人工评估”列", "“审核意见”列"]],
    ["projects: the verdict is the 审核 sheet's 审核结论", ["shengsi-2024-projects"], "待人工评估", ["总投资为“/”", "审核表中给出审核结论（通过或已说明）"], ["“人工评估”列", "“审核意见”列"]],
    ["indicators alone: as before", ["shengsi-2023-2027"], "待人工评估", ["“人工评估”列"], ["审核意见"]],
    ["indicators alone: no project words", ["shengsi-2023-2027"], "不适用", ["本年度无目标"], ["项目"]],
    // trial47c F1: a ceiling met at the baseline and broken later is 滞后 (§3: no trajectory), not the 倒退 of 严重滞后
    ["滞后 without a trajectory names the baseline already meeting the target", ["shengsi-2023-2027"], "滞后", ["无法计算进度（如基期值已满足目标）而未达标"], []],
    // dev47i: a reform past its 完成时限 is 严重滞后 as a project past its 建设年限
    ["严重滞后 names overdue reforms beside projects", ["shengsi-2024-reforms"], "严重滞后", ["项目或改革逾期未完成"], []],
  ])("%s", async (_why, ids, label, has, hasNot) => {
    const text = await legend(ids, label);
    for (const w of has) expect(text).toContain(w);
    for (const w of hasNot) expect(text).not.toContain(w);
  });
});
