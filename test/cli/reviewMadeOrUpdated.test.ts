import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";

// a trial: the first review said 已更新「审核」表 of a sheet it had just made
test.each([
  ["zh", "已生成「审核」表：", "已更新「审核」表：", "因填报内容（数值、说明或人工评估）变化待复核"],
  ["en", 'Made the "审核" sheet of ', 'Updated the "审核" sheet of ', "since what they hold changed (values, 说明 or 人工评估)"],
] as const)("review says it made the 审核 sheet, then that it updated it (%s)", async (lang, made, updated, stale) => {
  const f = join(mkdtempSync(join(tmpdir(), "review-made-")), "r.xlsx");
  expect((await cli("template", "zhoushan-2021-2025", "--year", "2023", "--out", f)).code).toBe(0);
  const first = await cli("review", f, "--lang", lang);
  expect([first.code, first.out.startsWith(made), first.out.includes(stale)]).toEqual([0, true, true]);
  const again = await cli("review", f, "--lang", lang);
  expect([again.code, again.out.startsWith(updated)]).toEqual([0, true]);
}, 60000);
