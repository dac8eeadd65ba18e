import { buildFixes, fixRef } from "../../src/ui/shared/buildFixes";
import { item } from "./items";

const issue = (cell: string, suggestion?: number, received?: string) => ({
  code: "text_number" as const, severity: "warning" as const, cell, message: "m", messageEn: "m",
  ...(suggestion === undefined ? {} : { suggestion }), ...(received === undefined ? {} : { received }),
});

describe("buildFixes", () => {
  it("offers one fix per issue with a suggestion and a cell", () => {
    const fixes = buildFixes([
      item("4", "invalid", { value: "0.8", issues: [issue("K4", 80, "0.8")] }),
      item("5", "lagging", { issues: [issue("K5")] }),
      item("6", "invalid", { sheet: "表 2", value: "12,420", issues: [issue("K6", 12420)] }),
    ]);
    expect(fixes).toEqual([
      { sheet: "表1", cell: "K4", from: "0.8", to: 80, name: "指标4", text: true },
      { sheet: "表 2", cell: "K6", from: "12,420", to: 12420, name: "指标6", text: true },
    ]);
  });

  // trial 25c: the text 「96.5」 was listed as 96.5 → 96.5; the confirmation quotes what the cell holds as text
  it.each([
    ["text_number", true],
    ["percent_fraction", false],
    ["scale_suspect", false],
  ] as const)("a %s fix marks the cell's value as text: %s", (code, text) => {
    const [f] = buildFixes([item("8", "invalid", { value: "96.5", issues: [{ ...issue("K8", 96.5, "96.5"), code }] })]);
    expect(f?.text === true).toBe(text);
  });

  it.each([
    ["scale_suspect", true],
    ["project_investment_large", true],
    // 68000 typed in an 亿元 list is 6.8 only if it was 万元: a trial's 全部修正 would have written it unmarked
    ["project_completed_scale", true],
    ["percent_style_unit", true],
    // a trial's 全部修正 wrote 0.74 → 74 beside the format fixes, unmarked, where the pane itself asked 应为 74？
    ["percent_fraction", true],
    ["text_number", false],
    ["percent_typed", false],
  ] as const)("a %s suggestion is a guess: %s", (code, guess) => {
    const [f] = buildFixes([item("4", "invalid", { value: "401100", issues: [{ ...issue("K4", 40.11, "401100"), code }] })]);
    expect(f?.guess !== undefined).toBe(guess);
  });

  // trial31 F5: 「1,234.5」 in a 45.3 → 70 row was offered 1234.5 in 全部修正; check then flagged it 17.6 × the plan
  it.each([
    ["a format fix whose value is far from the plan", { suggestionFar: 17.6, suggestionSide: "above" }, "far"],
    ["a format fix near the plan", {}, undefined],
  ] as const)("%s: guess %s", (_, params, guess) => {
    const [f] = buildFixes([item("4", "invalid", { value: "1,234.5", issues: [{ ...issue("K4", 1234.5, "1,234.5"), params }] })]);
    expect(f?.guess).toBe(guess);
  });

  // trial32: 「0.835」 as text in a ≥85 % row is one text_number issue offering 83.5 (params.fraction); the guess stays a guess
  it.each([
    ["this year's", "text_number", { fraction: 0.835 }, "scale"],
    ["an earlier year's", "earlier_year_invalid", { fraction: 0.835, year: 2022, reason: "text_number" }, "scale"],
    ["a plain text number's", "text_number", {}, undefined],
  ] as const)("%s text read as a fraction: guess %s", (_, code, params, guess) => {
    const [f] = buildFixes([item("6", "invalid", { value: "0.835", issues: [{ ...issue("K6", 83.5, "0.835"), code, params }] })]);
    expect(f?.guess).toBe(guess);
  });

  it.each([
    ["percent_fraction", true],
    ["text_number", false],
  ] as const)("an earlier year's value unusable for %s is a guess: %s", (reason, guess) => {
    const [f] = buildFixes([item("4", "lagging", { issues: [{ ...issue("J4", 74, "0.74"), code: "earlier_year_invalid", params: { year: 2023, reason } }] })]);
    expect(f?.guess !== undefined).toBe(guess);
  });

  it.each([
    // a trial's 全部修正 wrote 「约5」 → 5 unmarked, while check itself said 如确为 5，请填 5
    ["this year's", "not_a_number", { approximate: 1 }, true],
    ["an earlier year's", "earlier_year_invalid", { approximate: 1, year: 2022, reason: "not_a_number" }, true],
    ["a date's", "not_a_number", { typedDate: 1 }, false],
  ] as const)("%s approximate figure is a guess: %s", (_, code, params, guess) => {
    const [f] = buildFixes([item("5", "invalid", { value: "约5", issues: [{ ...issue("K5", 5, "约5"), code, params }] })]);
    expect(f?.guess).toBe(guess ? "approximate" : undefined);
  });

  it("never offers two writes to one cell", () => {
    expect(buildFixes([item("4", "invalid", { issues: [issue("K4", 80), issue("K4", 8)] })])).toHaveLength(1);
  });

  it("quotes sheet names that need it", () => {
    expect(fixRef({ sheet: "舟山市表2", cell: "K4" })).toBe("舟山市表2!K4");
    expect(fixRef({ sheet: "It's 1", cell: "A1" })).toBe("'It''s 1'!A1");
  });
});
