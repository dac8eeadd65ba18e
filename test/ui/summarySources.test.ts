/**
 * 生成汇总 and 汇总所选文件 replace only a summary made from the same source (trial33p P1): a manager's six-county
 * summary is never replaced by a summary of the open workbook alone, nor that by a chosen files' one, nor one set of
 * units' by another's; the same units chosen again (a county sent its return again, in another file) still replace.
 * What stays is said in the line, naming only the sheets each reason holds for (P9: 问题清单 was said edited with 汇总).
 * Pure: the plans over grids, each written plan read back as a host would (values only), no browser.
 */
import { sampleReturn } from "../../src/cli/sampleReturn";
import { sha256Hex } from "../../src/cycle/sha256Hex";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import type { CellValue } from "../../src/domain/CellValue";
import { parseA1 } from "../../src/sheet/a1";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { GridSheet, GridWorkbook } from "../../src/sheet/Grid";
import { ownSheetMarkOf } from "../../src/sheet/ownSheetMark";
import type { KeptSheet } from "../../src/sheet/ownSheetPlace";
import type { PlannedSheet } from "../../src/sheet/SheetPlan";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { openWorkbookEvaluation } from "../../src/ui/shared/evaluationPlan";
import { summaryLine } from "../../src/ui/shared/summaryLine";
import { consolidationSummary, openWorkbookSummary, type ChosenReturn, type PlanOutcome } from "../../src/ui/shared/summaryPlans";

const zs = findTemplate("zhoushan-2021-2025") as Template;

async function returnGrid(unit: string, shift = 0): Promise<GridWorkbook> {
  const wb = planToWorkbook(buildWorkbookPlan([zs], { year: 2023, reportingUnit: unit }));
  fillInputs(wb, sampleReturn(zs, 2023).map((e) => (typeof e.value === "number" && shift ? { ...e, value: Math.round(e.value * (1 + shift) * 100) / 100 } : e)));
  return readXlsxZip(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

/** A planned sheet as a host reads it back once written: its values (a formula's never computed here). */
function readBack(s: PlannedSheet): GridSheet {
  const rows: CellValue[][] = [];
  for (const c of s.cells) {
    const at = parseA1(c.address);
    if (!at) continue;
    const row = (rows[at.row - 1] ??= []);
    row[at.col - 1] = c.formula !== undefined ? { type: "uncalculated" } as CellValue
      : typeof c.value === "number" ? { type: "number", value: c.value } : typeof c.value === "string" && c.value !== "" ? { type: "string", text: c.value } : { type: "empty" };
  }
  const width = Math.max(0, ...Array.from(rows, (r) => r?.length ?? 0));
  return { name: s.name, visible: true, rows: Array.from(rows, (r) => Array.from({ length: width }, (_, i) => r?.[i] ?? { type: "empty" })) };
}

/** The workbook after the plan is written: the sheets it replaces gone, its sheets added. */
function written(grid: GridWorkbook, out: PlanOutcome): GridWorkbook {
  if (!out.ok) throw new Error(JSON.stringify(out.problem));
  const gone = new Set(out.replace ?? []);
  return { ...grid, sheets: [...grid.sheets.filter((s) => !gone.has(s.name)), ...out.plan.sheets.map(readBack)] };
}

/** A person types into a sheet (B3, as the trial's 经办人：李). */
function typeInto(grid: GridWorkbook, sheet: string): GridWorkbook {
  return { ...grid, sheets: grid.sheets.map((s) => (s.name !== sheet ? s : { ...s, rows: s.rows.map((r, i) => (i !== 2 ? r : r.map((v, c) => (c === 1 ? { type: "string", text: "经办人：李" } : v)))) })) };
}

/** Our marks as an earlier version wrote them, without their source (five fields). */
function unsourced(grid: GridWorkbook): GridWorkbook {
  const strip = (v: CellValue): CellValue => (v.type === "string" && v.text.startsWith("plan-returns:") ? { type: "string", text: v.text.split(":").slice(0, 5).join(":") } : v);
  return { ...grid, sheets: grid.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map(strip)) })) };
}

