import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellText } from "../../src/domain/CellValue";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { summaryText } from "../../src/cli/summaryText";
import { ledgerJson } from "../../src/cli/ledgerJson";
import { isIncomplete } from "../../src/cycle/isIncomplete";
import { LEDGER_SHEET, ledgerCounts, ledgerSheet } from "../../src/cycle/ledgerSheet";
import type { UnitFacts } from "../../src/cycle/UnitFacts";
import type { SummaryFigures } from "../../src/sheet/summarize";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { decide } from "../support/trialReturn";

/**
 * A return sent half empty (a manager's trial: 白沙县 left 7 of 18 rows blank for 2023) is 已报 all
 * the same, and the ledger used to show it as 已报 with 0 errors: nothing told the manager the
 * unit still had to complete it. The ledger counts each unit's rows 未填报 (sheet column, text,
 * --json) and its 催报 list asks for them (补填); the terminal and the sheet call a received
 * return by one word (已报).
 */
const zs = findTemplate("zhoushan-2021-2025") as Template;
const dir = mkdtempSync(join(tmpdir(), "incomplete-"));

const facts = (unit: string, state: UnitFacts["state"], missing: number, more: Partial<UnitFacts> = {}): UnitFacts => ({
  unit, deadline: "2024-01-31", file: `2023-${unit}.xlsx`, state, errors: 0, unexplainedLags: 0, missing, rows: 18, lock: "", versions: 1, changes: 0, ...more,
});

/** A unit that sent nothing: no file, no version. */
const notSent = (unit: string): UnitFacts => ({ unit, deadline: "2024-01-31", state: "未报", errors: 0, unexplainedLags: 0, missing: 0, rows: 0, lock: "", versions: 0, changes: 0 });

const rowsOf = (facts: UnitFacts[]): string[] => {
  const s = ledgerSheet(facts, 2023, "2024-02-05");
  const byRow = new Map<number, string[]>();
  for (const c of s.cells) {
    const r = Number(c.address.replace(/^[A-Z]+/, ""));
    byRow.set(r, [...(byRow.get(r) ?? []), `${c.address.replace(/\d+$/, "")}=${String(c.value ?? "")}`]);
  }
  return [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([, cells]) => cells.join("|"));
};

