/**
 * Issue #7 (reliability): a catalogue of bad values, each put through the engine, the .xlsx
 * host (ExcelJS write, then both readers) and the Office host (the fake), then checkGrid.
 * Every value must come back `invalid`, or carry a warning/error whose message names the
 * sheet and the cell: no crash and no silent accept (met / on_track / lagging / severe with
 * no issue on the cell).
 *
 * Dates: Excel stores a date as a serial number with a date format. ExcelJS gives a Date
 * (the engine's `date`, an error), but readXlsxZip and Office.js `values` give the serial
 * number, which is then judged as a number. Where that number fits the unit (a serial of
 * about 45,000 in a 万平方米 or 平方米 row) the date is accepted; those cases are listed in
 * DATE_ACCEPTED below, asserted as they are, and reported, not hidden.
 */
import ExcelJS from "exceljs";
import { type CellValue } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { evaluateIndicator } from "../../src/domain/evaluateIndicator";
import { applyPlan } from "../../src/hosts/office/applyPlan";
import { readWorkbookGrid } from "../../src/hosts/office/readWorkbookGrid";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxBuffer } from "../../src/hosts/xlsx/readXlsx";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { CheckItem } from "../../src/sheet/CheckReport";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { indicatorSpec } from "../../src/templates/indicatorSpec";
import { FakeExcel } from "../office/fakeExcel";
import { HARD, hardeningTemplate, plannedAddress, plannedSheetOf, ROW_IDS, rowCol, type RowKey, YEAR } from "./support";

type Raw =
  | { k: "num"; n: number }
  | { k: "str"; s: string }
  | { k: "bool"; b: boolean }
  | { k: "date"; iso: string }
  | { k: "err"; code: string };

interface Bad { label: string; row: RowKey; v: Raw; engineOnly?: boolean }

const num = (n: number): Raw => ({ k: "num", n });
const str = (s: string): Raw => ({ k: "str", s });
const bool = (b: boolean): Raw => ({ k: "bool", b });
const date = (iso: string): Raw => ({ k: "date", iso });
const err = (code: string): Raw => ({ k: "err", code });
const bad = (label: string, row: RowKey, v: Raw, engineOnly = false): Bad => (engineOnly ? { label, row, v, engineOnly } : { label, row, v });

