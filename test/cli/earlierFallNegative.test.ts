/**
 * trial46a F3, as a manager sees it: a fall-rate row's earlier year typed negative after positive years (义乌市 单位GDP能源消耗降低
 * 〔13.5〕 2021 = 3.0, 2022 = −1.5, a bulletin's 「增长 −1.5%」) was asked about (fall_negative) only when it was the reporting year's:
 * the 2023 check, review and summary said nothing of J17, and −1.5 went into the sum and the forecast. Now each says it of
 * that year's cell, as of another earlier-year warning (2022, its value, no status); the status stays as typed.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellText } from "../../src/domain/CellValue";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { KEY, returnFile, reviewRows, run, years } from "../support/trialReturn";

// 某某市水利 2021–2025, a return of 2024: r04 万元GDP用水量下降（累计） 〔16〕 on row 7 (I7 2021 … L7 2024)
const FILLED = [...years("r04", 3.1, -2.9, 3.2, 2.8)];
const ZH = "J7：2022 年的数值 -2.9 为负数，此前各年均为正数：是否应为 2.9？（下降率通常填正数）；若确为上升，请在说明中写明";
const EN = "J7: 2022's value -2.9 is negative where the years before it are positive: did you mean 2.9? (a fall rate, 下降, is usually entered as a positive number); if it truly rose, explain it in 说明";

let file = "";
beforeAll(async () => {
  file = await returnFile(FILLED);
}, 60000);

describe("an earlier year of a fall rate typed negative is said by check, review and summary on its cell (trial46a F3)", () => {
  test.each<[string, string[], string]>([
    ["check", [], ZH],
    ["check --lang en", ["--lang", "en"], EN],
  ])("%s", async (_what, lang, says) => {
    const out = await run("check", file, "--all", ...lang);
    expect(out.split("\n").find((l) => l.includes("万元GDP用水量下降"))).toContain(says);
  });

  test("check --json: coded, on J7, with its year and value", async () => {
    const j = JSON.stringify(JSON.parse(await run("check", file, "--json")));
    expect(j).toMatch(/"code":"fall_negative","severity":"warning","cell":"J7"[^}]*"year":2022,"value":"-2.9"/);
  });

  test("review: the row's 问题 names J7", async () => {
    const copy = await returnFile(FILLED);
    await run("review", copy);
    expect((await reviewRows(copy)).get(KEY("r04"))?.["issue"]).toContain(ZH);
  }, 60000);

  test("summary: a 问题清单 line on J7, with 2022 and its value and no status, as another earlier year's warning", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "fall-negative-")), "汇总.xlsx");
    await run("summary", file, "--out", out);
    const g = await readXlsxZip(readFileSync(out));
    const rows = (g.sheets.find((s) => s.name === "问题清单")?.rows ?? []).map((r) => (r ?? []).map((c) => cellText(c ?? { type: "empty" })));
    const line = rows.find((r) => r.some((t) => t.includes("2022 年的数值 -2.9")));
    expect(line?.slice(2, 7)).toEqual([expect.stringContaining("!J7"), "万元GDP用水量下降（累计）", "2022 年 -2.9", "—", ZH.slice(3)]);
  }, 60000);
});
