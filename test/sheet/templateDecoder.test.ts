import { fromBase64, toBase64 } from "../../src/sheet/base64";
import { readMeta } from "../../src/sheet/checkGrid";
import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { META_MARK, metaSheet, readMetaChunks, type WorkbookMeta } from "../../src/sheet/metaSheet";
import { syntheticTemplate } from "../office/syntheticTemplate";
import { deflateSync, inflateSync } from "node:zlib";
import { inflate } from "pako";
import { useMetaInflate } from "../../src/sheet/metaInflate";

/**
 * Issue 19.2: the template stored in a workbook is decoded with TextDecoder and base64 by a
 * table, and validated once per template id and content.
 */
function gridOf(meta: WorkbookMeta): GridWorkbook {
  const sheet = metaSheet(meta);
  const rows = [...sheet.cells].sort((a, b) => Number(a.address.slice(1)) - Number(b.address.slice(1))).map((c) => [{ type: "string" as const, text: String(c.value) }]);
  return { sheets: [{ name: sheet.name, visible: false, rows }], names: {} } as unknown as GridWorkbook;
}

describe("the stored template decoder", () => {
  test.each<[string, Uint8Array]>([
    ["empty", new Uint8Array([])],
    ["one byte", new Uint8Array([255])],
    ["two bytes", new Uint8Array([0, 128])],
    ["every byte value", Uint8Array.from({ length: 256 }, (_, i) => i)],
  ])("base64 round trip: %s", (_why, bytes) => {
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(fromBase64(toBase64(bytes).replace(/=+$/, ""))).toEqual(bytes);
  });

  test.each(["ab!c", "ab c", "中文", "abc\u0100"])("base64 refuses a character outside the alphabet: %j", (text) => {
    expect(fromBase64(text)).toBeNull();
  });

  test("the JSON comes back exactly, Chinese, ≥ and an astral character included", () => {
    const t = syntheticTemplate(120);
    const meta: WorkbookMeta = { app: "plan-returns", version: 2, createdYear: 2023, templates: [{ ...t, title: `${t.title}（≥50，𠀀）` }] };
    const g = gridOf(meta);
    const chunks = g.sheets[0]!.rows.slice(2).map((r) => (r[0] as { text: string }).text);
    expect(readMetaChunks(chunks)).toBe(JSON.stringify(meta));
  });

  test("validated once per id: the second return of the same template gets the same validated object", () => {
    const t = syntheticTemplate(60);
    const meta: WorkbookMeta = { app: "plan-returns", version: 2, createdYear: 2023, templates: [t] };
    const a = readMeta(gridOf(meta));
    const b = readMeta(gridOf(meta));
    if (!a || "error" in a || !b || "error" in b) throw new Error("meta not read");
    expect(b.templates[0]).toBe(a.templates[0]);
  });

  test.each<[string, (t: ReturnType<typeof syntheticTemplate>) => unknown, boolean]>([
    ["the same id with other valid content is validated on its own", (t) => ({ ...t, title: "另一版本" }), true],
    ["the same id with invalid content is refused, not taken from the cache", (t) => ({ ...t, baselineYear: "二〇二〇" }), false],
  ])("%s", (_why, change, ok) => {
    const t = syntheticTemplate(60);
    const first = readMeta(gridOf({ app: "plan-returns", version: 2, createdYear: 2023, templates: [t] }));
    const other = readMeta(gridOf({ app: "plan-returns", version: 2, createdYear: 2023, templates: [change(t) as typeof t] }));
    if (!first || "error" in first || !other) throw new Error("meta not read");
    if (ok) {
      expect("error" in other).toBe(false);
      if (!("error" in other)) expect(other.templates[0]?.title).toBe("另一版本");
    } else {
      expect(other).toEqual({ error: expect.objectContaining({ code: "meta_template_invalid" }) });
      expect("error" in other ? describeWorkbookProblem(other.error, "zh") : "").toContain("插件元数据中的模板无效");
    }
  });

  // the CLI inflates with node's zlib (capped), the task pane with pako: one text from both
  describe.each<[string, (b: Uint8Array) => Uint8Array]>([
    ["pako", (b) => inflate(b)],
    ["node zlib, capped", (b) => inflateSync(b, { maxOutputLength: 1 << 20 })],
  ])("inflated by %s", (_name, inflateBytes) => {
    beforeAll(() => useMetaInflate(inflateBytes));
    afterAll(() => useMetaInflate((b) => inflate(b)));

    test("the JSON comes back exactly", () => {
      const meta: WorkbookMeta = { app: "plan-returns", version: 2, createdYear: 2024, templates: [syntheticTemplate(300)] };
      const chunks = gridOf(meta).sheets[0]!.rows.slice(2).map((r) => (r[0] as { text: string }).text);
      expect(readMetaChunks(chunks)).toBe(JSON.stringify(meta));
    });

    // pako gives what it inflated of a stream cut short, zlib nothing: either way no template
    test.each<[string, string]>([
      ["base64 of bytes that are not zlib data", toBase64(new Uint8Array([1, 2, 3, 4, 5, 6]))],
      ["zlib data cut short", toBase64(deflateSync(Buffer.from(JSON.stringify({ app: "plan-returns", version: 2, createdYear: 2024, templates: [syntheticTemplate(5)] }))).subarray(0, 40))],
    ])("%s is a damaged metadata sheet (meta_corrupt)", (_why, packed) => {
      const sheet = metaSheet({ app: "plan-returns", version: 2, createdYear: 2024, templates: [] });
      const g = { sheets: [{ name: sheet.name, visible: false, rows: [[{ type: "string", text: META_MARK }], [{ type: "string", text: "2" }], [{ type: "string", text: packed }]] }], names: {} } as unknown as GridWorkbook;
      expect(readMeta(g)).toEqual({ error: expect.objectContaining({ code: "meta_corrupt" }) });
    });
  });

  test("node zlib stops at its cap: 2 MB of stored text against a 1 MB cap reads as no metadata", () => {
    useMetaInflate((b) => inflateSync(b, { maxOutputLength: 1 << 20 }));
    try {
      expect(readMetaChunks([toBase64(deflateSync(Buffer.alloc(2 << 20, 0x20)))])).toBe("");
    } finally {
      useMetaInflate((b) => inflate(b));
    }
  });
});
