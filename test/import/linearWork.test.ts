import { importTable, type TableSource } from "../../src/import";
import { gridLines } from "../../src/import/gridText";
import * as rowStart from "../../src/import/rules/rowStart";
import * as text from "../../src/import/text";

/**
 * The importer's work grows with the rows, not with their square (a 3,000-row sheet took 11 s, 10,000
 * rows over a minute). Counted, not timed: the lines split into cells (splitCells), the rows' 序号
 * looked for (findNumber), the set and search steps (Set.has, findIndex's tests) of importing a table
 * of n rows and of 4n rows, for layouts that each went quadratic somewhere. Linear work is about 4
 * times the work at 4n; work quadratic in the rows is about 16 times.
 */
const DOMAINS = ["经济发展", "创新驱动", "民生福祉", "绿色生态", "安全保障", "社会文明"];
const UNITS = ["%", "亿元", "万人", "岁", "件", "公顷"];
const TARGETS = ["≥50", "[15]", "5.5左右", "/", "66.6", "<8", "〔12〕"];

interface Made { text: string; source?: TableSource }

/** Indicator row i (0-based): a domain on each group's first row, a name with its unit, a baseline, a target, an attribute. */
function row(i: number, numbered: "by-domain" | "none"): string[] {
  const first = i % 50 === 0;
  const number = numbered === "by-domain" ? [String((i % 50) + 1)] : [];
  const domain = first ? `${DOMAINS[Math.floor(i / 50) % DOMAINS.length] ?? ""}` : "";
  return [...number, domain, `示范指标${i + 1}（${UNITS[i % UNITS.length] ?? ""}）`, (10 + (i % 97) * 1.3).toFixed(1), TARGETS[i % TARGETS.length] ?? "", i % 3 === 0 ? "约束性" : "预期性"];
}

const TITLE = "某市“十四五”规划主要指标";
const HEADER = ["序号", "领域", "指标名称", "2020年", "2025年目标", "属性"];

const LAYOUTS: Array<[string, (n: number) => Made]> = [
  ["tabbed text without a 序号 column", (n) => ({
    text: [TITLE, HEADER.slice(1).join("\t"), ...Array.from({ length: n }, (_, i) => row(i, "none").join("\t"))].join("\n"),
  })],
  ["序号 starting again in each domain", (n) => ({
    text: [TITLE, HEADER.join("\t"), ...Array.from({ length: n }, (_, i) => row(i, "by-domain").join("\t"))].join("\n"),
  })],
  ["a sheet whose names break inside their cells", (n) => {
    const grid = [[TITLE], HEADER, ...Array.from({ length: n }, (_, i) => row(i, "by-domain").map((c, j) => (j === 2 ? `${c.slice(0, 4)}\n${c.slice(4)}` : c)))];
    const { text: t, rows } = gridLines(grid);
    return { text: t, source: { kind: "sheet", rows } };
  }],
];

/** The operations counted while importing `made`, each by its name. */
function work(made: Made): Record<string, number> {
  const counts = { splitCells: 0, findNumber: 0, "Set.has": 0, findIndex: 0 };
  const split = jest.spyOn(text, "splitCells");
  const find = jest.spyOn(rowStart, "findNumber");
  const has = jest.spyOn(Set.prototype, "has");
  const findIndex = Array.prototype.findIndex;
  // findIndex's tests, not its calls: a search over all lines for each line is one call a line
  const counting = function <T>(this: T[], test: (v: T, i: number, a: T[]) => unknown, thisArg?: unknown): number {
    return findIndex.call(this, (v: T, i: number, a: T[]) => {
      counts.findIndex++;
      return test.call(thisArg, v, i, a);
    });
  };
  Array.prototype.findIndex = counting as typeof findIndex;
  try {
    const r = importTable(made.text, made.source ? { source: made.source } : {});
    if (!r.ok) throw new Error(r.message);
  } finally {
    Array.prototype.findIndex = findIndex;
    counts.splitCells = split.mock.calls.length;
    counts.findNumber = find.mock.calls.length;
    counts["Set.has"] = has.mock.calls.length;
    split.mockRestore();
    find.mockRestore();
    has.mockRestore();
  }
  return counts;
}

describe("importTable's work is linear in the rows", () => {
  test.each(LAYOUTS)("%s: 4 times the rows, at most 5 times the work", (_d, make) => {
    const small = make(500);
    const large = make(2000);
    const r = importTable(large.text, large.source ? { source: large.source } : {});
    if (!r.ok) throw new Error(r.message);
    expect(r.template.indicators).toHaveLength(2000);
    const [a, b] = [work(small), work(large)];
    const ratios = Object.fromEntries(Object.keys(a).map((k) => [k, Math.round(((b[k] ?? 0) / Math.max(1, a[k] ?? 0)) * 10) / 10]));
    for (const k of Object.keys(ratios)) expect([k, ratios[k]! <= 5]).toEqual([k, true]);
  });
});

// a sheet of figures with no header (a data export, apache/poi's bug62181.xlsx: 19,456 rows) took 30 s to be refused: each
// line looked for a 统计公报's title over the text's top lines, filtered from all its lines again (startReading's topLines)
test("a sheet with no header is refused with work linear in its rows", () => {
  const sheet = (n: number): Made => {
    const { text: t, rows } = gridLines(Array.from({ length: n }, (_, i) => [String(i + 1), "0", "123", String(43137 + i), String(10000 + ((i * 7919) % 20000)), "4", "5028"]));
    return { text: t, source: { kind: "sheet", rows } };
  };
  const tests = (made: Made): number => {
    const filter = Array.prototype.filter;
    let n = 0;
    // filter's tests, not its calls
    Array.prototype.filter = function <T>(this: T[], test: (v: T, i: number, a: T[]) => unknown, thisArg?: unknown): T[] {
      return filter.call(this, (v: T, i: number, a: T[]) => {
        n++;
        return test.call(thisArg, v, i, a);
      }) as T[];
    } as typeof filter;
    try {
      const r = importTable(made.text, made.source ? { source: made.source } : {});
      expect(r.ok ? "" : r.code).toBe("no-header");
    } finally {
      Array.prototype.filter = filter;
    }
    return n;
  };
  const [a, b] = [tests(sheet(500)), tests(sheet(2000))];
  expect(b / a).toBeLessThanOrEqual(5);
});
