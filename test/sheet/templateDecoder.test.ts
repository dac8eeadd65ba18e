import { fromBase64, toBase64 } from "../../src/sheet/base64";
import { readMeta } from "../../src/sheet/checkGrid";
import { describeWorkbookProblem } from "../../src/sheet/describeWorkbookProblem";
import type { GridWorkbook } from "../../src/sheet/Grid";
import { META_MARK, metaSheet, readMetaChunks, type WorkbookMeta } from "../../src/sheet/metaSheet";
import { syntheticTemplate } from "../office/syntheticTemplate";
import { deflateSync, inflateSync } from "node:zlib";
import { inflate } from "pako";
import { useMetaInflate } from "../../src/sheet/metaInflate";
import { TEMPLATE_SCHEMA } from "../../src/templates/TEMPLATE_SCHEMA";

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
    // written as validated, and marked so (WorkbookMeta.validated)
    expect(JSON.parse(readMetaChunks(chunks))).toEqual({ ...meta, validated: TEMPLATE_SCHEMA });
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
      expect(JSON.parse(readMetaChunks(chunks))).toEqual({ ...meta, validated: TEMPLATE_SCHEMA });
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

/**
 * Issue 19: metaSheet validates the templates it writes and marks the sheet (WorkbookMeta.validated),
 * so `check` takes them as they are and never loads zod; anything else is validated when read.
 */
describe("the validated mark", () => {
  const META = { app: "plan-returns" as const, version: 2, createdYear: 2024 };
  /** A metadata sheet holding `json` as written: deflated (what metaSheet writes) or plain JSON (version 1). */
  function gridWith(json: string, packed: "deflated" | "plain"): GridWorkbook {
    const text = packed === "plain" ? json : toBase64(deflateSync(Buffer.from(json)));
    const rows = [[{ type: "string", text: META_MARK }], [{ type: "string", text: "2" }], [{ type: "string", text }]];
    return { sheets: [{ name: "_meta", visible: false, rows }], names: {} } as unknown as GridWorkbook;
  }
  const invalid = (): unknown => ({ ...syntheticTemplate(8), id: `bad-${Math.random().toString(36).slice(2)}`, baselineYear: "二〇二〇" });

  test.each<[string, () => unknown[], number | undefined]>([
    ["every template valid: marked", () => [syntheticTemplate(8)], TEMPLATE_SCHEMA],
    ["one template invalid: not marked, written as it was", () => [syntheticTemplate(8), invalid()], undefined],
  ])("metaSheet: %s", (_why, make, mark) => {
    // a mark claimed by the caller counts for nothing: metaSheet decides
    const templates = make();
    const meta = { ...META, templates, validated: 99 } as unknown as WorkbookMeta;
    const written = JSON.parse(readMetaChunks(gridOf(meta).sheets[0]!.rows.slice(2).map((r) => (r[0] as { text: string }).text))) as WorkbookMeta;
    expect(written.validated).toBe(mark);
    expect(written.templates).toHaveLength(templates.length);
  });

  test.each<[string, number | undefined, "deflated" | "plain", boolean]>([
    ["marked and deflated: taken as written", TEMPLATE_SCHEMA, "deflated", true],
    ["unmarked (a workbook from before the mark): validated", undefined, "deflated", false],
    ["marked by another schema version: validated", TEMPLATE_SCHEMA + 1, "deflated", false],
    ["marked but plain JSON (no checksum stands for it): validated", TEMPLATE_SCHEMA, "plain", false],
  ])("readMeta of a template the schema refuses, %s", (_why, mark, packed, taken) => {
    const json = JSON.stringify({ ...META, templates: [invalid()], ...(mark === undefined ? {} : { validated: mark }) });
    const r = readMeta(gridWith(json, packed));
    if (taken) expect(r).toEqual({ meta: expect.anything(), templates: [expect.objectContaining({ baselineYear: "二〇二〇" })] });
    else expect(r).toEqual({ error: expect.objectContaining({ code: "meta_template_invalid" }) });
  });
});
