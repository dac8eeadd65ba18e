import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { readXlsxBuffer } from "../../src/hosts/xlsx/readXlsx";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import type { CheckReport } from "../../src/sheet/CheckReport";
import { checkGrid } from "../../src/sheet/checkGrid";
import { summarize } from "../../src/sheet/summarize";
import { FLAGS_SHEET, internalLink, summaryWorkbookPlan } from "../../src/sheet/summarySheets";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";

/**
 * A manager's trial: 问题清单 put the problems of earlier years' cells (I22, J22, K22) at the year's
 * L22, without the year: "计数应为整数，实际为 43.27" beside a 当年值 of 45.92, while `check` named
 * I22. Each problem's 位置 (and its link) is now the cell check names, and a problem about another
 * year's cell says that year, with that cell's value beside it (trial33 T12: the year's 45.92 stood
 * there, as if I22 held it), and no status: the row's 滞后 is 2024's, which a warning on 2021 does not change.
 */
const qz = findTemplate("quzhou-2021-2025") as Template;
const YEAR = 2024;
const e = (key: string, value: number): InputEntry => ({ template: qz.id, id: "qz21-19", key, value });

let report: CheckReport;
let rows: Map<string, string[]>;
/** 位置's link of each 问题清单 row, by row */
const links = new Map<string, string>();
beforeAll(async () => {
  const wb = planToWorkbook(buildWorkbookPlan([qz], { year: YEAR, reportingUnit: "衢江区" }));
  // 城镇老旧小区改造个数 〔227〕: yearly amounts that are no whole numbers, 2024 lagging without 说明
  expect(fillInputs(wb, [e("in:2021", 43.27), e("in:2022", 43.69), e("in:2023", 47.94), e("in:2024", 45.92)])).toEqual([]);
  const r = checkGrid(await readXlsxBuffer(Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer)));
  if (!r.ok) throw new Error(r.message);
  report = r.report;
  const s = summarize([{ file: "收到/2024-衢江区.xlsx", report }]);
  if (!s.ok) throw new Error(s.message);
  const sheet = summaryWorkbookPlan(s.figures, (_f, name, cell) => internalLink(name, cell)).sheets.find((x) => x.name === FLAGS_SHEET)!;
  rows = new Map();
  for (const c of sheet.cells) {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(c.address) ?? [];
    if (!col || !row) continue;
    const line = rows.get(row) ?? [];
    line[col.charCodeAt(0) - 65] = String(c.value ?? "");
    if (col === "C" && c.hyperlink) links.set(row, c.hyperlink);
    rows.set(row, line);
  }
});

/** The 问题清单 row whose 问题 is `message`: [位置, 当年值, 状态, 问题]. */
function listed(message: string): [string, string, string, string] | undefined {
  const row = [...rows.values()].find((r) => r[6] === message);
  return row ? [row[2]!, row[4]!, row[5]!, row[6]!] : undefined;
}

describe("问题清单 places each problem where check does", () => {
  test.each<[string, number | "note", string, string, string]>([
    // another year's cell: its year and its own value beside it, never the year's 45.92 and 滞后
    ["the 2021 amount", 2021, "2021 年：计数应为整数，实际为 43.27", "2021 年 43.27", "—"],
    ["the 2022 amount", 2022, "2022 年：计数应为整数，实际为 43.69", "2022 年 43.69", "—"],
    ["the 2023 amount", 2023, "2023 年：计数应为整数，实际为 47.94", "2023 年 47.94", "—"],
    // the reporting year's own cell: no year said, 当年值 and 状态 are its
    ["the 2024 amount", 2024, "计数应为整数，实际为 45.92", "45.92", "滞后"],
    // the 说明 the row's status asks for: the year's value and status beside it
    ["the missing 说明", "note", "滞后指标须填写说明", "45.92", "滞后"],
  ])("%s: at the cell check names", (_what, at, message, value, state) => {
    const item = report.items.find((i) => i.id === "qz21-19")!;
    const cell = at === "note" ? item.noteCell! : item.cells[String(at)]!;
    // check names that cell in its message
    expect(item.issues.map((i) => i.message)).toContainEqual(expect.stringContaining(`${cell}：${message.replace(/^\d{4} 年：/, "")}`));
    const [place, shown, status, said] = listed(message) ?? [];
    expect(place).toBe(`${item.sheet}!${cell}`);
    expect(said).toBe(message);
    // a running total is said as such: the year's own amount is in it
    expect(shown).toContain(value);
    if (typeof at === "number" && at !== YEAR) expect(shown?.startsWith(`${at} 年`)).toBe(true);
    expect(status).toBe(state);
  });

  test("位置's link goes to that cell too", () => {
    const item = report.items.find((i) => i.id === "qz21-19")!;
    const row = [...rows.entries()].find(([, r]) => r[6] === "2021 年：计数应为整数，实际为 43.27")?.[0] ?? "";
    expect(links.get(row)).toBe(internalLink(item.sheet, item.cells["2021"]!));
  });
});
