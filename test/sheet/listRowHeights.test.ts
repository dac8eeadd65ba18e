import { catalog } from "../../src/templates/catalog";
import type { ProjectTemplate, ReformTemplate } from "../../src/templates/TemplateSchema";
import { projectSheet } from "../../src/sheet/projectSheet";
import { reformSheet } from "../../src/sheet/reformSheet";
import { FIRST_DATA_ROW } from "../../src/sheet/keys";
import { wrappedLines } from "../../src/sheet/wrappedLines";

/**
 * A list sheet's row is as tall as its longest wrapped cell, counted as the spreadsheet wraps
 * it (wrappedLines): LibreOffice does not grow a row when it opens a file, so a short estimate
 * clips the text on screen and in print.
 */
const reforms = catalog().find((t) => t.kind === "reforms") as ReformTemplate;
const projects = catalog().find((t) => t.kind === "projects") as ProjectTemplate;
const LONG = "统筹推进县域内城乡义务教育一体化改革发展，建立健全教师县管校聘管理机制，推动优质教育资源向海岛乡镇延伸覆盖";
const PARTICIPANTS = "县教育局、县委编办、县人力社保局、县财政局、县发改局、各乡镇人民政府";

/** the first row's height in points, and the lines its wrapped column holds at its width */
function firstRow(sheet: ReturnType<typeof reformSheet>, col: number, text: string): { height: number; lines: number } {
  return { height: sheet.rowHeights[FIRST_DATA_ROW] ?? 0, lines: wrappedLines(text, sheet.columns[col - 1]!.width) };
}

describe("list sheets' row heights", () => {
  test.each<[string, () => { height: number; lines: number }]>([
    ["改革名称 (not counted before)", () => {
      const s = reformSheet({ ...reforms, reforms: [{ ...reforms.reforms[0]!, name: LONG, goal: "短", tasks: "短" }] }, "改革", 2024);
      return firstRow(s, 3, LONG);
    }],
    ["参与单位 (not counted before)", () => {
      const s = reformSheet({ ...reforms, reforms: [{ ...reforms.reforms[0]!, goal: "短", tasks: "短", participants: PARTICIPANTS }] }, "改革", 2024);
      return firstRow(s, 8, PARTICIPANTS);
    }],
    ["项目名称", () => {
      const s = projectSheet({ ...projects, projects: [{ ...projects.projects[0]!, name: LONG, content: "短" }] }, "项目", 2024);
      return firstRow(s, 3, LONG);
    }],
  ])("a long %s gets a line of 14 pt for each wrapped line", (_why, make) => {
    const { height, lines } = make();
    expect(lines).toBeGreaterThan(2);
    expect(height).toBe(14 * lines + 2);
  });
});
