import { applyPlan } from "../../src/hosts/office/applyPlan";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { catalog } from "../../src/templates/catalog";
import { parseTemplate } from "../../src/templates/parseTemplate";
import type { Template } from "../../src/templates/TemplateSchema";
import { colLetters, FakeExcel } from "./fakeExcel";
import { contentDiff, fakeContent, plannedContent } from "./planContent";

const TRICKY = ["=SUM(A1:A9)", "+86 0580", "-5%", "@人口", "=1+1", "-", "+", "1.55", "2023-2024", "TRUE", "#N/A", "85%"];

/** Seed templates whose every text field starts with = + - @ or looks like a number, date or error. */
function trickyTemplates(): Template[] {
  let k = 0;
  const next = (): string => TRICKY[k++ % TRICKY.length] as string;
  return catalog().map((t) => {
    const data = JSON.parse(JSON.stringify(t)) as Record<string, unknown> & Template;
    data.title = `${next()}${data.title}`;
    if (data.kind === "indicators") {
      for (const d of data.indicators.slice(0, 12)) { d.name = next(); d.domain = next(); d.number = next(); if (d.part) d.part = next(); }
    } else if (data.kind === "projects") {
      for (const p of data.projects.slice(0, 6)) { p.name = next(); p.content = next(); p.location = next(); p.unit = next(); p.person = next(); p.remark = next(); p.number = next(); }
    } else {
      for (const r of data.reforms.slice(0, 6)) { r.name = next(); r.goal = next(); r.leadUnit = next(); r.number = next(); }
    }
    const parsed = parseTemplate(data, `${t.id}-tricky.json`);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return parsed.template;
  });
}

describe("text stays text in the Office host", () => {
  it("stores template text beginning with = + - @ (or looking like a number, date, boolean or error) as text", async () => {
    const plan = buildWorkbookPlan(trickyTemplates(), { year: 2023 });
    const fx = new FakeExcel();
    await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    let tricky = 0;
    for (const s of plan.sheets) {
      expect(contentDiff(plannedContent(s), fakeContent(fx, s.name))).toEqual([]);
      for (const c of s.cells) {
        if (typeof c.value !== "string" || !TRICKY.some((t) => (c.value as string).startsWith(t))) continue;
        tricky++;
        expect(fx.content(s.name, c.address)).toMatchObject({ value: c.value, numberFormat: "@" });
      }
    }
    expect(tricky).toBeGreaterThan(100);
  });

  it("creates no formula other than the plan's", async () => {
    const plan = buildWorkbookPlan(trickyTemplates(), { year: 2023 });
    const fx = new FakeExcel();
    await applyPlan(fx.context, plan, { isSetSupported: fx.isSetSupported });
    const planned = new Map<string, string>();
    for (const s of plan.sheets) for (const c of s.cells) if (c.formula !== undefined) planned.set(`${s.name}!${c.address}`, `=${c.formula}`);
    // a column's common formula is written first and its exceptions over it, so a cell may
    // receive a formula twice; but a formula only ever lands where the plan has one
    for (const f of fx.formulaLog) expect(planned.has(`${f.sheet}!${f.address}`)).toBe(true);
    expect(new Set(fx.formulaLog.map((f) => f.via))).toEqual(new Set(["formulasR1C1"]));
    const final = new Map<string, string>();
    for (const s of fx.sheets) {
      for (const [k, c] of s.cells) if (c.formula !== undefined) final.set(`${s.name}!${fakeAddress(k)}`, c.formula);
    }
    expect(final).toEqual(planned);
  });
});

function fakeAddress(k: number): string {
  return `${colLetters(k % 16384)}${Math.floor(k / 16384)}`;
}
