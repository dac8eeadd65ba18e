import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { excelOwner, lockableReturnBytes } from "../support/lockedReturn";

/**
 * trial43b F8: Excel's owner file (~$2025-青溪县.xlsx, 李四) beside a return in a folder went unsaid by check, summary and
 * report, while review and lock refuse beside it; in a shared folder the figures read may not be the final ones. Each
 * now says in one line who has it open and that its last saved figures were read, and goes on (exit 0); --json says it
 * as `open` (check: on the file's own line). A lock file whose workbook is not in the folder says nothing.
 */
const dir = mkdtempSync(join(tmpdir(), "open-return-"));
const folder = join(dir, "收到");
const held = join(folder, "2023-定海区.xlsx");

beforeAll(async () => {
  mkdirSync(folder);
  writeFileSync(held, await lockableReturnBytes());
  writeFileSync(join(folder, "~$2023-定海区.xlsx"), excelOwner("李四", "Li Si"));
  // left behind by a workbook no longer there: nothing to say
  writeFileSync(join(folder, "~$2023-岱山县.xlsx"), excelOwner("王五", "Wang Wu"));
}, 60_000);

describe("a return open in someone's Excel is said, not refused", () => {
  test.each<[string, string[], string, string]>([
    ["check", [], "核对", "the figures checked are the ones it last saved"],
    ["summary", [], "汇总", "the figures summed are the ones it last saved"],
    ["report", [], "评估", "the figures evaluated are the ones it last saved"],
  ])("%s", async (command, extra, verb, en) => {
    const zh = await cli(command, folder, ...extra);
    expect(zh.code).toBe(0);
    const said = zh.out.split("\n").filter((l) => l.includes("正由"));
    expect(said).toEqual([`${held} 正由 李四 在 Excel 或 WPS 中打开（旁边有 ~$2023-定海区.xlsx）：本次${verb}的是该文件最近一次保存的内容，之后未保存的修改不在其中；如对方仍在修改，请其保存并关闭后再${verb}`]);
    const english = await cli(command, folder, ...extra, "--lang", "en");
    expect(english.out.split("\n").filter((l) => l.includes("is open in"))).toEqual([expect.stringContaining(`${held} is open in Excel or WPS by 李四 (~$2023-定海区.xlsx beside it): ${en}`)]);
    const json = await cli(command, folder, ...extra, "--json");
    expect(json.code).toBe(0);
    const lines = json.out.trim().split("\n").map((l) => JSON.parse(l) as { file?: string; open?: unknown });
    const open = command === "check" ? lines.filter((l) => l.open).map((l) => ({ file: l.file, ...(l.open as object) })) : (lines[0]?.open as unknown[] | undefined);
    expect(open).toEqual([{ file: held, lock: "~$2023-定海区.xlsx", holder: "李四" }]);
  }, 60_000);
});
