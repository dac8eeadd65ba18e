import path from "path";
import { importTable } from "../../src/import";
import { readTableFile } from "../../src/cli/readTableFile";
import type { IndicatorDef } from "../../src/templates/TemplateSchema";

/**
 * trial32 item 3: 青石县“十四五”综合交通运输发展主要指标 (test/fixtures/tables/trial32) pasted with tabs
 * and with full-width spaces (U+3000) between its cells, read as the CLI reads the files (readTableFile), then
 * importTable. With them a run of them is one separator, so each row whose 单位 cell is empty had a cell too
 * few: 8 of 13 rows were not loaded ("读到 3 格数值，表头有 4 列…未载入") without the advice the docs
 * promise, and a 5-indicator template was written. Now a row whose name gives its unit in brackets is
 * read as its tab line is, said as a line to check; so is one whose name gives none where the cell under 单位
 * is no unit (trial34).
 */
const TABLES = path.join(__dirname, "../fixtures/tables/trial32");

async function read(file: string): Promise<ReturnType<typeof importTable>> {
  const t = await readTableFile(path.join(TABLES, file));
  if (!t.ok) throw new Error(t.message);
  return importTable(t.text, { source: t.source });
}

/** domain | name | unit | baseline | target | 属性 */
const row = (d: IndicatorDef): string => [d.domain, d.name, d.unit, d.baseline, d.target ?? "", d.attribute ?? ""].join(" | ");
/** lines of the file with each effect, and which of them ask for tabs */
interface Said { loaded: number; notLoaded: number[]; unitFromName: number[]; askTabs: number[] }

describe("trial32: 青石县交通 pasted with full-width spaces loads what its tab copy loads, where the name gives the unit", () => {
  let tabs: string[] = [];
  beforeAll(async () => {
    const r = await read("qingshi-transport-tabs.txt");
    if (!r.ok) throw new Error(r.message);
    tabs = r.template.indicators.map(row);
  });

  test.each<[string, Said, string[]]>([
    ["qingshi-transport-tabs.txt", { loaded: 13, notLoaded: [], unitFromName: [], askTabs: [] }, []],
    // 城乡公交一体化发展水平 and 智慧交通建设 give no unit, and under 单位 stand AAA级 and /, no units: their blank 单位 is
    // the lost cell (trial34; until then both were not loaded and asked for tabs)
    ["qingshi-transport-fullwidth-spaces.txt", { loaded: 13, notLoaded: [], unitFromName: [5, 8, 10, 11, 12, 13], askTabs: [] }, []],
  ])("%s", async (file, said, left) => {
    const r = await read(file);
    if (!r.ok) throw new Error(r.message);
    const rows = r.template.indicators.map(row);
    expect(rows).toEqual(tabs.filter((t) => !left.some((n) => t.includes(` | ${n} | `))));
    expect({
      loaded: rows.length,
      notLoaded: r.unread.filter((u) => u.effect === "not-loaded").map((u) => u.line),
      unitFromName: r.unread.filter((u) => u.code === "unit-from-name").map((u) => u.line),
      askTabs: r.unread.filter((u) => u.reason.includes("请把该行各列改用 Tab 分隔后重新导入")).map((u) => u.line),
    }).toEqual(said);
  });

  test("the line of a row read with its unit from the name says so, in Chinese and English", async () => {
    const r = await read("qingshi-transport-fullwidth-spaces.txt");
    if (!r.ok) throw new Error(r.message);
    const u = r.unread.find((x) => x.code === "unit-from-name" && x.line === 12);
    expect(u?.effect).toBe("to-check");
    expect(u?.reason).toBe("这一行各列以空格分隔，比表头的 4 列少一格；名称中写明了单位“人/万车”，按单位一格空着读取（单位取自名称），已载入，请核对");
    expect(u?.reasonEn).toContain("the name gives the unit “人/万车”");
  });
});
