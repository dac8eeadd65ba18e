/**
 * fu10 issue 4: a value changed from the text '3.2' to the number 3.2 is a change; diff (text
 * and --json) and review list it with its year and cell, the text shown as text.
 */
import { mkdtempSync, readFileSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellText } from "../../src/domain/CellValue";
import { VERSIONS_SHEET } from "../../src/cycle/versionsSheet";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { returnFile, run, V1, V2 } from "../support/trialReturn";
import { setSavedAt } from "../support/savedAt";

describe("diff and review name what changed, a text turned number included (fu10 issue 4)", () => {
  let v1 = "";
  let v2 = "";
  beforeAll(async () => {
    v1 = await returnFile(V1);
    v2 = await returnFile(V2);
  }, 60000);

  test.each<[string, string, string, string]>([
    ["a text turned number in an earlier year", "r04", "2023", "K7 万元GDP用水量下降（累计） 2023年：「3.2」（文本） → 3.2"],
    ["the year's value", "r07", "2024", "L10 用水总量 2024年：4.62 → 4.65"],
    ["a 说明 written", "r09", "note", "P12 再生水利用率 说明：（空） → 再生水厂二期2025年投运后可达标"],
    ["the reviewer's 人工评估 left out", "r13", "assess", "Q16 河长制工作 人工评估：已达标 → （空）"],
  ])("%s: in diff's text and --json", async (_, id, field, line) => {
    const text = await run("diff", v1, v2);
    expect(text).toContain(`!${line}`);
    const json = JSON.parse(await run("diff", v1, v2, "--json")) as { changes: Array<Record<string, unknown>> };
    expect(json.changes.filter((c) => c["id"] === id && c["field"] === field)).toHaveLength(1);
  }, 60000);

  test("--json says which side held text", async () => {
    const json = JSON.parse(await run("diff", v1, v2, "--json")) as { changes: Array<Record<string, unknown>> };
    expect(json.changes.find((c) => c["id"] === "r04")).toMatchObject({ field: "2023", cell: "K7", old: "3.2", new: "3.2", oldIsText: true });
    expect(json.changes.find((c) => c["id"] === "r07")).not.toHaveProperty("oldIsText");
  }, 60000);

  test("--lang en", async () => {
    expect(await run("diff", v1, v2, "--lang", "en")).toContain("2023: \"3.2\" (text) → 3.2");
  }, 60000);

  test("summary's 版本变化 lists what diff lists (a text turned number, a 说明, a 人工评估), in diff's words", async () => {
    // saved by the unit on those days too: one save time shared would leave them tied (trial41a F1)
    await setSavedAt(v1, "2025-01-10T08:00:00Z");
    await setSavedAt(v2, "2025-01-20T08:00:00Z");
    utimesSync(v1, new Date("2025-01-10T08:00:00Z"), new Date("2025-01-10T08:00:00Z"));
    utimesSync(v2, new Date("2025-01-20T08:00:00Z"), new Date("2025-01-20T08:00:00Z"));
    const out = join(mkdtempSync(join(tmpdir(), "versions-")), "汇总.xlsx");
    const s = JSON.parse(await run("summary", v1, v2, "--out", out, "--json")) as { resubmissions: Array<{ changes: Array<Record<string, unknown>> }> };
    const d = JSON.parse(await run("diff", v1, v2, "--json")) as { changes: Array<Record<string, unknown>> };
    const pick = (c: Record<string, unknown>): unknown[] => [c["id"], c["field"], c["old"], c["new"], c["oldIsText"] ?? false];
    expect(s.resubmissions[0]?.changes.map(pick)).toEqual(d.changes.map(pick));
    const g = await readXlsxZip(readFileSync(out));
    const rows = g.sheets.find((x) => x.name === VERSIONS_SHEET)!.rows.map((r) => r.map((v) => cellText(v)).join("|"));
    expect(rows.some((r) => /万元GDP用水量下降（累计）\|2023年\|[^|]+!K7\|「3\.2」（文本）\|3\.2\|/.test(r))).toBe(true);
    expect(rows.some((r) => /\|说明\|[^|]+!P12\|（空）\|再生水厂二期/.test(r))).toBe(true);
  }, 60000);
});