/** The catalogue: each value on a row whose unit makes it wrong (or suspicious). */
const CATALOGUE: Bad[] = [
  // text
  bad("text abc", "pct", str("abc")),
  bad("text 未统计", "wan", str("未统计")),
  bad("text 待核实", "age", str("待核实")),
  bad("text 九十五 (Chinese numerals)", "pct", str("九十五")),
  bad("text 三个", "cnt", str("三个")),
  // full-width digits
  bad("full-width ９５", "pct", str("９５")),
  bad("full-width ９５．５", "pct", str("９５．５")),
  bad("full-width ４０", "wan", str("４０")),
  bad("full-width ８０％", "pct", str("８０％")),
  // percentages as text
  bad("95% as text", "pct", str("95%")),
  bad("95 % as text", "pct", str("95 %")),
  bad("95％ (full-width %)", "pct", str("95％")),
  bad("40% in a 万人 row", "wan", str("40%")),
  // thousands separators
  bad("1,234 in a 万人 row", "wan", str("1,234")),
  bad("1,234 in a 平方米 row", "m2", str("1,234")),
  bad("1，234 (full-width comma)", "wan", str("1，234")),
  // approximate
  bad("约95", "pct", str("约95")),
  bad("约40", "wan", str("约40")),
  bad("95左右", "pct", str("95左右")),
  // bounds
  bad(">96", "pct", str(">96")),
  bad("≥70", "pct", str("≥70")),
  bad("96以上", "pct", str("96以上")),
  bad("<3 on a ceiling", "ceilPct", str("<3")),
  bad("不低于70", "pct", str("不低于70")),
  // ranges
  bad("95-96", "pct", str("95-96")),
  bad("40~41", "wan", str("40~41")),
  bad("81-82 岁", "age", str("81-82")),
  // error values
  bad("#DIV/0!", "pct", err("#DIV/0!")),
  bad("#N/A", "wan", err("#N/A")),
  bad("#VALUE!", "age", err("#VALUE!")),
  bad("#REF!", "yrs", err("#REF!")),
  bad("#NAME?", "cnt", err("#NAME?")),
  bad("#NUM!", "rate", err("#NUM!")),
  // dates
  bad("date in a % row", "pct", date("2023-05-01")),
  bad("date in a 万人 row", "wan", date("2023-12-31")),
  bad("date in a 岁 row", "age", date("2023-06-30")),
  bad("date in a 万平方米 row", "area", date("2023-05-01")),
  bad("date in a 平方米 row", "m2", date("2023-05-01")),
  // booleans
  bad("TRUE in a % row", "pct", bool(true)),
  bad("FALSE in a 万人 row", "wan", bool(false)),
  bad("TRUE in a count row", "cnt", bool(true)),
  bad("FALSE in a 岁 row", "age", bool(false)),
  // negatives
  bad("-5 %", "pct", num(-5)),
  bad("-0.01 万人", "wan", num(-0.01)),
  bad("-1 个", "cnt", num(-1)),
  bad("-80 岁", "age", num(-80)),
  bad("-1 年", "yrs", num(-1)),
  bad("-0.5 人/亿元", "rate", num(-0.5)),
  bad("-1 ‰", "permille", num(-1)),
  // huge
  bad("1e308 %", "pct", num(1e308)),
  bad("1e20 万人", "wan", num(1e20)),
  bad("1e308 个", "cnt", num(1e308)),
  bad("1e20 岁", "age", num(1e20)),
  bad("1e308 人/亿元", "rate", num(1e308)),
  // NaN / Infinity, as text (and, engine only, as numbers: no cell can hold them)
  bad("text NaN", "pct", str("NaN")),
  bad("text Infinity", "wan", str("Infinity")),
  bad("text -Infinity", "age", str("-Infinity")),
  bad("text 1e400", "pct", str("1e400")),
  bad("number NaN", "pct", num(NaN), true),
  bad("number Infinity", "wan", num(Infinity), true),
  // spaces and newlines
  bad("' 95 ' (spaces)", "pct", str(" 95 ")),
  bad("'95\\n' (newline)", "pct", str("95\n")),
  bad("'9 5' (space inside)", "pct", str("9 5")),
  bad("'\\t40' (tab)", "wan", str("\t40")),
  bad("'40\\r\\n' (CRLF)", "wan", str("40\r\n")),
  bad("'\\u300095' (ideographic space)", "pct", str("\u300095")),
  // unit classes
  bad("% above 100 (100.5)", "pct", num(100.5)),
  bad("% above 100 on a ceiling (250)", "ceilPct", num(250)),
  bad("% as a fraction 0.95 (scale 70)", "pct", num(0.95)),
  bad("% as a fraction 0.7 (scale 70)", "pct", num(0.7)),
  bad("‰ above 1000 (1000.5)", "permille", num(1000.5)),
  bad("‰ 5000", "permille", num(5000)),
  bad("count not whole 2.5", "cnt", num(2.5)),
  bad("count not whole 0.1", "cnt", num(0.1)),
  bad("万人 at 1000× (50000)", "wan", num(50000)),
  bad("人/亿元 at 1000× (50)", "rate", num(50)),
  bad("万平方米 at 1000× (2,000,000)", "area", num(2_000_000)),
  bad("岁 0", "age", num(0)),
  bad("岁 121", "age", num(121)),
  bad("岁 120.5", "age", num(120.5)),
  bad("年 31", "yrs", num(31)),
  bad("年 30.01", "yrs", num(30.01)),
];

/**
 * Known gaps: none. Both readers of Excel's stored numbers now read the number format too
 * (readXlsxZip from styles.xml, the Office host from Range.numberFormat), so a date (a serial
 * of about 45,000) or a typed `40%` (0.4 with a % format) is no longer taken for a number.
 * Should a gap reappear, list it here: it is then only required not to crash, and the summary
 * table still prints its outcome.
 */
const KNOWN_GAPS: Record<string, ReadonlySet<string>> = {};

type Outcome = "invalid" | "flagged" | "silent" | "unlocated" | "crash" | "other";
const ACCEPTING = new Set(["met", "on_track", "lagging", "severe"]);

const tpl = hardeningTemplate();
const plan = buildWorkbookPlan([tpl], { year: YEAR, reportingUnit: "加固测试" });
const sheet = plannedSheetOf(plan, HARD);
const cellOf = (row: RowKey): string => plannedAddress(sheet, ROW_IDS[row], `in:${YEAR}`);

