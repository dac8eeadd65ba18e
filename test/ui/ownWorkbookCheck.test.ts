import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorkbookFile } from "../../src/cli/loadWorkbookFile";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { ribbonCheck } from "../../src/ui/commands/ribbonCheck";
import type { OfficeActions } from "../../src/ui/shared/OfficeActions";
import { lockedCheck } from "../../src/ui/shared/lockedCheck";
import { openWorkbookProblemText } from "../../src/ui/shared/openWorkbookProblem";
import { cli } from "../support/cli";

/**
 * A trial opened the summary `plan-returns summary` wrote and clicked 校验: the pane said 本工作簿还没有填报表：请先…加载模板,
 * as for a blank workbook, where `check` of the same file says it is a summary and which units it covers. The pane (and the
 * ribbon's dialog, the same lockedCheck and openWorkbookProblemText) says so in one line, in the pane's language, and what
 * to do instead; the 报送台账 likewise.
 */
const dir = mkdtempSync(join(tmpdir(), "pane-own-"));
const got = join(dir, "收到");
const grids: Record<string, GridWorkbook> = {};

beforeAll(async () => {
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区", "--out-dir", got)).code).toBe(0);
  expect((await cli("summary", got, "--ledger", join(got, "报送台账.xlsx"), "--out", join(got, "汇总.xlsx"))).code).toBe(0);
  expect((await cli("summary", join(got, "2023-定海区.xlsx"), "--out", join(dir, "无台账汇总.xlsx"))).code).toBe(0);
  for (const [k, f] of [["summary", join(got, "汇总.xlsx")], ["summaryNoLedger", join(dir, "无台账汇总.xlsx")], ["ledger", join(got, "报送台账.xlsx")]] as const) {
    const l = await loadWorkbookFile(f);
    if (!l.ok) throw new Error(l.message);
    grids[k] = l.grid;
  }
}, 60000);

const never = (): never => { throw new Error("the check writes nothing"); };
const actionsOver = (grid: GridWorkbook): OfficeActions => ({
  readGrid: () => Promise.resolve(grid), select: () => Promise.resolve(),
  sheets: never, apply: never, sheetNames: never, replace: never, applyFixes: never,
});

test.each<[string, string, "zh" | "en", string]>([
  ["a summary with its ledger", "summary", "zh", "本工作簿是汇总表（summary 写出的），汇总了定海区、普陀区（2 个单位），不是填报，不核对：要核对填报单位交来的填报，请在 Excel 中打开那份文件，再在其中点“校验”。"],
  ["in English", "summary", "en", "This workbook is a summary (written by summary) that covers 定海区, 普陀区 (2 units), not a return, so it is not checked: to check a reporting unit's return, open that file in Excel and click Check there."],
  ["a summary written without --ledger (汇总 and 问题清单 only)", "summaryNoLedger", "zh", "本工作簿是汇总表（summary 写出的），汇总了定海区（1 个单位），不是填报，不核对：要核对填报单位交来的填报，请在 Excel 中打开那份文件，再在其中点“校验”。"],
  ["the 报送台账", "ledger", "zh", "本工作簿是报送台账（distribute、rollover 写出的各单位报送状态），不是填报，不核对：要核对填报单位交来的填报，请在 Excel 中打开那份文件，再在其中点“校验”。"],
  ["the 报送台账 in English", "ledger", "en", "This workbook is the 报送台账 ledger (written by distribute or rollover: each unit's state), not a return, so it is not checked: to check a reporting unit's return, open that file in Excel and click Check there."],
])("校验 of %s says what it is", async (_d, which, lang, said) => {
  const grid = grids[which]!;
  const out = lockedCheck(grid);
  if (out.ok) throw new Error("expected a refusal");
  expect(openWorkbookProblemText(out.problem, lang)).toBe(said);
  const dialog = await ribbonCheck(actionsOver(grid), lockedCheck, lang);
  expect(dialog).toMatchObject({ kind: "error", message: said });
});
