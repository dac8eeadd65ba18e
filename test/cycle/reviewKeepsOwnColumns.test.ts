import JSZip from "jszip";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cellText } from "../../src/domain/CellValue";
import { cycleMessage } from "../../src/cli/cycleMessages";
import { reviewWorkbook } from "../../src/cli/reviewWorkbook";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { checkGrid } from "../../src/sheet/checkGrid";
import { readDecisions, reviewSheetInEnglish } from "../../src/sheet/reviewSheet";

/**
 * Running review again keeps what the reviewer made on the 审核 sheet (architecture.md, review: a
 * person's own columns are kept). trial27a's P1c: column X 电话记录 moved to R and the orange fill on
 * 审核!C6 was dropped; decisions, comments and the column's text were kept.
 */
const FIXTURE = join(__dirname, "../fixtures/review/trial27a-P1c-before.xlsx");
const dir = mkdtempSync(join(tmpdir(), "reviewOwn-"));

describe("review again: the reviewer's column stays where it was, their formats on our cells stay", () => {
  // read as the package holds it (ExcelJS cannot load openpyxl's comments): each cell's text and fill colour
  let cells: { text: (ref: string) => unknown; fill: (ref: string) => string };
  let moved: unknown;
  beforeAll(async () => {
    const f = join(dir, "P1c.xlsx");
    copyFileSync(FIXTURE, f);
    const r = await reviewWorkbook(f, f);
    if (!r.ok) throw new Error(r.message);
    moved = r.moved;
    const bytes = readFileSync(f);
    const grid = await readXlsxZip(bytes);
    const sheet = grid.sheets.find((x) => x.name === "审核")!;
    const zip = await JSZip.loadAsync(bytes);
    const wbXml = await zip.file("xl/workbook.xml")!.async("string");
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const rid = /<sheet [^>]*name="审核"[^>]*r:id="([^"]+)"/.exec(wbXml)?.[1] ?? "";
    const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"|<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels);
    const part = `xl/${(target?.[1] ?? target?.[2] ?? "").replace(/^\/?xl\//, "")}`;
    const xml = await zip.file(part)!.async("string");
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "").matchAll(/<xf [^>]*\/>|<xf [^>]*>[\s\S]*?<\/xf>/g)].map((m) => m[0]);
    const fills = [...(/<fills[^>]*>([\s\S]*?)<\/fills>/.exec(styles)?.[1] ?? "").matchAll(/<fill>[\s\S]*?<\/fill>|<fill\/>/g)].map((m) => m[0]);
    cells = {
      text: (ref) => { const m = /^([A-Z]+)(\d+)$/.exec(ref)!; const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0); const v = sheet.rows[Number(m[2]) - 1]?.[col - 1]; return v ? cellText(v) : null; },
      fill: (ref) => {
        const xf = xfs[Number(new RegExp(`<c r="${ref}"[^>]*s="(\\d+)"`).exec(xml)?.[1] ?? -1)] ?? "";
        const fill = fills[Number(/fillId="(\d+)"/.exec(xf)?.[1] ?? 0)] ?? "";
        return /patternType="solid"/.test(fill) ? /fgColor rgb="([0-9A-F]+)"/.exec(fill)?.[1] ?? "" : "";
      },
    };
  }, 60000);
  test.each<[string, () => unknown, unknown]>([
    // the fixture is a sheet from before 属性 (trial42a F5): our columns grew by one, theirs stays right after them (X → Y)
    ["their column's header stays right after ours (Y)", () => cells.text("Y3"), "电话记录"],
    ["its text stays on its rows", () => [cells.text("Y4"), cells.text("Y10")], ["12月2日已电话", "待回电"]],
    ["our hidden key column is in S (属性 added before it)", () => cells.text("S2"), "key"],
    ["the orange fill they put on C6 stays", () => cells.fill("C6").slice(-6), "FFC000"],
    ["the cell's text is still ours (rewritten)", () => cells.text("C6"), "0—3岁儿童发育监测筛查率(%)"],
    ["a cell they did not format keeps our look", () => cells.fill("C7"), ""],
    ["decisions stay (审核结论 now in M)", () => [cells.text("M4"), cells.text("M5")], ["退回修改", "已说明"]],
    ["the 属性 column reads the plan's", () => [cells.text("F3"), cells.text("F4")], ["属性", expect.stringMatching(/^(约束性|预期性|)$/)]],
  ])("%s", (_why, read, expected) => {
    expect(read()).toEqual(expected);
  });
  test("nothing moved, so nothing is said", () => expect(moved).toEqual([]));
});

describe("a column of theirs where our columns now stand moves, and is said", () => {
  test.each<[string, number, string, Array<{ header: string; from: string; to: string }>]>([
    ["after our hidden columns: stays (Y)", 25, "Y", []],
    ["further right, past a gap: stays (AA)", 27, "AA", []],
    ["inside our columns (L): moves after them, said", 12, "Y", [{ header: "电话记录", from: "L", to: "Y" }]],
  ])("%s", async (_why, at, letter, said) => {
    const grid = await readXlsxZip(readFileSync(FIXTURE));
    const r = checkGrid(grid);
    if (!r.ok) throw new Error(r.message);
    const memory = readDecisions(grid.sheets, false, r.report);
    // read from a sheet from before 属性: where it stands once our columns grew by one (X → Y), so it is not said to move
    expect(memory.extraAt).toEqual({ 电话记录: 25 });
    const { sheet, moved } = reviewSheetInEnglish(r.report, { ...memory, extraAt: { 电话记录: at } });
    expect(sheet.cells.find((c) => c.value === "电话记录")?.address).toBe(`${letter}3`);
    expect(moved).toEqual(said);
  });
});

describe("the moved column is said in both languages", () => {
  test.each<["zh" | "en", string]>([
    ["zh", "注意：「审核」表中您自己的“电话记录”列原在 L 列，该位置现为本工具的列，已移到 X 列（内容按行保留）"],
    ["en", "Note: your own column \"电话记录\" on the \"审核\" sheet stood in column L, where this tool's columns now are; it moved to column X (its text kept row by row)"],
  ])("%s", (lang, said) => {
    expect(cycleMessage("review_column_moved", { sheet: "审核", header: "电话记录", from: "L", to: "X" }, lang)).toBe(said);
  });
});
