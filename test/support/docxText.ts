import * as docx from "docx";
import JSZip from "jszip";
import { reportDocx } from "../../src/cli/reportDocx";
import { reportTitle } from "../../src/cli/runReport";
import type { EvaluationReport } from "../../src/sheet/EvaluationReport";

/** The Word report's text, a line per paragraph or table cell (as a reader sees it, with entities decoded). */
export async function docxText(r: EvaluationReport): Promise<string> {
  const bytes = await reportDocx(docx, r, reportTitle(r));
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string") ?? "";
  return xml.replace(/<\/w:p>/g, "\n").replace(/<[^>]+>/g, "").replace(/&gt;/g, ">").replace(/&lt;/g, "<").replace(/&amp;/g, "&");
}
