import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorkbookFile } from "../../src/cli/loadWorkbookFile";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { invalidPhrase } from "../../src/domain/invalidPhrase";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import { findTemplate } from "../../src/templates/catalog";
import { cli } from "../support/cli";

// a manager's trial: rollover carried 约3.2, "3,520", ５９．２ and 0.955 in a 0.0% cell and said only
// "带入 90 个已填单元格"; they showed up first in the next year's check. Each value of the return's own
// year or an earlier one that its check finds invalid is now named, where it sits in the new return
const dir = mkdtempSync(join(tmpdir(), "rollover-invalid-"));
const T = findTemplate("zhoushan-2021-2025")!;
if (T.kind !== "indicators") throw new Error("indicators");
const ids = T.indicators.map((d) => d.id);

type Typed = { id: string; year: number; value: string | number; numFmt?: string };

async function rolled(name: string, typed: Typed[], lang: "zh" | "en" = "zh"): Promise<{ lines: string[]; at: (id: string, year: number) => string }> {
  const src = join(dir, `${name}.xlsx`), out = join(dir, `${name}-2024.xlsx`);
  const wb = planToWorkbook(buildWorkbookPlan([T], { year: 2023, reportingUnit: "定海区" }));
  // the samples numbers only: it types some invalid values of its own (约100, #DIV/0!, ４.２)
  const valid = sampleReturn(T, 2023).filter((e) => typeof e.value === "number" && !e.numFmt?.includes("%"));
  const entries: InputEntry[] = [...valid, ...typed.map((x) => ({ template: T.id, id: x.id, key: `in:${x.year}`, value: x.value, ...(x.numFmt ? { numFmt: x.numFmt } : {}) }))];
  expect(fillInputs(wb, entries)).toEqual([]);
  await wb.xlsx.writeFile(src);
  const r = await cli("rollover", src, "--year", "2024", "--out", out, "--force", "--lang", lang);
  expect([r.code, r.err]).toEqual([0, ""]);
  const g = await loadWorkbookFile(out);
  if (!g.ok) throw new Error(g.message);
  const c = checkGrid(g.grid);
  if (!c.ok) throw new Error(c.message);
  const at = (id: string, year: number): string => {
    const i = c.report.items.find((x) => x.id === id)!;
    return `${i.sheet}!${i.cells[String(year)]} ${i.name} ${year}`;
  };
  return { lines: r.out.split("\n"), at };
}

describe("rollover names each carried value its check finds invalid", () => {
  test.each<[string, Typed[], Array<[string, number, string, string]>]>([
    ["an approximate value typed as text, the return's own year", [{ id: ids[3]!, year: 2023, value: "约15.2" }], [[ids[3]!, 2023, "约15.2", "not_a_number"]]],
    ["a number with separators typed as text", [{ id: ids[1]!, year: 2023, value: "3,520" }], [[ids[1]!, 2023, "3,520", "text_number"]]],
    ["full-width digits, an earlier year", [{ id: ids[4]!, year: 2022, value: "８９．２" }], [[ids[4]!, 2022, "８９．２", "text_number"]]],
    ["95.5% typed into a percent style of a % row", [{ id: ids[4]!, year: 2023, value: 0.955, numFmt: "0.0%" }], [[ids[4]!, 2023, "95.5%", "percent_typed"]]],
    ["several, in the new return's order", [{ id: ids[4]!, year: 2023, value: "约89" }, { id: ids[1]!, year: 2022, value: "3,520" }],
      [[ids[1]!, 2022, "3,520", "text_number"], [ids[4]!, 2023, "约89", "not_a_number"]]],
    ["valid numbers only: nothing named", [], []],
  ])("%s", async (name, typed, named) => {
    const { lines, at } = await rolled(name.slice(0, 12), typed);
    const head = lines.findIndex((l) => l.startsWith("注意：带入的"));
    if (named.length === 0) {
      expect(head).toBe(-1);
      return;
    }
    expect(lines[head]).toBe(`注意：带入的 ${named.length} 格在原填报（2023 年度）核对时不是有效数值，已照原样带入，新年度核对仍会报错，请逐格改正：`);
    expect(lines.slice(head + 1, head + 1 + named.length)).toEqual(named.map(([id, y, v, code]) => `  ${at(id, y)} 年：“${v}”（${invalidPhrase(code as never, "zh")}）`));
  });

  test("in English", async () => {
    const { lines, at } = await rolled("en", [{ id: ids[1]!, year: 2023, value: "3,520" }], "en");
    const head = lines.findIndex((l) => l.startsWith("note: 1 cell carried"));
    expect(lines[head]).toBe("note: 1 cell carried is not a valid number in the 2023 return's check; carried as they are, they will fail the new year's check too: correct each one:");
    expect(lines[head + 1]).toBe(`  ${at(ids[1]!, 2023)}: "3,520" (a number stored as text, which formulas cannot read)`);
  });
});
