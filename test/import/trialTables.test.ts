import { readFileSync } from "fs";
import path from "path";
import { importTable } from "../../src/import";

/** Tables a 市卫健委 planner pasted in a fresh-user trial (copied from PDFs and web pages). */
const TABLES = path.join(__dirname, "../fixtures/tables");
const table = (name: string): string => readFileSync(path.join(TABLES, name), "utf8");

function imported(name: string) {
  const r = importTable(table(name));
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe("the trial's 卫生健康 table (tabs, notes ① and ② below it)", () => {
  test.each<[string, number, string]>([
    ["the ① on a name", 11, "name-mark"],
    ["下降10% against 8.1", 23, "target-relative"],
  ])("%s: line %i says %s", (_d, line, code) => {
    expect(imported("huzhou-health-2021-2025.txt").unread.filter((u) => u.line === line).map((u) => u.code)).toContain(code);
  });

  test("the footnote lines are notes: every row loaded, nothing said of line 30", () => {
    const r = imported("huzhou-health-2021-2025.txt");
    expect(r.stats.rowsNotLoaded).toBe(0);
    expect(r.unread.filter((u) => u.line >= 29)).toEqual([]);
    expect(r.template.notes).toEqual(expect.arrayContaining(["②〔〕内为五年累计数。"]));
    expect(r.template.indicators.map((d) => d.name)).toContain("重大慢性病过早死亡率（%）");
  });
});