/** The cell as the engine receives it from a host that reads types faithfully. */
function cellValue(v: Raw): CellValue {
  switch (v.k) {
    case "num": return { type: "number", value: v.n };
    case "str": return { type: "string", text: v.s };
    case "bool": return { type: "boolean", value: v.b };
    case "date": return { type: "date", iso: v.iso };
    case "err": return { type: "error", code: v.code };
  }
}

/** The value ExcelJS writes for it. */
function excelValue(v: Raw): ExcelJS.CellValue {
  switch (v.k) {
    case "num": return v.n;
    case "str": return v.s;
    case "bool": return v.b;
    case "date": return new Date(`${v.iso}T00:00:00Z`);
    case "err": return { error: v.code } as ExcelJS.CellErrorValue;
  }
}

/** What a person types into the cell in Excel. */
function typed(v: Raw): string | number {
  switch (v.k) {
    case "num": return v.n;
    case "str": return v.s;
    case "bool": return v.b ? "TRUE" : "FALSE";
    case "date": return v.iso;
    case "err": return v.code;
  }
}

interface Judged { outcome: Outcome; status: string; codes: string[]; detail: string }

function judge(status: string, issues: Array<{ severity: string; code: string; message: string }>, sheetName: string, cell: string): Judged {
  const located = issues.filter((i) => (i.severity === "error" || i.severity === "warning") && i.message.includes(`工作表「${sheetName}」${cell}：`));
  const flaggedAnyhow = issues.some((i) => i.severity === "error" || i.severity === "warning");
  const codes = issues.filter((i) => i.severity !== "info").map((i) => i.code);
  const detail = `${status} [${codes.join(",")}]`;
  if (located.length > 0) return { outcome: status === "invalid" ? "invalid" : "flagged", status, codes, detail };
  if (flaggedAnyhow) return { outcome: "unlocated", status, codes, detail };
  if (ACCEPTING.has(status)) return { outcome: "silent", status, codes, detail };
  return { outcome: "other", status, codes, detail };
}

function judgeItem(g: GridWorkbook, row: RowKey): Judged {
  const r = checkGrid(g);
  if (!r.ok) return { outcome: "crash", status: "", codes: [], detail: r.message };
  const item: CheckItem | undefined = r.report.items.find((i) => i.id === ROW_IDS[row]);
  if (!item) return { outcome: "crash", status: "", codes: [], detail: `no item ${ROW_IDS[row]}` };
  return judge(item.status, item.issues, item.sheet, item.cells[String(YEAR)] ?? "?");
}

const results: Record<string, Map<string, Judged>> = {
  engine: new Map(), "xlsx/readXlsxBuffer": new Map(), "xlsx/readXlsxZip": new Map(), office: new Map(),
};

async function safely(f: () => Promise<Judged> | Judged): Promise<Judged> {
  try {
    return await f();
  } catch (e) {
    return { outcome: "crash", status: "", codes: [], detail: e instanceof Error ? e.message : String(e) };
  }
}

function expectGood(layer: string, b: Bad, j: Judged): void {
  if (KNOWN_GAPS[layer]?.has(b.label)) {
    // reported gap (see KNOWN_GAPS): any outcome but a crash
    expect(j.outcome).not.toBe("crash");
    return;
  }
  expect({ label: b.label, outcome: j.outcome, detail: j.detail }).toEqual({ label: b.label, outcome: expect.stringMatching(/^(invalid|flagged)$/), detail: j.detail });
}

const ids = Object.values(ROW_IDS);

