import { fillInputs } from "../../src/hosts/xlsx/fillInputs";
import { workbookToGrid } from "../../src/hosts/xlsx/readXlsx";
import { planToWorkbook } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { checkGrid } from "../../src/sheet/checkGrid";
import type { CheckItem } from "../../src/sheet/CheckReport";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { ribbonCheck } from "../../src/ui/commands/ribbonCheck";
import { flagFacts } from "../../src/ui/shared/flagFacts";
import { lockedCheck } from "../../src/ui/shared/lockedCheck";

/**
 * A raw fraction typed in a % row (0.935 where the plan reads ≥50): check reads it as a likely 93.5 slip
 * (evaluation-rules §2a, percent_fraction), while the pane's flag line and the ribbon dialog said
 * 填报值：0.935%, a reading nobody typed. The value is shown as typed; check's own words follow it.
 */
const tpl = findTemplate("zhoushan-2021-2025") as Template;

function checked(value: number | string, id: string): CheckItem {
  const wb = planToWorkbook(buildWorkbookPlan([tpl], { year: 2023, reportingUnit: "定海区" }));
  fillInputs(wb, [{ template: tpl.id, id, key: "in:2023", value }]);
  const r = checkGrid(workbookToGrid(wb));
  if (!r.ok) throw new Error(r.message);
  const item = r.report.items.find((i) => i.id === id);
  if (!item) throw new Error(id);
  return item;
}

describe("the flag line of a value check reads as a fraction slip", () => {
  test.each<[string, number | string, string, "zh" | "en", string, string]>([
    ["0.935 in a % row (≥50): as typed, no % glued on", 0.935, "zs21-01", "zh", "填报值（%）：0.935", "应为 93.5？"],
    ["in English", 0.935, "zs21-01", "en", "Value (%): 0.935", "did you mean 93.5?"],
    ["0.5 in a % row", 0.5, "zs21-01", "zh", "填报值（%）：0.5", "应为 50？"],
    ["a real percentage: the same rule", 60, "zs21-01", "zh", "填报值（%）：60", ""],
    ["a % value out of range: as typed (trial32p read 6500 as 6500%)", 6500, "zs21-01", "zh", "填报值（%）：6500", "百分比应在 0–100 之间"],
    ["text that looks like a number (trial32p: 100.0%)", "100.0", "zs21-01", "zh", "填报值（%）：100.0", ""],
    ["text with spaces (trial32p:  70 , no %)", " 70 ", "zs21-01", "zh", "填报值（%）： 70 ", ""],
  ])("%s", async (_why, value, id, lang, facts, said) => {
    const item = checked(value, id);
    const shown = flagFacts(item, lang);
    expect(shown[0]).toBe(facts);
    // check's suggestion, word for word, is on the row: the pane lists the item's issues under the facts, the dialog its first
    const message = item.issues.map((i) => (lang === "en" ? i.messageEn : i.message)).join(" ");
    if (said) expect(message).toContain(said);
    const unused = (): Promise<never> => Promise.reject(new Error("unused"));
    const wb = planToWorkbook(buildWorkbookPlan([tpl], { year: 2023, reportingUnit: "定海区" }));
    fillInputs(wb, [{ template: tpl.id, id, key: "in:2023", value }]);
    const data = await ribbonCheck({ readGrid: () => Promise.resolve(workbookToGrid(wb)), select: () => Promise.resolve(), sheets: unused, apply: unused, sheetNames: unused, replace: unused, applyFixes: unused }, lockedCheck, lang);
    if (data.kind !== "check") throw new Error(data.message);
    const line = data.flags.find((f) => f.name === item.name);
    if (said) {
      const text = lang === "en" ? line?.textEn : line?.text;
      expect(text?.startsWith(facts)).toBe(true);
      expect(text).toContain(said);
    }
  });
});

/**
 * A trial's flag line read 进度 — / 序时进度 80% on a 数据异常 row: its value is not used (§2), so there is no progress to set
 * beside 序时进度. check's 进度/序时 column is empty on such a row and the summary's 问题清单 names none: the pane and the
 * dialog give the value as typed and the target, then check's own words, and no progress fact.
 */
describe("a 数据异常 row's flag line has no 进度 beside 序时进度", () => {
  test.each<[string, number | string, "zh" | "en", string[]]>([
    ["an approximate figure", "约3.5", "zh", ["填报值（个）：约3.5", "目标：4.5"]],
    ["in English", "约3.5", "en", ["Value (个): 约3.5", "Target: 4.5"]],
    ["text", "暂缺", "zh", ["填报值（个）：暂缺", "目标：4.5"]],
    ["a negative count", -2, "zh", ["填报值（个）：-2", "目标：4.5"]],
  ])("%s", async (_why, value, lang, facts) => {
    const item = checked(value, "zs21-02");
    expect(item.status).toBe("invalid");
    expect(item.expected).not.toBeNull();
    expect(flagFacts(item, lang)).toEqual(facts);
    const unused = (): Promise<never> => Promise.reject(new Error("unused"));
    const wb = planToWorkbook(buildWorkbookPlan([tpl], { year: 2023, reportingUnit: "定海区" }));
    fillInputs(wb, [{ template: tpl.id, id: "zs21-02", key: "in:2023", value }]);
    const data = await ribbonCheck({ readGrid: () => Promise.resolve(workbookToGrid(wb)), select: () => Promise.resolve(), sheets: unused, apply: unused, sheetNames: unused, replace: unused, applyFixes: unused }, lockedCheck, lang);
    if (data.kind !== "check") throw new Error(data.message);
    const text = data.flags.find((f) => f.name === item.name)?.[lang === "en" ? "textEn" : "text"];
    expect(text?.startsWith(`${facts.join(" · ")} · `)).toBe(true);
    expect(text).not.toMatch(/进度|[Pp]rogress/);
  });
});
