import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellText } from "../../src/domain/CellValue";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import type { InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { summaryText } from "../../src/cli/summaryText";
import { LEDGER_SHEET } from "../../src/cycle/ledgerSheet";
import { toPutRight } from "../../src/cycle/toPutRight";
import type { UnitFacts } from "../../src/cycle/UnitFacts";
import type { SummaryFigures } from "../../src/sheet/summarize";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { fillDistributed } from "../support/countyReturn";

/**
 * trial29c F5: `summary` named whom to chase for rows 未填报 and for returns not sent, but not the
 * units whose return has errors (数据异常) or lagging rows without a 说明, though the 报送台账 sheet
 * counts both (错误数, 未说明的滞后). The terminal now names them, with the sheet's counts; the old
 * text had neither line.
 */
const zs = findTemplate("zhoushan-2021-2025") as Template;
const dir = mkdtempSync(join(tmpdir(), "chase-put-right-"));
const figures = { projects: { count: 0, planned: 0, completed: 0, byCategory: [], byOwner: [], lagging: [], withheld: [] }, year: 2023, units: [], totals: {}, flags: [], runningTotals: [] } as unknown as SummaryFigures;

const facts = (unit: string, state: UnitFacts["state"], errors: number, unexplainedLags: number, more: Partial<UnitFacts> = {}): UnitFacts => ({
  unit, deadline: "2024-01-31", file: `2023-${unit}.xlsx`, state, errors, unexplainedLags, missing: 0, rows: 18, lock: "", versions: 1, changes: 0, ...more,
});
const lines = (list: UnitFacts[], lang: "zh" | "en"): string[] => summaryText("汇总.xlsx", figures, [], list, lang).split("\n");
const ERRORS = { zh: "有错误，请退回改正：", en: "Sent with errors, to be sent back and corrected: " };
const LAGS = { zh: "滞后未写说明，请督促补写说明：", en: "Lagging without a 说明 (explanation), to be explained: " };

describe("summary names the units with errors to correct and lags to explain", () => {
  test.each<[string, UnitFacts[], string | null, string | null, string | null, string | null]>([
    ["errors in two returns, 已报 and 退回", [facts("定海区", "已报", 2, 0), facts("岱山县", "退回", 1, 0), facts("普陀区", "已报", 0, 0)],
      "定海区 2 处、岱山县 1 处", "定海区 (2 errors), 岱山县 (1 error)", null, null],
    ["lags without a 说明", [facts("定海区", "已报", 0, 3), facts("岱山县", "已报", 0, 1)],
      null, null, "定海区 3 项、岱山县 1 项", "定海区 (3 lagging indicators), 岱山县 (1 lagging indicator)"],
    ["both in one return", [facts("定海区", "退回", 2, 1)], "定海区 2 处", "定海区 (2 errors)", "定海区 1 项", "定海区 (1 lagging indicator)"],
    // accepted as it is (a locked return cannot be corrected or explained): not chased
    ["通过 with lags: not chased", [facts("定海区", "通过", 0, 2, { lock: "已锁定" })], null, null, null, null],
    // held at 已报（通过未生效）: its errors are on the summary_held line, with the same count, not twice
    ["held: errors named on the held line only", [facts("定海区", "已报", 2, 1, { held: 2 })], null, null, "定海区 1 项", "定海区 (1 lagging indicator)"],
    ["未报: nothing counted", [{ unit: "定海区", deadline: "2024-01-31", state: "未报", errors: 0, unexplainedLags: 0, missing: 0, rows: 0, lock: "", versions: 0, changes: 0 }], null, null, null, null],
  ])("%s", (_, list, errZh, errEn, lagZh, lagEn) => {
    const zh = lines(list, "zh");
    const en = lines(list, "en");
    const line = (all: string[], head: string): string | null => all.find((l) => l.startsWith(head))?.slice(head.length) ?? null;
    expect([line(zh, ERRORS.zh), line(en, ERRORS.en), line(zh, LAGS.zh), line(en, LAGS.en)]).toEqual([errZh, errEn, lagZh, lagEn]);
    if (list.some((x) => x.held)) expect(zh.join("\n")).toContain("审核通过但仍有错误、不能锁定（按已报）：定海区 2 处错误");
  });

  test.each<[string, Parameters<typeof toPutRight>[0], ReturnType<typeof toPutRight>]>([
    ["已报", { state: "已报", errors: 2, unexplainedLags: 1 }, { errors: 2, lags: 1, changed: [] }],
    ["退回", { state: "退回", errors: 1, unexplainedLags: 4 }, { errors: 1, lags: 4, changed: [] }],
    ["held", { state: "已报", errors: 2, unexplainedLags: 1, held: 2 }, { errors: 0, lags: 1, changed: [] }],
    ["通过", { state: "通过", errors: 0, unexplainedLags: 3 }, { errors: 0, lags: 0, changed: [] }],
    ["未报", { state: "未报", errors: 0, unexplainedLags: 0 }, { errors: 0, lags: 0, changed: [] }],
    // trial38 F4: a cell changed since the lock is the reviewer's to re-check, not an error to send back
    ["已报, changed since the lock", { state: "已报", errors: 2, unexplainedLags: 0, blockers: { invalid: 1, overwritten: [], other: [], formulas: [], sheetsMissing: [], changed: ["K12"] } },
      { errors: 1, lags: 0, changed: ["K12"], blockers: { invalid: 1, overwritten: [], other: [], formulas: [], sheetsMissing: [] } }],
  ])("toPutRight: %s", (_, f, expected) => {
    expect(toPutRight(f)).toEqual(expected);
  });

  const numbers = (): InputEntry[] => sampleReturn(zs, 2023).filter((e) => typeof e.value === "number");
  test("on files: the terminal's counts are the 报送台账 sheet's 错误数 and 未说明的滞后", async () => {
    const d = join(dir, "cycle");
    expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,岱山县", "--deadline", "2024-01-31", "--out-dir", d)).code).toBe(0);
    const year = numbers().filter((e) => e.key === "in:2023");
    // 定海区: two of the year's values typed as words (errors); 岱山县: the year's values far below the pace (lags, no 说明)
    const returns: Record<string, InputEntry[]> = {
      定海区: numbers().map((e) => (e.key === "in:2023" && year.slice(0, 2).some((y) => y.id === e.id) ? { ...e, value: "暂无" } : e)),
      岱山县: numbers().map((e) => (e.key === "in:2023" ? { ...e, value: 0 } : e)),
    };
    await fillDistributed(d, 2023, returns);
    const args = [join(d, "2023-定海区.xlsx"), join(d, "2023-岱山县.xlsx"), "--ledger", join(d, "报送台账.xlsx"), "--as-of", "2024-02-05", "--out", join(d, "汇总.xlsx")];
    const zh = await cli("summary", ...args);
    expect(zh.err).toBe("");
    const en = await cli("--lang", "en", "summary", ...args, "--force");
    const g = await readXlsxZip(readFileSync(join(d, "汇总.xlsx")));
    const rows = g.sheets.find((x) => x.name === LEDGER_SHEET)!.rows.map((row) => (row ?? []).map((c) => (c ? cellText(c) : "")));
    const header = rows.find((r) => r.includes("报送状态"))!;
    const [errCol, lagCol] = [header.indexOf("错误数"), header.indexOf("未说明的滞后")];
    const counts = (unit: string): [number, number] => {
      const r = rows.find((x) => x[header.indexOf("填报单位")] === unit)!;
      return [Number(r[errCol]), Number(r[lagCol])];
    };
    const [dErr, dLag] = counts("定海区");
    const [sErr, sLag] = counts("岱山县");
    // the returns do what they were made to do: without it the agreement below would hold vacuously
    expect(dErr).toBeGreaterThanOrEqual(2);
    expect(sLag).toBeGreaterThan(0);
    const named = (out: string, head: string, each: (u: string, n: number) => string, list: Array<[string, number]>): void => {
      const shown = list.filter(([, n]) => n > 0).map(([u, n]) => each(u, n));
      expect(out.split("\n").filter((l) => l.startsWith(head))).toEqual(shown.length ? [head + shown.join(head === ERRORS.zh || head === LAGS.zh ? "、" : ", ")] : []);
    };
    named(zh.out, ERRORS.zh, (u, n) => `${u} ${n} 处（数据异常 ${n} 项）`, [["定海区", dErr], ["岱山县", sErr]]);
    named(zh.out, LAGS.zh, (u, n) => `${u} ${n} 项`, [["定海区", dLag], ["岱山县", sLag]]);
    named(en.out, ERRORS.en, (u, n) => `${u} (${n} error${n === 1 ? "" : "s"}: invalid data on ${n} row${n === 1 ? "" : "s"})`, [["定海区", dErr], ["岱山县", sErr]]);
    named(en.out, LAGS.en, (u, n) => `${u} (${n} lagging indicator${n === 1 ? "" : "s"})`, [["定海区", dLag], ["岱山县", sLag]]);
  }, 60000);
});
