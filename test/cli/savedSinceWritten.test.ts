import JSZip from "jszip";
import { savedSinceWritten } from "../../src/cli/savedSinceWritten";
import { templateWorkbookBytes } from "../../src/cli/templateWorkbookBytes";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";

/*
 * Session 46: `demo` over an older demo's folder (no record of what it wrote) replaces a workbook whose typed content is
 * what it writes now; a file a person opened and saved in Excel, WPS or LibreOffice may hold what no cell shows (a
 * format, a comment), so one saved again since it was written is kept: its core properties' modified time is not its
 * created time, which the writer stamps alike.
 */
const t = findTemplate("shengsi-2024-projects") as Template;

/** The package with its core properties' text changed by `edit` (undefined: the part removed). */
async function withCore(bytes: Buffer, edit: (core: string) => string | undefined): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const core = edit((await zip.file("docProps/core.xml")?.async("string")) ?? "");
  if (core === undefined) zip.remove("docProps/core.xml");
  else zip.file("docProps/core.xml", core);
  return zip.generateAsync({ type: "nodebuffer" });
}

const CASES: Array<[string, "yes" | "no", (b: Buffer) => Promise<Buffer> | Buffer]> = [
  ["as written", "no", (b) => b],
  ["another part changed by a script, the times kept", "no", async (b) => {
    const zip = await JSZip.loadAsync(b);
    zip.file("xl/sharedStrings.xml", ((await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "").replace("填写方法", "填写方法（新版）"));
    return zip.generateAsync({ type: "nodebuffer" });
  }],
  ["saved later (modified time set)", "yes", (b) => withCore(b, (c) => c.replace(/(<dcterms:modified\b[^>]*>)[^<]*/, "$12030-01-02T03:04:05Z"))],
  ["no modified time", "yes", (b) => withCore(b, (c) => c.replace(/<dcterms:modified\b[^>]*>[^<]*<\/dcterms:modified>/, ""))],
  ["no created time", "yes", (b) => withCore(b, (c) => c.replace(/<dcterms:created\b[^>]*>[^<]*<\/dcterms:created>/, ""))],
  ["no core properties", "yes", (b) => withCore(b, () => undefined)],
  ["not a package", "yes", () => Buffer.from("not a zip")],
];

test.each(CASES)("%s: saved since written, %s", async (_what, saved, make) => {
  const bytes = await make(await templateWorkbookBytes([t], 2024, ""));
  expect(await savedSinceWritten(bytes)).toBe(saved === "yes");
});
