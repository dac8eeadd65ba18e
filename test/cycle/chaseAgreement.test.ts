import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellText } from "../../src/domain/CellValue";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import type { InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { summaryText } from "../../src/cli/summaryText";
import { ledgerJson } from "../../src/cli/ledgerJson";
import { chaseOf, type ChaseReason } from "../../src/cycle/chaseOf";
import { LEDGER_SHEET, ledgerSheet } from "../../src/cycle/ledgerSheet";
import type { UnitFacts } from "../../src/cycle/UnitFacts";
import type { SummaryFigures } from "../../src/sheet/summarize";
import { wrappedLines } from "../../src/sheet/wrappedLines";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { fillDistributed } from "../support/countyReturn";
import { decide } from "../support/trialReturn";

/**
 * Session 31: the 报送台账 sheet chased only the units not sent (催报) and those with rows 未填报
 * (补填); a unit whose return had errors or lags without a 说明 showed only as counts (错误数,
 * 未说明的滞后), and `summary --json`'s `ledger[]` did not say whether or why a unit was chased. Now
 * one rule (cycle/chaseOf) gives each unit's reasons, and the sheet's 催办 column and 催报 list,
 * `ledger[].chase` and the terminal's lines say the same. The terminal used to ask to chase a unit
 * whose deadline was weeks away, which the sheet said not to chase yet (暂不催报); it now names
 * such units apart. On the old code chaseOf does not exist, the sheet has no 催办 column and the
 * JSON no `chase`.
 */
const AS_OF = "2024-02-05";
const figures = { projects: { count: 0, planned: 0, completed: 0, byCategory: [], byOwner: [], lagging: [], withheld: [] }, year: 2023, units: [], totals: {}, flags: [], runningTotals: [] } as unknown as SummaryFigures;

/** The terminal's chase lines, zh and en: the units each names follow the prefix. */
const LINES = {
  not_sent: ["未报，请催报：", "Not sent, to be chased: "],
  not_due: ["未报，截止日期未临近，暂不催报：", "Not sent, the deadline not yet near, not chased yet: "],
  complete: ["已报但有未填报的指标，请督促补填：", "Sent with rows not filled (未填报), to be completed: "],
  correct: ["有错误，请退回改正：", "Sent with errors, to be sent back and corrected: "],
  recheck: ["锁定后被改动，请审核人员复核：", "Changed since the lock, for the reviewer to re-check: "],
  explain: ["滞后未写说明，请督促补写说明：", "Lagging without a 说明 (explanation), to be explained: "],
  held: ["审核通过但仍有错误、不能锁定（按已报）：", "Accepted on the review sheet but still with errors, so not lockable (counted sent): "],
} as const;
type Line = keyof typeof LINES;

/** The units a terminal line names (`定海区 2 处`, `定海区 (2 errors)`: the unit is before the first space). */
function namedOn(text: string, line: Line, lang: "zh" | "en"): string[] {
  const head = LINES[line][lang === "zh" ? 0 : 1];
  const l = text.split("\n").find((x) => x.startsWith(head));
  return l === undefined ? [] : l.slice(head.length).replace(/；请退回修改.*$|; send back or correct.*$/, "").split(lang === "zh" ? "、" : ", ").map((x) => x.split(/[ （]/)[0]!);
}

/** The terminal lines that name `unit`, of LINES. */
const linesNaming = (text: string, unit: string, lang: "zh" | "en"): Line[] => (Object.keys(LINES) as Line[]).filter((k) => namedOn(text, k, lang).includes(unit));

/** The ledger sheet as rows of cells by column letter. */
function sheetRows(cells: ReadonlyArray<{ address: string; value?: unknown }>): Array<Record<string, string>> {
  const rows = new Map<number, Record<string, string>>();
  for (const c of cells) {
    const r = Number(c.address.replace(/^[A-Z]+/, ""));
    rows.set(r, { ...(rows.get(r) ?? {}), [c.address.replace(/\d+$/, "")]: String(c.value ?? "") });
  }
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, x]) => x);
}

