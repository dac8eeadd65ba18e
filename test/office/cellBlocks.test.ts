import fc from "fast-check";
import { cellKey } from "../../src/hosts/office/addressing";
import { cellBlocks, uniformRects, type CellScalar } from "../../src/hosts/office/cellBlocks";

function apply(blocks: ReturnType<typeof cellBlocks>): Map<number, CellScalar> {
  const out = new Map<number, CellScalar>();
  for (const b of blocks) {
    for (let r = b.r0; r <= b.r1; r++) {
      for (let c = b.c0; c <= b.c1; c++) {
        const v = b.kind === "scalar" ? b.value : b.grid[r - b.r0]?.[c - b.c0];
        if (v === undefined) throw new Error(`grid too small at ${r},${c}`);
        // null leaves the cell as it is (a dense block's unlisted cells)
        if (v !== null) out.set(cellKey(r, c), v);
      }
    }
  }
  return out;
}

const cellMap = fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 8 }), fc.constantFrom<CellScalar>("a", "b", 1, 2, "长文本".repeat(20))), { maxLength: 200 })
  .map((cells) => new Map(cells.map(([r, c, v]) => [cellKey(r, c), v])));

describe("cellBlocks", () => {
  it("writes exactly the listed cells with their values, and nothing else", () => {
    fc.assert(fc.property(cellMap, fc.integer({ min: 30, max: 5000 }), (cells, maxBytes) => {
      const written = apply(cellBlocks(cells, maxBytes));
      expect(written).toEqual(cells);
    }));
  });

  it("writes a uniform column of 5,000 rows as one value, and a varying one as one array", () => {
    const cells = new Map<number, CellScalar>();
    for (let r = 4; r < 5004; r++) { cells.set(cellKey(r, 3), "=RC[1]"); cells.set(cellKey(r, 4), r); }
    const blocks = cellBlocks(cells);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatchObject({ kind: "scalar", r0: 4, r1: 5003, c0: 3, c1: 3, value: "=RC[1]" });
    expect(blocks[1]).toMatchObject({ kind: "grid", r0: 4, r1: 5003, c0: 4, c1: 4 });
  });

  it("writes a mostly uniform column as one value plus the exceptions", () => {
    const cells = new Map<number, CellScalar>();
    for (let r = 1; r <= 1000; r++) cells.set(cellKey(r, 1), r % 100 === 0 ? "=R[-1]C*2" : "=R[-1]C+1");
    const blocks = cellBlocks(cells);
    expect(blocks[0]).toMatchObject({ kind: "scalar", r0: 1, r1: 1000, value: "=R[-1]C+1" });
    expect(blocks).toHaveLength(11);
    expect(apply(blocks)).toEqual(cells);
  });

  it("splits large arrays so that no single write is bigger than the limit", () => {
    const cells = new Map<number, CellScalar>();
    for (let r = 1; r <= 2000; r++) cells.set(cellKey(r, 1), `第${r}行的一段较长的说明文字`);
    const blocks = cellBlocks(cells, 10_000);
    expect(blocks.length).toBeGreaterThan(5);
    for (const b of blocks) expect(Buffer.byteLength(JSON.stringify(b.kind === "grid" ? b.grid : b.value))).toBeLessThan(10_100);
    expect(apply(blocks)).toEqual(cells);
  });

  it("merges equal rectangles across columns for formats", () => {
    const cells = new Map<number, string>();
    for (let r = 4; r <= 10; r++) for (let c = 2; c <= 6; c++) cells.set(cellKey(r, c), c === 4 ? "b" : "a");
    const rects = uniformRects(cells, (v) => v);
    expect(rects).toEqual([
      { r0: 4, r1: 10, c0: 2, c1: 3, value: "a" },
      { r0: 4, r1: 10, c0: 4, c1: 4, value: "b" },
      { r0: 4, r1: 10, c0: 5, c1: 6, value: "a" },
    ]);
  });
});

// issue 19 (session 42): the 审核 sheet's 序时应达, blank on some rows, made a write per run (1,146 at 5,000 rows) and
// 生成审核表 a third sync; runs a few rows apart are one 2-D array with null in the gaps where that costs fewer bytes
describe("cellBlocks joins a column's runs a few rows apart when one array costs less", () => {
  const column = (rows: number[], value: (r: number) => CellScalar): Map<number, CellScalar> => new Map(rows.map((r) => [cellKey(r, 10), value(r)]));
  const every = (step: number, n: number): number[] => Array.from({ length: n }, (_, i) => 4 + i * step);
  test.each<[string, Map<number, CellScalar>, number]>([
    ["distinct values on every other row: one array", column(every(2, 200), (r) => `${r}.5`), 1],
    ["distinct values two rows apart: one array", column(every(3, 200), (r) => r * 1.5), 1],
    ["runs more than 4 rows apart stay apart", column(every(6, 20), (r) => `${r}.5`), 20],
    ["one value over long runs with a gap: two scalar writes, not an array of 400", column([...every(1, 200), ...every(1, 200).map((r) => r + 201)], () => "未填报"), 2],
  ])("%s", (_name, cells, writes) => {
    const blocks = cellBlocks(cells);
    expect(blocks).toHaveLength(writes);
    expect(apply(blocks)).toEqual(cells);
  });
});
