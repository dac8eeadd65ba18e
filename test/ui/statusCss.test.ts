import * as fs from "fs";
import * as path from "path";
import { STATUS_CODES } from "../../src/domain/Status";
import { STATUS_FILL } from "../../src/sheet/palette";
import { contrast, MIN_CONTRAST, paneStatusColours } from "../../src/ui/shared/statusColours";

describe("taskpane.css status colours", () => {
  const css = fs.readFileSync(path.join(__dirname, "../../src/ui/taskpane/taskpane.css"), "utf8");
  it.each([...STATUS_CODES])("%s takes the sheet palette's colours (set at start), the palette's as fallback", (s) => {
    const m = new RegExp(`\\.status-${s} \\{ --st-fill: var\\(--st-${s}-fill, #([0-9a-f]{6})\\); --st-font: var\\(--st-${s}-font, #([0-9a-f]{6})\\); \\}`).exec(css);
    expect(m).not.toBeNull();
    expect(m?.[1]?.toUpperCase()).toBe(STATUS_FILL[s].fill);
    expect(m?.[2]?.toUpperCase()).toBe(STATUS_FILL[s].font);
  });

  it.each([...STATUS_CODES])("%s reads at ≥ 4.5:1 in the pane, on the palette's own fill (WCAG 2.1 AA, issue 16)", (s) => {
    const c = paneStatusColours(s);
    expect(c.fill).toBe(STATUS_FILL[s].fill);
    expect(contrast(c.fill, c.font)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    // a palette pair that already reads is kept as it is
    if (contrast(STATUS_FILL[s].fill, STATUS_FILL[s].font) >= MIN_CONTRAST) expect(c.font).toBe(STATUS_FILL[s].font);
  });

  it.each([
    ["FFFFFF", "000000", 21],
    ["F8696B", "FFFFFF", 2.91], // 严重滞后 as issue 16 measured it
    ["FFFFFF", "767676", 4.54],
  ])("contrast(%s, %s) ≈ %d", (a, b, ratio) => {
    expect(contrast(a, b)).toBeCloseTo(ratio, 1);
  });

  it("includes a CJK font that exists on Linux test machines", () => {
    expect(css).toContain('"Noto Sans CJK SC"');
  });

  it("has no inline styles in the page (CSP)", () => {
    const html = fs.readFileSync(path.join(__dirname, "../../src/ui/taskpane/taskpane.html"), "utf8");
    expect(html.replace(/<!--[\s\S]*?-->/g, "")).not.toMatch(/\sstyle=|<style/);
  });
});
