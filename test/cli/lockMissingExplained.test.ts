/**
 * §6a (our reading): a row left blank with its reason in 说明 is 未填报, explained — check says
 * 未填报（已说明：…）, the summary counts it apart (未填报但已说明原因). `lock`'s note named every 未填报 row
 * alike (N 项未填报（工作表!K11 名称、…）), so a reviewer could not tell the explained rows from the
 * rest. Now it counts them apart (其中 N 项已说明原因 / N of them explained in 说明) and names each with
 * check's words for it (：未填报（已说明：…）). On the old code the line had neither.
 * trial46b F5: one list of the first 10 rows followed 其中 1 项已说明原因, so a pane naming 3 (L10, L11, L12, none explained)
 * read as naming the explained one; now the explained rows are named in their own brackets, the others after
 * M 项未说明原因 (M not explained), each list with its own count. On the old code the explained row was not first.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { lockableReturnBytes } from "../support/lockedReturn";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { findTemplate } from "../../src/templates/catalog";

const dir = mkdtempSync(join(tmpdir(), "lock-missing-explained-"));
const zs = findTemplate("zhoushan-2021-2025")!;
const REASON = "统计局尚未发布2023年调查失业率";

interface Checked { counts: { missing: number }; items: Array<{ id: string; name: string; status: string }> }

/** The return with the 说明 of its first `noted` 未填报 rows written; its 未填报 rows' names, in check's order. */
async function withNotes(f: string, noted: number): Promise<{ missing: Checked["items"] }> {
  writeFileSync(f, await lockableReturnBytes());
  const checked = JSON.parse((await cli("check", f, "--json")).out) as Checked;
  const missing = checked.items.filter((i) => i.status === "missing");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f);
  expect(fillInputs(wb, missing.slice(0, noted).map((i) => ({ template: zs.id, id: i.id, key: "note", value: REASON })))).toEqual([]);
  await wb.xlsx.writeFile(f);
  return { missing };
}

describe("lock's note counts the 未填报 rows explained in 说明 apart and names them as check does", () => {
  test.each<[string, "zh" | "en", number | "all"]>([
    ["one of several explained (zh)", "zh", 1],
    ["one of several explained (en)", "en", 1],
    ["every blank row explained (zh)", "zh", "all"],
    ["every blank row explained (en)", "en", "all"],
    ["none explained: as before (zh)", "zh", 0],
  ])("%s", async (name, lang, notedAsked) => {
    const f = join(dir, `${name}.xlsx`);
    const probe = await withNotes(f, 0);
    const noted = notedAsked === "all" ? probe.missing.length : notedAsked;
    const { missing } = await withNotes(f, noted);
    expect(missing.length).toBeGreaterThan(1);
    const r = await cli("lock", f, "--lang", lang);
    expect([r.code, r.err]).toEqual([0, ""]);
    const note = r.out.split("\n").find((l) => l.startsWith(lang === "en" ? "Note: " : "注意："))!;
    expect(note).toBeDefined();
    const said = lang === "en" ? `not filled in (explained: ${REASON})` : `未填报（已说明：${REASON}）`;
    // each explained row named with check's words after its name; no other row with them
    for (const [k, i] of missing.slice(0, 10).entries()) {
      const named = new RegExp(`!K\\d+ ${i.name.replace(/[()（）.*+?[\]]/g, "\\$&")}${lang === "en" ? ": " : "："}${said.replace(/[()（）]/g, "\\$&")}`);
      if (k < noted) expect(note).toMatch(named);
      else expect(note).not.toMatch(named);
    }
    const rest = missing.length - noted;
    const counted = lang === "en"
      ? (noted === missing.length ? `${missing.length} rows are 未填报 (not reported), all explained in their 说明 (` : `${missing.length} rows are 未填报 (not reported): ${noted} explained in 说明 (`)
      : (noted === missing.length ? `${missing.length} 项未填报，均已说明原因（` : `${missing.length} 项未填报，其中 ${noted} 项已说明原因（`);
    if (noted) expect(note).toContain(counted);
    else {
      expect(note).toContain(`${missing.length} 项未填报（`);
      expect(note).not.toContain("已说明");
    }
    // the explained rows in their own brackets, right after their count; the others after theirs, counted apart
    if (noted && noted < missing.length) {
      const explainedList = note.slice(note.indexOf(counted) + counted.length);
      expect(explainedList).toMatch(new RegExp(`^[^!]+!K\\d+ ${missing[0]!.name.replace(/[()（）.*+?[\]]/g, "\\$&")}`));
      expect(note).toContain(lang === "en" ? `, ${rest} not explained (` : `，${rest} 项未说明原因（`);
      const others = note.slice(note.indexOf(lang === "en" ? `, ${rest} not explained (` : `，${rest} 项未说明原因（`));
      expect(others).toContain(missing[noted]!.name);
    }
  }, 120000);
});
