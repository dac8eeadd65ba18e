/**
 * trial40e F1, F6: the pane's lock line, written for people who run no command, said 「review 只标出待复核」 of a 待复核
 * row and 「加 --accept-unassessed」 of a row 待人工评估. It now names the pane's 生成审核表 button and says the reviewer may
 * lock all the same (the ledger's 通过（N 项未评估）); `lock` and `check` on a file keep the command's words.
 */
import { readFileSync } from "node:fs";
import { gridOfBytes } from "../../src/cli/loadWorkbookFile";
import { lockRefusalLine } from "../../src/cli/lockRefusalLine";
import { lockReading } from "../../src/cycle/lockReading";
import type { LockRefusal } from "../../src/cycle/lockRefusals";
import { checkGrid } from "../../src/sheet/checkGrid";
import { lockOutlookLine } from "../../src/ui/shared/lockOutlookLine";
import { LOCKABLE, returnFile } from "../support/trialReturn";

const STALE: LockRefusal = { code: "stale", n: 1, sheet: "审核", rows: [16], items: [{ sheet: "衢州市主要指标目标表", cell: "K16", name: "全省排名", row: 16, marked: true }], unmarked: 0, returned: [], rechecked: [] };
const UNASSESSED: LockRefusal = { code: "unassessed", rows: [{ sheet: "衢州市主要指标目标表", cell: "Q13", name: "全省排名", written: "", item: "quzhou|13" }], passed: [] };

describe("the pane's lock line words a reason for the pane, lock keeps the command's", () => {
  test.each<[string, LockRefusal, "zh" | "en", RegExp, RegExp, RegExp]>([
    ["待复核", STALE, "zh", /（「生成审核表」只标出待复核，不会消除）/, /review |plan-returns/, /（review 只标出待复核，不会消除）/],
    ["待复核, in English", STALE, "en", /and Make review sheet only marks it, never clears it/, /review only|plan-returns/, /and review only marks it/],
    ["待人工评估", UNASSESSED, "zh", /确实无法评估的，审核人员锁定时可以照样锁定（报送台账显示“通过（1 项未评估）”）/, /--accept-unassessed/, /加 --accept-unassessed/],
    ["待人工评估, in English", UNASSESSED, "en", /where it truly cannot be assessed, the reviewer may lock all the same \(the ledger then shows 通过 \(passed, 1 not assessed\)\)/, /--accept-unassessed/, /add --accept-unassessed/],
  ])("%s", async (_name, refusal, lang, pane, never, cli) => {
    const f = await returnFile(LOCKABLE);
    const loaded = await gridOfBytes(f, readFileSync(f));
    if (!loaded.ok) throw new Error(loaded.message);
    const r = checkGrid(loaded.grid);
    if (!r.ok) throw new Error("not checked");
    const reading = { ...lockReading(loaded.grid, r.report), refusals: [refusal] };
    const out = lockOutlookLine(reading, lang);
    expect(out.text).toMatch(pane);
    expect(out.text).not.toMatch(never);
    // trial40e F2: the reason, what to do, an item of its own under the head, as the pane lists it
    expect({ head: out.head, items: out.items.length, first: out.items[0]?.startsWith("1. ") }).toEqual({ head: lang === "zh" ? "不能锁定：审核人员锁定时会因以下 1 个原因拒绝：" : "Cannot be locked yet: the reviewer's lock would refuse it for 1 reason:", items: 1, first: true });
    expect(lockRefusalLine(refusal, { file: "2023-岱山县.xlsx", report: r.report, named: 10, lang }, 1)).toMatch(cli);
  });
});
