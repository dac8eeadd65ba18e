import { parseTarget } from "../../src/domain/parseTarget";
import { detectUnit } from "../../src/domain/Unit";
import { normalizeText } from "../../src/domain/normalizeText";
import { seedIndicatorRows } from "../support/seedRows";

const rows = seedIndicatorRows();

describe("every seed row's target parses to the kind the plan means", () => {
  test("there are as many rows as the plans have (29 + 48 + 54 + 21)", () => {
    expect(rows.length).toBe(29 + 48 + 54 + 21);
  });

  test.each(rows)("%s", (_label, _t, d) => {
    const target = parseTarget(d.target, d.unit === "%");
    expect(target.kind).toBe(d.targetKind);
    expect(target.text).toBe(d.target ?? "");
  });
});

describe("every yearly target parses to a known kind, never throws", () => {
  const yearly = rows.filter(([, , d]) => d.yearlyTargets);
  test.each(yearly)("%s", (_label, _t, d) => {
    for (const text of Object.values(d.yearlyTargets ?? {})) {
      const k = parseTarget(text, d.unit === "%").kind;
      expect(["point", "ceiling", "floor", "none", "text"]).toContain(k);
    }
  });
});

describe("the unit read from each seed name is the unit the template carries", () => {
  test.each(rows)("%s", (_label, _t, d) => {
    const u = detectUnit(d.name);
    if (d.unit === "") expect(u.inferred || u.symbol === "").toBe(true);
    else expect(u.symbol).toBe(normalizeText(d.unit));
  });
});
