/**
 * trial36 N7: `rollover 收到/ --year 2027 --out-dir 下发2027/` without --deadline left 报送截止日期 (填报说明 C6) blank on every
 * new return and said nothing. rollover and distribute now say it in one line (deadlineNotes, the one home of their
 * --deadline lines), and rollover --json gives it as a coded note.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";

const dir = mkdtempSync(join(tmpdir(), "deadline-not-set-"));
const ZH = "新填报未写报送截止日期（可加 --deadline YYYY-MM-DD）";
let sent = "";
let n = 0;

beforeAll(async () => {
  sent = join(dir, "下发");
  expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区", "--deadline", "2024-01-31", "--out-dir", sent)).code).toBe(0);
}, 60000);

describe("a command writing new returns without --deadline says so", () => {
  test.each<[string, (out: string) => string[], string | null]>([
    ["distribute", (out) => ["distribute", "zhoushan-2021-2025", "--year", "2024", "--units", "定海区,普陀区", "--out-dir", out], ZH],
    ["distribute --lang en", (out) => ["distribute", "zhoushan-2021-2025", "--year", "2024", "--units", "定海区,普陀区", "--out-dir", out, "--lang", "en"], "The new returns have no deadline (add --deadline YYYY-MM-DD)"],
    ["distribute --deadline", (out) => ["distribute", "zhoushan-2021-2025", "--year", "2024", "--units", "定海区", "--deadline", "2025-01-31", "--out-dir", out], null],
    ["rollover of a folder", (out) => ["rollover", sent, "--year", "2024", "--out-dir", out], ZH],
    ["rollover of a folder --lang en", (out) => ["rollover", sent, "--year", "2024", "--out-dir", out, "--lang", "en"], "The new returns have no deadline (add --deadline YYYY-MM-DD)"],
    ["rollover of a folder --deadline", (out) => ["rollover", sent, "--year", "2024", "--out-dir", out, "--deadline", "2025-01-31"], null],
    ["rollover of one file --lang en", (out) => ["rollover", join(sent, "2023-定海区.xlsx"), "--year", "2024", "--out", join(out, "2024-定海区.xlsx"), "--lang", "en"], "The new return has no deadline (add --deadline YYYY-MM-DD)"],
  ])("%s", async (_, args, line) => {
    const r = await cli(...args(join(dir, `out${++n}`)));
    expect([r.code, r.err]).toEqual([0, ""]);
    if (line) expect(r.out.trimEnd().split("\n")).toContain(line);
    else expect(r.out).not.toMatch(/未写报送截止日期|no deadline/);
  }, 60000);

  test.each<[string, string[], unknown]>([
    ["no --deadline: a coded note", [], [{ code: "no_deadline", message: ZH }]],
    ["--deadline given: none", ["--deadline", "2025-01-31"], undefined],
  ])("rollover --json, %s", async (_, extra, notes) => {
    const r = await cli("rollover", sent, "--year", "2024", "--out-dir", join(dir, `json${++n}`), "--json", ...extra);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect((JSON.parse(r.out) as { notes?: unknown }).notes).toEqual(notes);
  }, 60000);
});
