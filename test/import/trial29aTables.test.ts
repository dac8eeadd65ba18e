import path from "path";
import { importTable, type ImportResult } from "../../src/import";
import { readTableFile } from "../../src/cli/readTableFile";
import type { IndicatorDef } from "../../src/templates/TemplateSchema";
import type { UnreadParams } from "../../src/import/unreadMessages";

/**
 * A trial's real plan tables the product had not seen (trial29a; test/fixtures/tables/trial29a), read as
 * the CLI reads the files (readTableFile), then importTable:
 * - 全国农业现代化规划（2016—2020）专栏1 pasted from its web page, whose header cells hold `<br>` (`2015<br>基期值`):
 *   a browser copies each as a line break, so the header comes in 2 to 5 lines (F2);
 */
const TABLES = path.join(__dirname, "../fixtures/tables/trial29a");

async function read(file: string): Promise<Extract<ImportResult, { ok: true }>> {
  const t = await readTableFile(path.join(TABLES, file));
  if (!t.ok) throw new Error(t.message);
  const r = importTable(t.text, { source: t.source });
  if (!r.ok) throw new Error(r.message);
  return r;
}

const row = (d: IndicatorDef): string[] => [d.domain, d.number, d.name, d.unit, d.baseline, d.target ?? "", d.attribute ?? "", d.note ?? ""];

describe("trial29a F2: a pasted web table whose header cells hold a line break", () => {
  // on main: 1–2 broken cells were refused as 基期年份 2015 不早于目标年份 2015; all broken joined 3 of 5 lines and loaded nothing
  test.each<[string, number]>([
    ["agri13-pasted-0brk.txt", 0],
    ["agri13-pasted-1brk.txt", 2],
    ["agri13-pasted-2brk.txt", 3],
    ["agri13-pasted-3brk.txt", 4],
    ["agri13-pasted.txt", 5],
  ])("%s: the 16 indicators of the .html, the header joined from %i lines", async (file, lines) => {
    const html = await read("agri13.html");
    const r = await read(file);
    expect(r.template.indicators.map(row)).toEqual(html.template.indicators.map(row));
    expect(r.template.indicators).toHaveLength(16);
    expect([r.template.baselineYear, r.template.targetYear]).toEqual([2015, 2020]);
    const joined = r.unread.find((u) => u.code === "header-joined")?.params as UnreadParams["header-joined"] | undefined;
    expect(joined?.lines.length ?? 0).toBe(lines);
    if (joined) expect(joined.header).toBe("类别 | 指  标 | 2015基期值 | 2020目标值 | 年均增速〔累计〕 | 指标属性");
    expect(r.stats.rowsNotLoaded).toBe(0);
  });
});