describe("the ledger shows the rows a unit left 未填报", () => {
  test.each<[string, UnitFacts, string | null, string | null]>([
    ["已报 with 7 rows blank: counted and chased to complete", facts("白沙县", "已报", 7), "D=7", "B=白沙县|C=督促补填|D=已报送，7 项未填报（共 18 项），请督促补填"],
    ["退回 with 1 row blank: counted and chased", facts("青山县", "退回", 1), "D=1", "B=青山县|C=督促补填|D=已报送，1 项未填报（共 18 项），请督促补填"],
    ["已报 complete: 0, not chased", facts("海城区", "已报", 0), "D=0", null],
    // accepted incomplete: not asked to complete (a locked return cannot be), but named, and said to be accepted
    ["通过 with 2 rows blank: counted, named as accepted, not chased", facts("东港区", "通过", 2), "D=2", "B=东港区|C=已通过|D=已通过，2 项未填报（共 18 项），审核时按未填报接受，不列入补填"],
    ["通过 and locked with 2 rows blank: the line says it is locked", facts("东港区", "通过", 2, { lock: "已锁定" }), "D=2", "B=东港区|C=已通过|D=已通过（已锁定），2 项未填报（共 18 项），审核时按未填报接受，不列入补填"],
    ["通过 complete: neither list", facts("东港区", "通过", 0, { lock: "已锁定" }), "D=0", null],
    ["未报: nothing to count", notSent("云岭县"), null, null],
  ])("%s", (_, f, cell, chase) => {
    const rows = rowsOf([f]);
    const unitRow = rows.find((r) => r.includes(`B=${f.unit}|C=${f.state}`))!;
    expect(rows.find((r) => r.includes("C=报送状态"))).toContain("D=未填报");
    if (cell) expect(unitRow).toContain(`|${cell}|`);
    else expect(unitRow).not.toMatch(/\|D=/);
    const chased = rows.slice(rows.findIndex((r) => r.includes("A=催报"))).filter((r) => r.includes("C=督促补填") || r.includes("C=已通过"));
    expect(chased).toEqual(chase ? [chase] : []);
  });

  test.each<[string, UnitFacts[], string, string]>([
    ["one word for one state",
      [facts("海城区", "已报", 0), notSent("云岭县")],
      "应报 2，收到 1 份：未报 1，已报 1，退回 0，通过 0", "报送台账：应报 2，收到 1 份；未报 1  已报 1  退回 0  通过 0"],
    ["a half-empty return named in the terminal",
      [facts("海城区", "已报", 0), facts("白沙县", "已报", 7), facts("东港区", "退回", 1)],
      "应报 3，收到 3 份：未报 0，已报 2，退回 1，通过 0", "已报但有未填报的指标，请督促补填：白沙县 7 项（共 18 项）、东港区 1 项（共 18 项）"],
    ["a return accepted incomplete named apart, locked or not, not asked to complete",
      [facts("白沙县", "已报", 7), facts("东港区", "通过", 2, { lock: "已锁定" }), facts("海城区", "通过", 1)],
      "应报 3，收到 3 份：未报 0，已报 1，退回 0，通过 2", "已通过但有未填报的指标（审核时按未填报接受，不列入补填）：东港区 2 项（共 18 项，已锁定）、海城区 1 项（共 18 项）"],
  ])("%s: the sheet and the terminal say the same", (_, list, sheetLine, textLine) => {
    expect(ledgerCounts(list)).toBe(sheetLine);
    const figures = { projects: { count: 0, planned: 0, completed: 0, byCategory: [], byOwner: [], lagging: [], withheld: [] }, year: 2023, units: [], totals: {}, flags: [], runningTotals: [] } as unknown as SummaryFigures;
    expect(summaryText("汇总.xlsx", figures, [], list, "zh").split("\n")).toContain(textLine);
    const en = summaryText("汇总.xlsx", figures, [], list, "en");
    // a unit that sent nothing is named, to be chased (not only counted)
    const unsent = list.filter((x) => x.state === "未报").map((x) => x.unit);
    if (unsent.length) {
      expect(summaryText("汇总.xlsx", figures, [], list, "zh").split("\n")).toContain(`未报，请催报：${unsent.join("、")}`);
      expect(en.split("\n")).toContain(`Not sent, to be chased: ${unsent.join(", ")}`);
    } else expect(en).not.toMatch(/to be chased/);
    const toComplete = list.filter((x) => x.missing > 0 && x.state !== "通过").map((x) => `${x.unit} ${x.missing} of 18`);
    if (toComplete.length) expect(en).toContain(`Sent with rows not filled (未填报), to be completed: ${toComplete.join(", ")}`);
    if (list.some((x) => x.state === "通过" && x.missing > 0)) {
      expect(en).toContain("Accepted with rows not filled (已通过但有未填报; taken as they are, not on the list to complete): 东港区 2 of 18 (locked), 海城区 1 of 18");
      expect(summaryText("汇总.xlsx", figures, [], list, "zh")).not.toMatch(/请督促补填：[^\n]*东港区/);
    }
    // --json names the same units on the same lists
    const named = (kind: string): string[] => ledgerJson(list, "2024-02-05").filter((x) => x.incomplete === kind).map((x) => x.unit);
    expect(named("to_complete")).toEqual(list.filter(isIncomplete).map((x) => x.unit));
    expect(named("accepted")).toEqual(list.filter((x) => x.state === "通过" && x.missing > 0).map((x) => x.unit));
  });

  const numbers = (): InputEntry[] => sampleReturn(zs, 2023).filter((e) => typeof e.value === "number");
  test.each<[string, number, boolean]>([
    ["the sample (it leaves some rows blank)", 0, false],
    ["the sample with 7 more of the year's values left blank", 7, false],
    ["the sample with 7 more left blank, locked (accepted incomplete)", 7, true],
  ])("on files, %s: the ledger's 未填报 is what check counts (sheet, text, --json)", async (name, blank, locked) => {
    const d = join(dir, name);
    expect((await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", "定海区,普陀区", "--deadline", "2024-01-31", "--out-dir", d)).code).toBe(0);
    const year = numbers().filter((e) => e.key === "in:2023");
    const left = new Set(year.slice(0, blank).map((e) => e.id));
    const wb = new ExcelJS.Workbook();
    const f = join(d, "2023-定海区.xlsx");
    await wb.xlsx.readFile(f);
    expect(fillInputs(wb, numbers().filter((e) => !(e.key === "in:2023" && left.has(e.id))))).toEqual([]);
    await wb.xlsx.writeFile(f);
    // accepted: reviewed (one decision: a lock with none is 未经审核 and 已报, trial29c F1), then locked
    if (locked) {
      expect((await cli("review", f)).code).toBe(0);
      await decide(f, { [`zhoushan-2021-2025|${year[year.length - 1]!.id}|2023`]: { decision: "通过" } });
      expect((await cli("lock", f)).code).toBe(0);
    }
    const checked = JSON.parse((await cli("check", f, "--json")).out) as { counts: { missing: number }; items: unknown[] };
    const args = [f, "--ledger", join(d, "报送台账.xlsx"), "--as-of", "2024-02-05", "--out", join(d, "汇总.xlsx")];
    const s = await cli("summary", ...args, "--json");
    expect(s.err).toBe("");
    const ledger = (JSON.parse(s.out) as { ledger: Array<{ unit: string; state: string; missing: number; rows: number }> }).ledger;
    const state = locked ? "通过" : "已报";
    expect(ledger[0]).toMatchObject({ unit: "定海区", state, missing: checked.counts.missing, rows: checked.items.length, incomplete: locked ? "accepted" : "to_complete" });
    const text = await cli("summary", ...args, "--force");
    const g = await readXlsxZip(readFileSync(join(d, "汇总.xlsx")));
    const sheet = g.sheets.find((x) => x.name === LEDGER_SHEET)!.rows.map((row) => (row ?? []).map((c) => (c ? cellText(c) : "")).join("|")).join("\n");
    expect(sheet).toContain(`|定海区|${state}|${checked.counts.missing}|`);
    const [n, of] = [checked.counts.missing, checked.items.length];
    if (locked) {
      expect(sheet).toContain(`|定海区|已通过|已通过（已锁定），${n} 项未填报（共 ${of} 项），审核时按未填报接受，不列入补填`);
      expect(sheet).not.toContain("|定海区|督促补填|");
      expect(text.out).toContain(`已通过但有未填报的指标（审核时按未填报接受，不列入补填）：定海区 ${n} 项（共 ${of} 项，已锁定）`);
      expect(text.out).not.toContain("请督促补填");
    } else {
      expect(sheet).toContain(`|定海区|督促补填|已报送，${n} 项未填报（共 ${of} 项），请督促补填`);
      expect(text.out).toContain(`已报但有未填报的指标，请督促补填：定海区 ${n} 项（共 ${of} 项）`);
    }
    expect(checked.counts.missing).toBeGreaterThan(blank);
  }, 60000);
});
