import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { metaSheet } from "../../src/sheet/metaSheet";
import { findTemplate } from "../../src/templates/catalog";
import { sampleReturn } from "../../src/cli/sampleReturn";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";

/**
 * Returns made by an earlier version (SHEET_RULES) whose status cells show what that version's
 * formulas gave: each file's check said `rules_outdated` after its totals, so a folder of last year's
 * returns repeated the same long line after every file. Over several files it is said once per
 * template, after the files, naming each file and its cells; a file checked alone keeps its own line.
 */
const t = findTemplate("zhoushan-2021-2025") as Template;
const dir = mkdtempSync(join(tmpdir(), "check-older-rules-"));
const folder = join(dir, "收到");
const UNITS = ["定海区", "普陀区", "岱山县"];
// the status cell shown otherwise (its column as the template lays it out)
let cell = "";

beforeAll(async () => {
  mkdirSync(folder);
  for (const unit of UNITS) {
    const plan = buildWorkbookPlan([t], { year: 2023, reportingUnit: unit });
    // made before SHEET_RULES 2: its metadata has no `rules`
    plan.sheets = plan.sheets.map((s) => (s.role === "meta" ? metaSheet({ app: "plan-returns", version: 1, createdYear: 2023, templates: [t] }) : s));
    const wb = planToWorkbook(plan);
    fillInputs(wb, sampleReturn(t, 2023));
    const ws = wb.worksheets.find((w) => w.name.includes("表2"));
    if (!ws) throw new Error("sheet");
    let col = 0;
    ws.getRow(2).eachCell((c, n) => { if (c.value === "status") col = n; });
    // a label the earlier formulas could give, unlike this check's (tampering.test): the formula kept, as
    // such a return keeps it (a typed value is own_formulas_broken, told apart)
    const f = ws.getCell(17, col).formula;
    ws.getCell(17, col).value = { formula: f, result: "严重滞后" };
    cell = `${ws.getColumn(col).letter}17`;
    await wb.xlsx.writeFile(join(folder, `${unit}.xlsx`));
  }
  copyFileSync(join(folder, "定海区.xlsx"), join(dir, "定海区.xlsx"));
}, 120_000);

const OLDER = { zh: "由本工具较早的版本生成", en: "made by an earlier version of this tool" } as const;
const TOTALS = { zh: /^已达标 \d+/, en: /^Met \d+/ } as const;

describe("check says the returns made with earlier rules once per template", () => {
  test.each([
    ["zh", "a folder of three returns: once, after the last file, naming each", () => [folder], "after files"],
    ["en", "a folder of three returns: once, after the last file, naming each", () => [folder], "after files"],
    ["zh", "one file: its own line after its totals", () => [join(dir, "定海区.xlsx")], "after totals"],
    ["en", "one file: its own line after its totals", () => [join(dir, "定海区.xlsx")], "after totals"],
  ] as const)("%s: %s", async (lang, _why, args, where) => {
    const r = await cli("check", ...args(), "--lang", lang);
    const lines = r.out.split("\n");
    const at = lines.flatMap((l, k) => (l.includes(OLDER[lang]) ? [k] : []));
    expect(at).toHaveLength(1);
    const line = lines[at[0]!]!;
    expect(line).toContain(cell);
    const lastTotals = lines.map((l, k) => (TOTALS[lang].test(l) ? k : -1)).reduce((a, b) => Math.max(a, b), -1);
    if (where === "after totals") {
      // right after the totals and what lock would refuse the return for (its 不能锁定 lines, trial36 T2)
      let after = lastTotals + 1;
      while (/^(不能锁定：|Cannot be locked yet: | {2}\d+\. )/.test(lines[after] ?? "")) after++;
      expect(at[0]).toBe(after);
      expect(line.startsWith("! ")).toBe(true);
    } else {
      expect(at[0]).toBeGreaterThan(lastTotals + 1);
      for (const unit of UNITS) expect(line).toContain(`${unit}.xlsx`);
    }
  });
});