describe("bad input catalogue", () => {
  test("has at least 60 values and uses every row", () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CATALOGUE.map((b) => ROW_IDS[b.row]))).toEqual(new Set(ids));
    expect(new Set(CATALOGUE.map((b) => b.label)).size).toBe(CATALOGUE.length);
  });

  describe("(a) engine: evaluateIndicator on the seed rows", () => {
    test.each(CATALOGUE.map((b) => [b.label, b] as const))("%s", async (_l, b) => {
      const d = tpl.indicators.find((x) => x.id === ROW_IDS[b.row]);
      if (!d) throw new Error(b.row);
      const cell = cellOf(b.row);
      const j = await safely(() => {
        const res = evaluateIndicator({ spec: indicatorSpec(tpl, d), year: YEAR, actuals: { [String(YEAR)]: cellValue(b.v) }, cells: { [String(YEAR)]: cell }, sheet: sheet.name });
        return judge(res.status, res.issues.map((i) => ({ ...i, message: describeIssue(i) })), sheet.name, cell);
      });
      results["engine"]?.set(b.label, j);
      expectGood("engine", b, j);
    });
  });

  describe("(b) .xlsx host: ExcelJS write, readXlsxBuffer and readXlsxZip, checkGrid", () => {
    test.each(CATALOGUE.filter((b) => !b.engineOnly).map((b) => [b.label, b] as const))("%s", async (_l, b) => {
      let buf: Buffer | undefined;
      const written = await safely(async () => {
        const wb = planToWorkbook(plan);
        const left = fillInputs(wb, [{ template: HARD, id: ROW_IDS[b.row], key: `in:${YEAR}`, value: excelValue(b.v) }]);
        if (left.length) throw new Error("not placed");
        buf = Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer);
        return { outcome: "other", status: "", codes: [], detail: "" };
      });
      expect(written.outcome).not.toBe("crash");
      const bytes = buf as Buffer;
      for (const [layer, read] of [["xlsx/readXlsxBuffer", readXlsxBuffer], ["xlsx/readXlsxZip", readXlsxZip]] as const) {
        const j = await safely(async () => judgeItem(await read(bytes), b.row));
        results[layer]?.set(b.label, j);
        expectGood(layer, b, j);
      }
    });
  });

  describe("(c) Office host (fake): applyPlan, typed into the cell, readWorkbookGrid, checkGrid", () => {
    test.each(CATALOGUE.filter((b) => !b.engineOnly).map((b) => [b.label, b] as const))("%s", async (_l, b) => {
      const j = await safely(async () => {
        const fx = new FakeExcel(["Sheet1"]);
        const applied = await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
        const at = cellOf(b.row);
        fx.userType(sheet.name, at, typed(b.v));
        if (fx.content(sheet.name, at).formula !== undefined) {
          // Excel reads typed text that starts with = + - @ as a formula, which the fake does not
          // calculate; a person keeps it as text with a leading apostrophe (a text cell)
          const { row, col } = rowCol(at);
          const c = fx.sheet(sheet.name).cell(row, col);
          delete c.formula;
          c.value = String(typed(b.v));
        }
        return judgeItem(await readWorkbookGrid(fx.context, { sheetNames: ["Sheet1", ...applied.written] }), b.row);
      });
      results["office"]?.set(b.label, j);
      expectGood("office", b, j);
    });
  });

  afterAll(() => {
    const outcomes: Outcome[] = ["invalid", "flagged", "silent", "unlocated", "other", "crash"];
    const lines = [`bad-input catalogue: ${CATALOGUE.length} values (${CATALOGUE.filter((b) => b.engineOnly).length} engine-only)`,
      `${"layer".padEnd(22)}${outcomes.map((o) => o.padStart(10)).join("")}${"total".padStart(8)}`];
    for (const [layer, m] of Object.entries(results)) {
      const n = (o: Outcome): number => [...m.values()].filter((j) => j.outcome === o).length;
      lines.push(`${layer.padEnd(22)}${outcomes.map((o) => String(n(o)).padStart(10)).join("")}${String(m.size).padStart(8)}`);
    }
    const notable: string[] = [];
    for (const b of CATALOGUE) {
      const row = Object.entries(results).map(([layer, m]) => `${layer}=${m.get(b.label)?.detail ?? "-"}`);
      const outs = new Set(Object.values(results).map((m) => m.get(b.label)?.outcome).filter(Boolean));
      const stat = new Set(Object.values(results).map((m) => m.get(b.label)?.status).filter(Boolean));
      if (outs.size > 1 || stat.size > 1 || outs.has("silent")) notable.push(`  ${b.label}: ${row.join("  ")}`);
    }
    if (notable.length) lines.push("layers disagree or accept:", ...notable);
    const gaps = Object.entries(KNOWN_GAPS).flatMap(([layer, set]) => [...set].map((l) => `  ${layer}: ${l} → ${results[layer]?.get(l)?.detail ?? "-"}`));
    lines.push("known gaps (number format not read):", ...gaps);
    console.log(lines.join("\n"));
  });
});
