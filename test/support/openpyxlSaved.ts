import JSZip from "jszip";

/**
 * An .xlsx as openpyxl re-saves it: every formula cell of every worksheet keeps its formula but loses its cached
 * result, written `<v></v>` (openpyxl with lxml; field-notes: no value, not 0), its `t` type dropped with it. Made
 * from a workbook the project (or ExcelJS) wrote, so no test reads ../shared. Other parts are left as they are.
 */
export async function openpyxlSaved(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    // a cell with content (never a self-closing <c …/>), up to its own </c>
    const out = xml.replace(/<c(\s[^>]*[^/>])?>((?:(?!<\/c>).)*)<\/c>/gs, (all, attrs: string | undefined, body: string) => {
      const f = /<f[^>]*\/>|<f[^>]*>(?:(?!<\/f>).)*<\/f>/s.exec(body);
      if (!f) return all;
      return `<c${(attrs ?? "").replace(/\st="[^"]*"/, "")}>${f[0]}<v></v></c>`;
    });
    zip.file(name, out);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
