import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { fillDistributed } from "../support/countyReturn";

/**
 * Trial 37b F9: `summary --json` gave `ledger[].state` only as the ledger sheet's Chinese word (已报, 未报), with --lang en
 * too, while `chase` is coded. `stateCode` now codes it (not_sent, sent, returned, accepted) whatever --lang; `state` is
 * kept as it was for scripts that read it.
 */
const dir = mkdtempSync(join(tmpdir(), "ledger-state-code-"));
const sent = join(dir, "下发");

beforeAll(async () => {
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区,岱山县", "--deadline", "2024-01-31", "--out-dir", sent)).code).toBe(0);
  // 定海区 filled 2023; 普陀区 sent its form back blank (未报: 收到空表); 岱山县 sent nothing
  await fillDistributed(sent, 2023, { 定海区: [{ template: "zhoushan-2021-2025", id: "zs21-24", key: "in:2023", value: 6.8 }] });
}, 60000);

test.each<[string, string[]]>([["zh", []], ["en", ["--lang", "en"]]])("summary --json (%s): ledger[].stateCode coded, state the sheet's word", async (_lang, flags) => {
  const r = await cli("summary", join(sent, "2023-定海区.xlsx"), join(sent, "2023-普陀区.xlsx"), "--ledger", join(sent, "报送台账.xlsx"), "--as-of", "2024-02-05", "--json", ...flags);
  expect(r.code).toBe(0);
  const ledger = (JSON.parse(r.out) as { ledger: Array<{ unit: string; state: string; stateCode?: string }> }).ledger;
  expect(ledger.map((x) => [x.unit, x.stateCode, x.state])).toEqual([["定海区", "sent", "已报"], ["普陀区", "not_sent", "未报"], ["岱山县", "not_sent", "未报"]]);
}, 60000);