/** Per unit: its 催办 cell in the table, and the marks of its lines in the 催报 list below. */
function sheetChase(rows: Array<Record<string, string>>, unit: string): { cell: string; marks: string[] } {
  const header = rows.find((r) => Object.values(r).includes("催办"))!;
  const col = Object.keys(header).find((k) => header[k] === "催办")!;
  const list = rows.findIndex((r) => r["A"] === "催报");
  const row = rows.find((r, i) => i < list && /^\d+$/.test(r["A"] ?? "") && (r["B"] ?? "").startsWith(unit))!;
  return { cell: row[col] ?? "", marks: rows.slice(list).filter((r) => r["B"] === unit).map((r) => r["C"] ?? "") };
}

const facts = (unit: string, state: UnitFacts["state"], more: Partial<UnitFacts> = {}): UnitFacts => ({
  unit, deadline: "2024-01-31", ...(state === "未报" ? {} : { file: `2023-${unit}.xlsx` }), state, errors: 0, unexplainedLags: 0, missing: 0, rows: state === "未报" ? 0 : 18, lock: "", versions: state === "未报" ? 0 : 1, changes: 0, ...more,
});

describe("one rule says whom to chase and why: JSON, sheet and terminal agree", () => {
  test.each<[string, UnitFacts, ChaseReason[], string, string[], Line[]]>([
    ["not sent, the deadline past", facts("嵊泗县", "未报"), ["not_sent"], "催报", ["催报"], ["not_sent"]],
    ["not sent, no deadline set", facts("嵊泗县", "未报", { deadline: "" }), ["not_sent"], "催报", ["催报"], ["not_sent"]],
    // the sheet said 暂不催报 while the terminal asked to chase it: now neither chases it, the terminal names it apart
    ["not sent, the deadline weeks away", facts("嵊泗县", "未报", { deadline: "2024-03-31" }), [], "", [], ["not_due"]],
    ["not sent, the deadline 3 days away", facts("嵊泗县", "未报", { deadline: "2024-02-08" }), ["not_sent"], "催报", ["催报"], ["not_sent"]],
    // its own line says why and what to do (unusableFileLine), whatever the deadline; named on the 催报 line too, as the
    // sheet's 催报 list names it (trial37c F1: the line named only the units that sent nothing)
    ["its file cannot be summed, the deadline weeks away", facts("嵊泗县", "未报", { deadline: "2024-03-31", file: "2023-嵊泗县.xls", unusable: "old_xls", versions: 1 }), ["not_sent"], "催报", ["催报"], ["not_sent"]],
    ["sent back blank", facts("缙云县", "未报", { file: "2023-缙云县.xlsx", blank: "file", versions: 1 }), ["not_sent"], "催报", ["催报"], ["not_sent"]],
    ["the year's values blank", facts("遂昌县", "未报", { file: "2023-遂昌县.xlsx", blank: "year", versions: 1 }), ["not_sent"], "催报", ["催报"], ["not_sent"]],
    ["sent back blank, the deadline weeks away: not chased yet, nor named as not due (it did send)", facts("缙云县", "未报", { deadline: "2024-03-31", file: "2023-缙云县.xlsx", blank: "file", versions: 1 }), [], "", [], []],
    ["sent with errors", facts("定海区", "已报", { errors: 2 }), ["correct"], "退回改正", ["退回改正"], ["correct"]],
    ["sent with lags without a 说明", facts("岱山县", "已报", { unexplainedLags: 3 }), ["explain"], "督促说明", ["督促说明"], ["explain"]],
    ["sent back, with rows 未填报, errors and lags", facts("普陀区", "退回", { missing: 4, errors: 1, unexplainedLags: 2 }), ["complete", "correct", "explain"], "督促补填、退回改正、督促说明", ["督促补填", "退回改正", "督促说明"], ["complete", "correct", "explain"]],
    // decisions all 通过 with errors left: its errors on the 更正 line alone, not twice
    ["通过 not in force (held)", facts("定海区", "已报", { errors: 2, held: 2 }), ["correct"], "退回改正", ["更正"], ["held"]],
    ["accepted (通过) with rows 未填报 and lags: not chased", facts("普陀区", "通过", { missing: 2, unexplainedLags: 1, lock: "已锁定" }), [], "", ["已通过"], []],
    ["sent, nothing to put right", facts("岱山县", "已报"), [], "", [], []],
    // trial35 F4: its 填报说明 sheet deleted: the terminal's cover line asked to copy it back, the printed 催办 said nothing
    ["sent, its 填报说明 sheet deleted", facts("木鱼镇", "已报", { coverDeleted: true }), ["restore_cover"], "补回「填报说明」表", ["补回「填报说明」表"], []],
    ["sent back, its 填报说明 sheet deleted, with errors", facts("木鱼镇", "退回", { coverDeleted: true, errors: 1 }), ["restore_cover", "correct"], "补回「填报说明」表、退回改正", ["补回「填报说明」表", "退回改正"], ["correct"]],
    ["accepted (通过), its 填报说明 sheet deleted: not chased", facts("木鱼镇", "通过", { coverDeleted: true, lock: "已锁定" }), [], "", [], []],
    // trial38 F4: a value changed after the lock was sent to the unit 退回改正, while check and lock ask the reviewer to accept
    // or send back the change: it is the reviewer's (审核复核), errors apart (on the old code: correct, 退回改正)
    ["locked, then a value changed", facts("东城区", "已报", { errors: 1, lock: "锁定后被改动", blockers: { invalid: 0, overwritten: [], other: [], formulas: [], sheetsMissing: [], changed: ["K12"] } }), ["recheck"], "审核复核", ["审核复核"], ["recheck"]],
    ["locked, then a value changed and another made invalid", facts("东城区", "已报", { errors: 2, lock: "锁定后被改动", blockers: { invalid: 1, overwritten: [], other: [], formulas: [], sheetsMissing: [], changed: ["K12"] } }), ["correct", "recheck"], "退回改正、审核复核", ["退回改正", "审核复核"], ["correct", "recheck"]],
  ])("%s", (_, f, reasons, cell, marks, lines) => {
    expect(chaseOf(f, AS_OF)).toEqual(reasons);
    expect(ledgerJson([f], AS_OF)[0]?.chase).toEqual(reasons);
    expect(sheetChase(sheetRows(ledgerSheet([f], 2023, AS_OF).cells), f.unit)).toEqual({ cell, marks });
    for (const lang of ["zh", "en"] as const) expect(linesNaming(summaryText("汇总.xlsx", figures, [], [f], lang, [], [], [], [], [], AS_OF), f.unit, lang)).toEqual(lines);
  });

  // trial37c F1: the terminal named 南明山街道 alone while the sheet's 催报 list named four; now every unit the sheet marks
  // 催报 is on the line, those whose file came with why, in the sheet's words (on the old code: 未报，请催报：南明山街道)
  const trial = [
    facts("缙云县", "未报", { file: "2023-缙云县.xlsx", blank: "file", versions: 1 }),
    facts("遂昌县", "未报", { file: "2023-遂昌县.xlsx", blank: "year", versions: 1 }),
    facts("云和县", "未报", { file: "2022-云和县.xlsx", unusable: "other_year", versions: 1 }),
    facts("南明山街道", "未报"),
    facts("莲都区", "已报"),
  ];
  const skipped = [{ file: "2022-云和县.xlsx", unit: "云和县", reason: "other_year" as const, message: "", years: { own: 2022, asked: 2023 } }];
  test.each<["zh" | "en", string]>([
    ["zh", "未报，请催报：南明山街道、缙云县（收到空表）、遂昌县（本年度未填）、云和县（收到的是 2022 年度的文件）"],
    ["en", "Not sent, to be chased: 南明山街道, 缙云县 (sent back blank), 遂昌县 (with no values for the year), 云和县 (the file received is of 2022)"],
  ])("the 催报 line names every unit the sheet marks 催报, with why (%s)", (lang, line) => {
    const text = summaryText("汇总.xlsx", figures, [], trial, lang, skipped, [], [], [], [], AS_OF);
    expect(text.split("\n").filter((l) => l.startsWith(LINES.not_sent[lang === "zh" ? 0 : 1]))).toEqual([line]);
    const rows = sheetRows(ledgerSheet(trial, 2023, AS_OF).cells);
    expect(trial.filter((f) => sheetChase(rows, f.unit).marks.includes("催报")).map((f) => f.unit).sort()).toEqual(namedOn(text, "not_sent", lang).sort());
  });

  // the most a unit has (not_sent comes alone): one line, its column as wide as it; one reason keeps the least width
  test.each<[string, UnitFacts, string, number]>([
    ["three reasons", facts("普陀区", "退回", { missing: 4, errors: 1, unexplainedLags: 2 }), "督促补填、退回改正、督促说明", 27],
    ["one reason", facts("定海区", "已报", { errors: 2 }), "退回改正", 10],
  ])("催办 on one line: %s", (_, f, text, width) => {
    const s = ledgerSheet([f], 2023, AS_OF);
    const cell = s.cells.find((c) => c.value === text);
    const col = s.columns[cell!.address.charCodeAt(0) - 65]!;
    expect([cell?.style, col.width, wrappedLines(text, col.width), s.rowHeights[Number(cell?.address.replace(/^[A-Z]+/, ""))]]).toEqual(["text", width, 1, undefined]);
  });

  const zs = findTemplate("zhoushan-2021-2025") as Template;
  const numbers = (): InputEntry[] => sampleReturn(zs, 2023).filter((e) => typeof e.value === "number");
  test("on a folder of returns, each case: `ledger[].chase`, the terminal (zh, en) and the sheet's 催办 say the same", async () => {
    const d = join(mkdtempSync(join(tmpdir(), "chase-agree-")), "cycle");
    expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,岱山县,普陀区,嵊泗县", "--deadline", "2024-01-31", "--out-dir", d)).code).toBe(0);
    const year = numbers().filter((e) => e.key === "in:2023");
    // 定海区: two of the year's values typed as words (errors); 岱山县: the sample (rows 未填报, lags
    // without a 说明); 普陀区: the sample reviewed and locked (通过: chased for nothing); 嵊泗县: nothing sent
    const returns: Record<string, InputEntry[]> = {
      定海区: numbers().map((e) => (e.key === "in:2023" && year.slice(0, 2).some((y) => y.id === e.id) ? { ...e, value: "暂无" } : e)),
      岱山县: numbers(),
      普陀区: numbers(),
    };
    await fillDistributed(d, 2023, returns);
    const locked = join(d, "2023-普陀区.xlsx");
    expect((await cli("review", locked)).code).toBe(0);
    await decide(locked, { [`zhoushan-2021-2025|${year[year.length - 1]!.id}|2023`]: { decision: "通过" } });
    expect((await cli("lock", locked)).code).toBe(0);
    const args = [...Object.keys(returns).map((u) => join(d, `2023-${u}.xlsx`)), "--ledger", join(d, "报送台账.xlsx"), "--as-of", AS_OF];
    const json = await cli("summary", ...args, "--json");
    expect(json.err).toBe("");
    const ledger = (JSON.parse(json.out) as { ledger: Array<{ unit: string; state: string; chase: ChaseReason[] }> }).ledger;
    const zh = await cli("summary", ...args, "--out", join(d, "汇总.xlsx"));
    const en = await cli("--lang", "en", "summary", ...args);
    const g = await readXlsxZip(readFileSync(join(d, "汇总.xlsx")));
    const rows = g.sheets.find((x) => x.name === LEDGER_SHEET)!.rows.map((row) => Object.fromEntries((row ?? []).map((c, i) => [String.fromCharCode(65 + i), c ? cellText(c) : ""])));
    const MARK: Record<ChaseReason, string> = { not_sent: "催报", resend: "换现行版本", restore_cover: "补回「填报说明」表", complete: "督促补填", correct: "退回改正", recheck: "审核复核", explain: "督促说明" };
    // the returns do what they were made to do, so every reason is met, and one unit is chased for nothing
    expect(Object.fromEntries(ledger.map((x) => [x.unit, x.chase]))).toEqual({ 定海区: ["complete", "correct", "explain"], 岱山县: ["complete", "explain"], 普陀区: [], 嵊泗县: ["not_sent"] });
    for (const x of ledger) {
      expect(sheetChase(rows, x.unit).cell).toBe(x.chase.map((c) => MARK[c]).join("、"));
      for (const [lang, out] of [["zh", zh.out], ["en", en.out]] as const) expect(linesNaming(out, x.unit, lang)).toEqual(x.chase);
    }
  }, 90000);
});
