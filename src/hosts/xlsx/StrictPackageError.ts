/**
 * A package saved as Strict Open XML (ISO/IEC 29500 Strict: Excel's “Strict Open XML 电子表格”,
 * workbook conformance="strict", purl.oclc.org namespaces). We read it, but never write into it:
 * the parts we add speak the transitional namespaces, and a package mixing the two may be refused
 * by Excel. Thrown by openPackageForEdit before any part is changed; the CLI names the file and
 * how to save it as a transitional .xlsx (cycleMessages `strict_package`).
 */
export class StrictPackageError extends Error {
  override name = "StrictPackageError";
  constructor() {
    super("该文件为 Strict Open XML 格式，本工具不向其中写入；请在 Excel 中另存为“Excel 工作簿(.xlsx)”后再试");
  }
}
