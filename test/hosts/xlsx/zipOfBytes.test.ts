import JSZip from "jszip";
import { zipOfBytes } from "../../../src/hosts/xlsx/zipOfBytes";

/** zipOfBytes (the CLI's) reads a zip exactly as JSZip.loadAsync does (the pane's): the same entries, names, dates, sizes and bytes. */
const names = (b: Uint8Array | string[] | string): string => (typeof b === "string" ? b : Array.isArray(b) ? b.join("") : new TextDecoder("gb18030").decode(b));

type Internals = { _data?: { compressedSize?: number; uncompressedSize?: number; crc32?: number; compression?: { magic?: string }; compressedContent?: Uint8Array } };

/** What a loaded zip holds, entry by entry, as readXlsxZip and PackageParts read it. */
async function contents(zip: JSZip): Promise<unknown[]> {
  const out: unknown[] = [(zip as JSZip & { comment?: string }).comment ?? null];
  for (const f of Object.values(zip.files)) {
    const d = (f as unknown as Internals)._data;
    out.push({
      name: f.name, dir: f.dir, date: f.date.getTime(), comment: f.comment, unix: f.unixPermissions, dos: f.dosPermissions,
      original: (f as JSZip.JSZipObject & { unsafeOriginalName?: string }).unsafeOriginalName,
      sizes: [d?.compressedSize, d?.uncompressedSize, d?.crc32, d?.compression?.magic],
      raw: Array.from(d?.compressedContent ?? []), bytes: f.dir ? null : Array.from(await f.async("uint8array")),
    });
  }
  return out;
}

async function zipOf(build: (z: JSZip) => void, options: JSZip.JSZipGeneratorOptions<"uint8array"> = {}): Promise<Uint8Array> {
  const z = new JSZip();
  build(z);
  return z.generateAsync({ ...options, type: "uint8array" });
}

test.each<[string, () => Promise<Uint8Array>]>([
  ["a workbook's parts, deflated, with a folder and comments", () => zipOf((z) => {
    z.file("xl/workbook.xml", "<workbook/>".repeat(50), { comment: "说明" });
    z.folder("xl/media");
    z.file("[Content_Types].xml", "<Types/>", { date: new Date(Date.UTC(2024, 5, 1, 8, 30)) });
  }, { compression: "DEFLATE", comment: "2024 年报" })],
  ["entries stored, not deflated, with unix permissions", () => zipOf((z) => { z.file("a.xml", "<a/>", { unixPermissions: 0o100644 }); z.file("b/c.xml", "<c/>"); }, { platform: "UNIX" })],
  ["names without the UTF-8 flag (decodeFileName decides, as for a zip made on a Chinese Windows)", () => zipOf((z) => { z.file("2024-东港片区.xlsx", "x"); }, { encodeFileName: (n) => Buffer.from(n, "utf8").toString("latin1") })],
  ["a name with ./ and ../ in it (JSZip resolves it)", () => zipOf((z) => { z.file("xl/./worksheets/../sheet1.xml", "<worksheet/>", { createFolders: false }); })],
])("%s: as JSZip.loadAsync reads it", async (_, make) => {
  const bytes = await make();
  const theirs = await JSZip.loadAsync(bytes, { checkCRC32: false, decodeFileName: names });
  expect(await contents(zipOfBytes(bytes, { decodeFileName: names }) as JSZip)).toEqual(await contents(theirs));
});

test.each<[string, (b: Uint8Array) => Uint8Array]>([
  ["cut short", (b) => b.slice(0, b.length - 30)],
  ["with its central directory's signature lost", (b) => { const c = b.slice(); const i = c.findIndex((x, k) => x === 0x50 && c[k + 1] === 0x4b && c[k + 2] === 1 && c[k + 3] === 2); c[i + 3] = 9; return c; }],
  ["that is no zip at all", () => new TextEncoder().encode("PK not really a zip")],
])("a zip %s: refused by both", async (_, damage) => {
  const bytes = damage(await zipOf((z) => { z.file("xl/workbook.xml", "<workbook/>"); }));
  await expect(JSZip.loadAsync(bytes, { checkCRC32: false, decodeFileName: names })).rejects.toThrow();
  expect(() => zipOfBytes(bytes, { decodeFileName: names })).toThrow();
});
