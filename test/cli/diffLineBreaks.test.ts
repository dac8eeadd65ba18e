/**
 * `diff` prints one line per change, but a 说明 written on several lines (Alt+Enter in Excel) spilled
 * over several lines of its output, the next lines reading as if they were changes of their own.
 * Its line breaks now show as ⏎ (oneLineText) in diff's text and in the summary's 版本变化 cells
 * (one line each, not wrapped); --json and the summary's JSON keep the text as written.
 */
import { mkdtempSync, readFileSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellText } from "../../src/domain/CellValue";
import { VERSIONS_SHEET } from "../../src/cycle/versionsSheet";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { LINE_BREAK_MARK, oneLineText } from "../../src/sheet/oneLineText";
import { at, returnFile, run, V1 } from "../support/trialReturn";
import { setSavedAt } from "../support/savedAt";

const OLD = "受干旱影响，部分灌区节水改造工程推迟至2025年完工";

describe("a 说明 on several lines is one line of diff (and of 版本变化), its breaks marked", () => {
  let v1 = "";
  let v2 = "";
  beforeAll(async () => {
    v1 = await returnFile(V1);
    v2 = await returnFile([...V1.filter((e) => !(e.id === "r06" && e.key === "note")), at("r06", "note", "受干旱影响：\n1. 灌区改造推迟\r\n2. 2025年完工"), at("r09", "note", "第一行\n\n第三行")]);
    // saved by the unit on those days too: one save time shared would leave them tied (trial41a F1)
    await setSavedAt(v1, "2025-01-10T08:00:00Z");
    await setSavedAt(v2, "2025-01-20T08:00:00Z");
    utimesSync(v1, new Date("2025-01-10T08:00:00Z"), new Date("2025-01-10T08:00:00Z"));
    utimesSync(v2, new Date("2025-01-20T08:00:00Z"), new Date("2025-01-20T08:00:00Z"));
  }, 60000);

  test.each<[string, "zh" | "en", string]>([
    ["a 说明 rewritten on three lines (Alt+Enter)", "zh", `说明：${OLD} → 受干旱影响： ⏎ 1. 灌区改造推迟 ⏎ 2. 2025年完工`],
    ["a blank line is a mark of its own (a change that shows)", "zh", "说明：（空） → 第一行 ⏎  ⏎ 第三行"],
    ["in English", "en", `note (说明): ${OLD} → 受干旱影响： ⏎ 1. 灌区改造推迟 ⏎ 2. 2025年完工`],
  ])("%s (%s)", async (_, lang, line) => {
    const text = await run("diff", v1, v2, "--lang", lang);
    const lines = text.trimEnd().split("\n");
    expect(lines.filter((l) => l.endsWith(line))).toHaveLength(1);
    // the head, then one line per change, each naming its sheet and cell
    expect(lines.slice(1).every((l) => /^ {2}\S+![A-Z]+\d+ /.test(l))).toBe(true);
  }, 60000);

  test("--json keeps the 说明 as written, its line breaks included", async () => {
    const json = JSON.parse(await run("diff", v1, v2, "--json")) as { changes: Array<Record<string, unknown>> };
    expect(json.changes.find((c) => c["id"] === "r06" && c["field"] === "note")?.["new"]).toMatch(/^受干旱影响：\n1\. 灌区改造推迟\r?\n2\. 2025年完工$/); // XML reads a CRLF as LF
  }, 60000);

  test("the summary's 版本变化: 原值 and 新值 one line each, as diff says them", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "versions-breaks-")), "汇总.xlsx");
    await run("summary", v1, v2, "--out", out);
    const g = await readXlsxZip(readFileSync(out));
    const rows = g.sheets.find((x) => x.name === VERSIONS_SHEET)!.rows.map((r) => r.map((v) => cellText(v)));
    const note = rows.find((r) => r[2] === "说明" && r[4] === OLD);
    expect(note?.[5]).toBe("受干旱影响： ⏎ 1. 灌区改造推迟 ⏎ 2. 2025年完工");
    expect(rows.flat().some((t) => /[\r\n]/.test(t) && t.includes("第三行"))).toBe(false);
  }, 60000);

  test.each<[string, string]>([
    ["a\nb", "a ⏎ b"], ["a\r\nb", "a ⏎ b"], ["a\rb", "a ⏎ b"], ["a\n\nb", "a ⏎  ⏎ b"], ["one line", "one line"], ["", ""],
  ])("oneLineText(%j) is %j", (text, shown) => {
    expect(oneLineText(text)).toBe(shown);
    expect(LINE_BREAK_MARK).toBe(" ⏎ ");
  });
});