let open: GridWorkbook;
let files: Record<string, ChosenReturn[]>;
beforeAll(async () => {
  const [own, dinghai, putuo, daishan, dinghaiAgain] = await Promise.all([returnGrid("嵊泗县", 0.03), returnGrid("定海区"), returnGrid("普陀区", -0.05), returnGrid("岱山县", 0.04), returnGrid("定海区", 0.02)]);
  open = own;
  files = {
    three: [{ file: "2023-定海区.xlsx", grid: dinghai }, { file: "2023-普陀区.xlsx", grid: putuo }, { file: "2023-岱山县.xlsx", grid: daishan }],
    // 定海区 sent its return again, in another file with other values; chosen in another order
    resent: [{ file: "2023-岱山县.xlsx", grid: daishan }, { file: "2023-定海区(修改).xlsx", grid: dinghaiAgain }, { file: "2023-普陀区.xlsx", grid: putuo }],
    two: [{ file: "2023-定海区.xlsx", grid: dinghai }, { file: "2023-普陀区.xlsx", grid: putuo }],
  };
});

type Step = { make: "workbook" | "three" | "resent" | "two" } | { edit: string } | { unmark: true };
/** What a make step wrote: the sheets it replaced, or the new sheets' names and the sheets kept, and why. */
type Said = { replace: string[] } | { sheets: string[]; kept: KeptSheet[] };

function run(steps: Step[]): { said: Said[]; grid: GridWorkbook; last: PlanOutcome } {
  let grid = open;
  let last: PlanOutcome = { ok: false, problem: { code: "no_returns_to_sum", params: {} } } as PlanOutcome;
  const said: Said[] = [];
  for (const s of steps) {
    if ("edit" in s) { grid = typeInto(grid, s.edit); continue; }
    if ("unmark" in s) { grid = unsourced(grid); continue; }
    last = s.make === "workbook" ? openWorkbookSummary(grid) : consolidationSummary(files[s.make]!, grid);
    if (!last.ok) throw new Error(JSON.stringify(last.problem));
    said.push(last.replace ? { replace: [...last.replace] } : { sheets: last.plan.sheets.map((x) => x.name), kept: [...(last.kept ?? [])] });
    grid = written(grid, last);
  }
  return { said, grid, last };
}

const NEW = { sheets: ["汇总", "问题清单"], kept: [] };
const BESIDE = (why: KeptSheet["why"]): Said => ({ sheets: ["汇总(2)", "问题清单(2)"], kept: [{ sheet: "汇总", why }, { sheet: "问题清单", why }] });

describe("a summary replaces only a summary made from the same source", () => {
  it.each<[string, Step[], Said[]]>([
    ["the chosen files' summary, then 生成汇总: the county summary kept, this workbook's beside it", [{ make: "three" }, { make: "workbook" }], [NEW, BESIDE("chosen_files")]],
    ["生成汇总, then 汇总所选文件: this workbook's kept, the files' beside it", [{ make: "workbook" }, { make: "three" }], [NEW, BESIDE("this_workbook")]],
    ["each again: each replaces its own, wherever it is", [{ make: "three" }, { make: "workbook" }, { make: "three" }, { make: "workbook" }],
      [NEW, BESIDE("chosen_files"), { replace: ["汇总", "问题清单"] }, { replace: ["汇总(2)", "问题清单(2)"] }]],
    ["the same units, one county's return sent again in another file: replaced", [{ make: "three" }, { make: "resent" }], [NEW, { replace: ["汇总", "问题清单"] }]],
    ["another set of units: kept, the new one beside it", [{ make: "three" }, { make: "two" }], [NEW, BESIDE("other_files")]],
    ["生成汇总 twice: replaced", [{ make: "workbook" }, { make: "workbook" }], [NEW, { replace: ["汇总", "问题清单"] }]],
    ["only 汇总 edited: 汇总 said edited, 问题清单 kept with it, unchanged", [{ make: "workbook" }, { edit: "汇总" }, { make: "workbook" }],
      [NEW, { sheets: ["汇总(2)", "问题清单(2)"], kept: [{ sheet: "汇总", why: "edited" }, { sheet: "问题清单", why: "with_edited" }] }]],
    ["a summary marked by an earlier version (no source): kept, as its files are not known", [{ make: "three" }, { unmark: true }, { make: "three" }], [NEW, BESIDE("earlier_version")]],
  ])("%s", (_n, steps, said) => {
    expect(run(steps).said).toEqual(said);
  });

  it("生成评估's 评估 marked by an earlier version is of this workbook: replaced", () => {
    const first = openWorkbookEvaluation(open);
    const grid = unsourced(written(open, first));
    expect(openWorkbookEvaluation(grid)).toMatchObject({ ok: true, replace: ["评估"] });
  });
});

