import fc from "fast-check";
import { toR1C1 } from "../../src/hosts/office/toR1C1";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { catalog } from "../../src/templates/catalog";
import { parseAddress } from "./fakeExcel";
import { r1c1ToA1 } from "./fakeR1C1";

describe("toR1C1", () => {
  it.each([
    ["K6", 6, 11, "RC"],
    ["$K6", 6, 1, "RC11"],
    ["K$6", 9, 11, "R6C"],
    ["$K$6+K7-J5", 6, 11, "R6C11+R[1]C-R[-1]C[-1]"],
    ["SUM($AA6:$AE6)", 6, 2, "SUM(RC27:RC31)"],
    ["报告年份-2021+1", 4, 3, "报告年份-2021+1"],
    ["LOG10(A1)+ATAN2(B2,C3)", 1, 1, "LOG10(RC)+ATAN2(R[1]C[1],R[2]C[2])"],
    ['IF(A1="B2","K6",A1)', 1, 1, 'IF(RC="B2","K6",RC)'],
    ["'Sheet A1'!B2+1E5*C3", 2, 2, "'Sheet A1'!RC+1E5*R[1]C[1]"],
    ["MAX(ABS(X9),ABS(Y9))", 9, 24, "MAX(ABS(RC),ABS(RC[1]))"],
  ])("%s at R%iC%i → %s", (a1, row, col, r1c1) => {
    expect(toR1C1(a1, row, col)).toBe(r1c1);
  });

  it("round-trips every formula of every seed template's plan through the fake's own reader", () => {
    const plan = buildWorkbookPlan(catalog(), { year: 2023 });
    let n = 0;
    for (const s of plan.sheets) {
      for (const c of s.cells) {
        if (c.formula === undefined) continue;
        const { r0, c0 } = parseAddress(c.address);
        expect(r1c1ToA1(`=${toR1C1(c.formula, r0, c0)}`, r0, c0)).toBe(`=${c.formula}`);
        n++;
      }
    }
    expect(n).toBeGreaterThan(100);
  });

  it("makes a row's formulas identical in R1C1 when they differ only by row", () => {
    const plan = buildWorkbookPlan(catalog().filter((t) => t.id === "zhoushan-2021-2025"), { year: 2023 });
    const s = plan.sheets.find((x) => x.role === "template");
    const statusCells = (s?.cells ?? []).filter((c) => c.formula !== undefined);
    const byCol = new Map<string, Set<string>>();
    for (const c of statusCells) {
      const { r0, c0 } = parseAddress(c.address);
      const col = c.address.replace(/\d+$/, "");
      if (!byCol.has(col)) byCol.set(col, new Set());
      byCol.get(col)?.add(toR1C1(c.formula as string, r0, c0));
    }
    // a column of formulas collapses to a handful of variants (one per kind of indicator), not one per row
    for (const variants of byCol.values()) expect(variants.size).toBeLessThanOrEqual(6);
  });

  it("never changes text in quotes and round-trips random references", () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 700 }), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 700 }),
      fc.boolean(), fc.boolean(),
      (r, c, atR, atC, absR, absC) => {
        const letters = (n: number): string => { let s = ""; for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s; return s; };
        const ref = `${absC ? "$" : ""}${letters(c)}${absR ? "$" : ""}${r}`;
        const f = `IF(${ref}="${ref}",${ref},"x")`;
        const out = toR1C1(f, atR, atC);
        expect(out).toContain(`"${ref}"`);
        expect(r1c1ToA1(out, atR, atC)).toBe(f);
      }));
  });
});
