import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleReturn } from "../../src/cli/sampleReturn";
import { fillInputs, type InputEntry } from "../../src/hosts/xlsx/fillInputs";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { findTemplate } from "../../src/templates/catalog";
import { cli } from "../support/cli";

// a trial's 110000 in a 万亿元 row, and our own 8560000 平方米 against 900, went on as typed into the
// next year's return: rollover named invalid values only, and the new year's check does not flag
// an earlier year's warning. A value §6 will not grade (isScaleSlip) is now named where it sits
const dir = mkdtempSync(join(tmpdir(), "rollover-slips-"));
const T = findTemplate("zhoushan-2021-2025")!;
if (T.kind !== "indicators") throw new Error("indicators");
const TOTS = "zs21-02"; // 每千人口拥有3岁以下婴幼儿托位数(个): 2.02 → 4.5
const JOBS = "zs21-11"; // 城镇新增就业人数(万人): [15]

type Typed = Omit<InputEntry, "template">;

async function rolled(name: string, typed: Typed[], lang: "zh" | "en"): Promise<string[]> {
  const src = join(dir, `${name}.xlsx`), out = join(dir, `${name}-2024.xlsx`);
  const wb = planToWorkbook(buildWorkbookPlan([T], { year: 2023, reportingUnit: "定海区" }));
  const valid = sampleReturn(T, 2023).filter((e) => typeof e.value === "number" && !e.numFmt?.includes("%"));
  const entries: InputEntry[] = [...valid.filter((e) => !typed.some((x) => e.id === x.id && e.key === x.key)), ...typed.map((x) => ({ template: T.id, ...x }))];
  expect(fillInputs(wb, entries)).toEqual([]);
  await wb.xlsx.writeFile(src);
  const r = await cli("rollover", src, "--year", "2024", "--out", out, "--force", "--lang", lang);
  expect([r.code, r.err]).toEqual([0, ""]);
  return r.out.split("\n");
}

describe("rollover names each carried value its check found likely in another unit", () => {
  test.each<[string, Typed[], "zh" | "en", string[]]>([
    ["over 1000× in a 万人 row (§2 scale_suspect)", [{ id: JOBS, key: "in:2023", value: 30000 }], "zh", ["城镇新增就业人数(万人) 2023 年：30000（超过基期值或目标值的 1000 倍）"]],
    ["200× the plan's largest in a count row (§8f beyond 100×)", [{ id: TOTS, key: "in:2023", value: 900 }], "zh", ["2023 年：900（约为规划数值最大者的 200 倍）"]],
    ["both, in English", [{ id: TOTS, key: "in:2023", value: 900 }, { id: JOBS, key: "in:2023", value: 30000 }], "en",
      ["2023: 900 (about 200 times the largest of the plan's numbers)", "2023: 30000 (over 1000× the baseline or target)"]],
    // trial36 N5: far under 100×, but check reads a slip (是否应为 4？): the report does not grade it either, so it is named
    ["89× the plan, a slip check reads: not graded", [{ id: TOTS, key: "in:2023", value: 400 }], "zh", ["2023 年：400（约为规划数值最大者的 88.9 倍）"]],
    ["kept by its 说明: the unit explained it", [{ id: TOTS, key: "in:2023", value: 900 }, { id: TOTS, key: "note", value: "统计口径调整为托位总数，已核实" }], "zh", []],
    ["an earlier year's slip is not the return's own: its check never judged it", [{ id: TOTS, key: "in:2022", value: 900 }], "zh", []],
  ])("%s", async (name, typed, lang, named) => {
    const lines = await rolled(name.slice(0, 10).replace(/[^\w]/g, "_") + typed.length + lang, typed, lang);
    const head = lines.findIndex((l) => (lang === "zh" ? l.includes("疑似单位或位数填错") : l.includes("unit or digit slip")));
    if (named.length === 0) {
      expect(head).toBe(-1);
      return;
    }
    expect(lines[head]).toContain(lang === "zh" ? `带入的 ${named.length} 格` : `${named.length} cell`);
    const listed = lines.slice(head + 1, head + 1 + named.length);
    named.forEach((n, k) => expect(listed[k]).toContain(n));
    // each line names the cell in the new return, sheet!cell
    for (const l of listed) expect(l).toMatch(/^ {2}\S+![A-Z]+\d+ /);
  });
});
