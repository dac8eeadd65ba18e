import JSZip from "jszip";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findTemplate } from "../../src/templates/catalog";
import type { Template } from "../../src/templates/TemplateSchema";
import { cli } from "../support/cli";
import { countyReturn } from "../support/countyReturn";

/**
 * A county that saves its return 另存为模板 sends an .xltx (Excel) or .xltm: the same package, its
 * workbook part typed a template's (LibreOffice keeps our hidden sheet when it saves one). In a
 * folder it was left out unsaid (a trial's check counted 395 files of 397); it is a return and read as one.
 */
const dir = mkdtempSync(join(tmpdir(), "template-saved-"));
const folder = join(dir, "收到");
const zs = findTemplate("zhoushan-2021-2025") as Template;

beforeAll(async () => {
  mkdirSync(folder);
  await countyReturn(folder, "2023-定海区.xlsx", "定海区", 0, [zs]);
  const src = await countyReturn(dir, "2023-普陀区.xlsx", "普陀区", 0.1, [zs]);
  for (const [ext, type] of [["xltx", "template.main+xml"], ["xltm", "template.macroEnabled.main+xml"]] as const) {
    const zip = await JSZip.loadAsync(readFileSync(src));
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    zip.file("[Content_Types].xml", types.replace(/spreadsheetml\.sheet\.main\+xml/, `spreadsheetml.${type}`).replace(/ms-excel\.sheet\.macroEnabled\.main\+xml/, `ms-excel.${type}`));
    writeFileSync(join(folder, `2023-普陀区-模板.${ext}`), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  }
}, 60_000);

test.each<[string, string[], RegExp]>([
  ["check of the folder counts and checks them", ["check", folder], /2023-普陀区-模板\.xltm[\s\S]*2023-普陀区-模板\.xltx|2023-普陀区-模板\.xltx[\s\S]*2023-普陀区-模板\.xltm/],
  ["an .xltx named on its own is checked as a return", ["check", join(folder, "2023-普陀区-模板.xltx")], /已达标 \d+/],
])("%s", async (_, args, expected) => {
  const r = await cli(...args);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(expected);
}, 60_000);
