import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planToXlsx } from "../../src/hosts/xlsx/writeXlsx";
import { buildWorkbookPlan } from "../../src/sheet/buildWorkbookPlan";
import { catalog } from "../../src/templates/catalog";
import { gnumericRecalc } from "../support/gnumeric";

/**
 * The six status colour rules of a range are written in one conditionalFormatting element:
 * Gnumeric keeps only the first rule of each element when it reads a file, so with one element
 * per rule a Gnumeric re-save would keep one colour of six.
 */
async function rulesBySheet(buf: Buffer): Promise<Record<string, Record<string, number>>> {
  const zip = await JSZip.loadAsync(buf);
  const wbXml = await zip.file("xl/workbook.xml")?.async("string") ?? "";
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string") ?? "";
  const out: Record<string, Record<string, number>> = {};
  for (const m of wbXml.matchAll(/<sheet\b[^>]*\bname="([^"]+)"[^>]*\br:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels);
    const path = "xl/" + (target?.[1] ?? target?.[2] ?? "").replace(/^\/?xl\//, "");
    const xml = await zip.file(path)?.async("string") ?? "";
    const counts: Record<string, number> = {};
    for (const cf of xml.matchAll(/<conditionalFormatting\b[^>]*sqref="([^"]+)"[^>]*>([\s\S]*?)<\/conditionalFormatting>/g)) {
      const key = cf[1] ?? "";
      counts[key] = (counts[key] ?? 0) + (cf[2]?.match(/<cfRule\b/g)?.length ?? 0);
    }
    out[m[1] ?? ""] = counts;
  }
  return out;
}

const dir = mkdtempSync(join(tmpdir(), "gnumeric-cf-"));

test.each(catalog().map((t) => [t.id, t] as const))("%s: one element per range, and a Gnumeric re-save keeps every colour rule", async (_id, t) => {
  const buf = await planToXlsx(buildWorkbookPlan([t], { year: t.kind === "indicators" ? t.baselineYear + 3 : 2024 }));
  const file = join(dir, `${t.id}.xlsx`);
  writeFileSync(file, buf);
  const ours = await rulesBySheet(buf);
  const xml = (await JSZip.loadAsync(buf));
  for (const name of Object.keys(xml.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const sheet = await xml.file(name)?.async("string") ?? "";
    const refs = [...sheet.matchAll(/<conditionalFormatting\b[^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(refs).size).toBe(refs.length);
  }
  const coloured = Object.values(ours).filter((c) => Object.keys(c).length > 0);
  expect(coloured.length).toBeGreaterThan(0);
  for (const c of coloured) expect(Math.max(...Object.values(c))).toBe(6);
  const [resaved] = gnumericRecalc([file], join(dir, "resaved"));
  expect(await rulesBySheet(readFileSync(resaved ?? ""))).toEqual(ours);
}, 60000);