describe("the pane's line says what was kept and why, each sheet under its own reason", () => {
  it.each<[string, Step[], string, string]>([
    ["the county summary kept beside this workbook's", [{ make: "three" }, { make: "workbook" }],
      "已生成：汇总(2)、问题清单(2)。原有的「汇总」、「问题清单」是所选各单位文件的汇总（汇总所选文件），不是本工作簿的，保留原样、未覆盖。",
      "Added: 汇总(2), 问题清单(2). Kept as they are, not overwritten (the chosen files' summary, from Summarise chosen files, not this workbook's): \"汇总\", \"问题清单\"."],
    ["this workbook's kept beside the county summary", [{ make: "workbook" }, { make: "three" }],
      "已生成：汇总(2)、问题清单(2)。原有的「汇总」、「问题清单」是本工作簿的汇总（生成汇总），不是所选文件的，保留原样、未覆盖。",
      "Added: 汇总(2), 问题清单(2). Kept as they are, not overwritten (this workbook's summary, from Make summary, not the chosen files'): \"汇总\", \"问题清单\"."],
    ["only 汇总 edited", [{ make: "workbook" }, { edit: "汇总" }, { make: "workbook" }],
      "已生成：汇总(2)、问题清单(2)。原有的「汇总」生成后已有改动，保留原样、未覆盖。原有的「问题清单」本身未改动，但同批生成的表之后改了内容、被复制或删除，一并保留、未覆盖。",
      "Added: 汇总(2), 问题清单(2). Kept as it is, not overwritten (changed since the add-in made it): \"汇总\". Kept as it is, not overwritten (unchanged, but made together with a sheet changed, copied or deleted since): \"问题清单\"."],
  ])("%s", (_n, steps, zh, en) => {
    const { last } = run(steps);
    if (!last.ok) throw new Error("refused");
    const out = { ok: true as const, sheets: last.plan.sheets.map((s) => s.name), ...(last.kept?.length ? { kept: last.kept } : {}) };
    expect(summaryLine(out, "zh")).toBe(zh);
    expect(summaryLine(out, "en")).toBe(en);
  });
});

/** Our summary marks rewritten to the fields after the hash that `keep` picks (`[source, of]` as written now). */
function remarked(grid: GridWorkbook, keep: (source: string, of: string) => string[]): GridWorkbook {
  const rewrite = (v: CellValue): CellValue => {
    if (v.type !== "string" || !v.text.startsWith("plan-returns:summary:")) return v;
    const f = v.text.split(":");
    return { type: "string", text: [...f.slice(0, 5), ...keep(f[5] ?? "", f[6] ?? "")].join(":") };
  };
  return { ...grid, sheets: grid.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map(rewrite)) })) };
}

// the mark now ends :<source>:<of>; the two were added apart in session 33, each as a sixth field, so a mark of
// either earlier form, or of the five fields before, still reads (its other field unknown)
describe("marks of each earlier form still read", () => {
  it.each<[string, (source: string, of: string) => string[], { source?: string; of?: number }, string[] | KeptSheet["why"]]>([
    ["as written now: source and size", (source, of) => [source, of], { source: "workbook", of: 2 }, ["汇总", "问题清单"]],
    ["the source alone: same source, a set of any size", (source) => [source], { source: "workbook" }, ["汇总", "问题清单"]],
    ["the size alone: no known source", (_source, of) => [of], { of: 2 }, "earlier_version"],
    ["five fields: neither", () => [], {}, "earlier_version"],
  ])("%s", (_n, keep, fields, outcome) => {
    const grid = remarked(written(open, openWorkbookSummary(open)), keep);
    const marks = ["汇总", "问题清单"].map((n) => ownSheetMarkOf("summary", grid.sheets.find((s) => s.name === n)!, sha256Hex));
    for (const m of marks) {
      expect(m).toMatchObject({ unchanged: true });
      expect({ ...(m?.source ? { source: m.source } : {}), ...(m?.of ? { of: m.of } : {}) }).toEqual(fields);
    }
    const again = openWorkbookSummary(grid);
    if (!again.ok) throw new Error(JSON.stringify(again.problem));
    if (Array.isArray(outcome)) expect(again.replace).toEqual(outcome);
    else expect(again.kept).toEqual([{ sheet: "汇总", why: outcome }, { sheet: "问题清单", why: outcome }]);
  });

  it("a set marked with its size: one sheet of it deleted, the other kept with it", () => {
    const grid = written(open, openWorkbookSummary(open));
    const without = { ...grid, sheets: grid.sheets.filter((s) => s.name !== "问题清单") };
    const again = openWorkbookSummary(without);
    expect(again).toMatchObject({ ok: true, kept: [{ sheet: "汇总", why: "with_edited" }] });
  });
});
