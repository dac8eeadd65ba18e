import * as fs from "fs";
import * as path from "path";
import { STATUS_CODES } from "../../src/domain/Status";
import { STATUS_FILL } from "../../src/sheet/palette";

describe("taskpane.css status colours", () => {
  const css = fs.readFileSync(path.join(__dirname, "../../src/ui/taskpane.css"), "utf8");
  it.each([...STATUS_CODES])("%s uses the sheet palette", (s) => {
    const m = new RegExp(`\\.status-${s} \\{ --st-fill: #([0-9a-f]{6}); --st-font: #([0-9a-f]{6}); \\}`).exec(css);
    expect(m).not.toBeNull();
    expect(m?.[1]?.toUpperCase()).toBe(STATUS_FILL[s].fill);
    expect(m?.[2]?.toUpperCase()).toBe(STATUS_FILL[s].font);
  });

  it("includes a CJK font that exists on Linux test machines", () => {
    expect(css).toContain('"Noto Sans CJK SC"');
  });

  it("has no inline styles in the page (CSP)", () => {
    const html = fs.readFileSync(path.join(__dirname, "../../src/ui/taskpane.html"), "utf8");
    expect(html.replace(/<!--[\s\S]*?-->/g, "")).not.toMatch(/\sstyle=|<style/);
  });
});
