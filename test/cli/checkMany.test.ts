import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { run } from "../../src/cli/main";

/**
 * Issue 19.2: `check` of several files and folders in one process. One file alone keeps its
 * contract; otherwise JSON Lines, one line per file, a file that cannot be checked is one line
 * on stderr and the run goes on; exit 0 when all were checked, 2 when any was not.
 */
const dir = mkdtempSync(join(tmpdir(), "check-many-"));
const good = join(dir, "县甲.xlsx");
const good2 = join(dir, "县乙.xlsx");
const flagged = join(dir, "县丙-错值.xlsx");
const notZip = join(dir, "文本.xlsx");
const otherXlsx = join(dir, "别的表.xlsx");
const missing = join(dir, "不存在.xlsx");
const folder = join(dir, "returns");
const emptyFolder = join(dir, "empty");
const sentFolder = join(dir, "sent");

type Line = { file: string; skipped?: string; report?: { year: number; items: Array<{ id: string; status: string; issues: Array<{ code: string }>; cells: Record<string, string>; sheet: string }> }; error?: { code: string; reason?: string; message: string } };
const lines = (out: string): Line[] => out.trim().split("\n").filter((l) => l).map((l) => JSON.parse(l) as Line);

beforeAll(async () => {
  for (const [f, unit] of [[good, "甲县"], [good2, "乙县"], [flagged, "丙县"]] as const) {
    const r = await cli("template", "zhoushan-2021-2025", "--year", "2023", "--unit", unit, "--out", f);
    if (r.code !== 0) throw new Error(r.err);
  }
  // a typed word where a number is expected: the return is checked and the row flagged
  const doc = JSON.parse((await cli("check", flagged, "--json")).out) as NonNullable<Line["report"]>;
  const item = doc.items.find((i) => i.id === "zs21-12");
  if (!item) throw new Error("zs21-12");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(flagged);
  wb.getWorksheet(item.sheet)!.getCell(item.cells["2023"]!).value = "不详";
  await wb.xlsx.writeFile(flagged);
  writeFileSync(notZip, "hello");
  const other = new ExcelJS.Workbook();
  other.addWorksheet("Sheet1").getCell("A1").value = "hello";
  await other.xlsx.writeFile(otherXlsx);
  mkdirSync(join(folder, "sub"), { recursive: true });
  copyFileSync(good, join(folder, "a.xlsx"));
  copyFileSync(good2, join(folder, "b.XLSX"));
  copyFileSync(good, join(folder, "~$a.xlsx")); // Excel's lock file while a.xlsx is open
  copyFileSync(good, join(folder, "sub", "c.xlsx")); // subfolders are not walked
  writeFileSync(join(folder, "说明.txt"), "not a workbook");
  mkdirSync(emptyFolder);
  // what counties send instead of .xlsx: each is named with its own line, never skipped
  mkdirSync(sentFolder);
  copyFileSync(good, join(sentFolder, "a.xlsx"));
  writeFileSync(join(sentFolder, "b.xls"), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
  writeFileSync(join(sentFolder, "c.ods"), "PK not really");
  writeFileSync(join(sentFolder, "d.et"), "WPS");
}, 120_000);

describe.each<{ name: string; args: () => string[]; code: number; files: string[]; errors: Record<string, string> }>([
  { name: "two good returns", args: () => [good, good2], code: 0, files: [good, good2], errors: {} },
  { name: "a return with a flagged row (checked, not an error)", args: () => [good, flagged], code: 0, files: [good, flagged], errors: {} },
  { name: "a file that is not a workbook", args: () => [notZip, good], code: 2, files: [notZip, good], errors: { [notZip]: "unreadable" } },
  { name: "an .xlsx that is not a return", args: () => [good, otherXlsx], code: 2, files: [good, otherXlsx], errors: { [otherXlsx]: "not_plan_returns" } },
  { name: "a missing file", args: () => [missing, good], code: 2, files: [missing, good], errors: { [missing]: "unreadable" } },
  { name: "a folder (its .xlsx files by name; no lock files, subfolders or other files)", args: () => [folder], code: 0, files: [join(folder, "a.xlsx"), join(folder, "b.XLSX")], errors: {} },
  { name: "a folder with .xls, .ods and .et returns (each named, none skipped)", args: () => [sentFolder], code: 2,
    files: ["a.xlsx", "b.xls", "c.ods", "d.et"].map((f) => join(sentFolder, f)), errors: Object.fromEntries(["b.xls", "c.ods", "d.et"].map((f) => [join(sentFolder, f), "unreadable"])) },
  { name: "an empty folder", args: () => [emptyFolder], code: 2, files: [emptyFolder], errors: { [emptyFolder]: "no_workbooks" } },
  { name: "mixed: a folder, a good file, a bad file, a missing file", args: () => [folder, flagged, notZip, missing], code: 2,
    files: [join(folder, "a.xlsx"), join(folder, "b.XLSX"), flagged, notZip, missing], errors: { [notZip]: "unreadable", [missing]: "unreadable" } },
  { name: "the same file twice, named and in a folder (checked once)", args: () => [join(folder, "a.xlsx"), folder], code: 0, files: [join(folder, "a.xlsx"), join(folder, "b.XLSX")], errors: {} },
])("check of several: $name", ({ args, code, files, errors }) => {
  test("--json: one JSON line per file in order, one stderr line per problem, the exit code", async () => {
    const r = await cli("check", ...args(), "--json");
    expect(r.code).toBe(code);
    const all = lines(r.out);
    // a subfolder not read is one line naming it, skipped (as a ledger is): never checked
    expect(all.filter((l) => l.skipped).map((l) => [l.file, l.skipped])).toEqual(args().includes(folder) ? [[join(folder, "sub"), "subfolder"]] : []);
    const got = all.filter((l) => !l.skipped);
    // empty folders are reported first, then the files in order
    expect(got.map((l) => l.file).sort()).toEqual([...files].sort());
    expect(got.filter((l) => !l.error).map((l) => l.file)).toEqual(files.filter((f) => !errors[f]));
    expect(Object.fromEntries(got.filter((l) => l.error).map((l) => [l.file, l.error?.code]))).toEqual(errors);
    for (const l of got) expect(l.report === undefined).toBe(l.error !== undefined);
    const errLines = r.err.trim() === "" ? [] : r.err.trim().split("\n");
    expect(errLines).toHaveLength(Object.keys(errors).length);
    for (const f of Object.keys(errors)) expect(errLines.filter((e) => e.includes(f))).toHaveLength(1);
  });

  test("text: each report, then the count line", async () => {
    const r = await cli("check", ...args());
    expect(r.code).toBe(code);
    const checked = files.filter((f) => !errors[f]);
    const fileErrors = Object.keys(errors).filter((f) => f !== emptyFolder).length;
    expect(r.out.trim().split("\n").at(-1)).toBe(`共 ${files.length - (errors[emptyFolder] ? 1 : 0)} 个文件：已核对 ${checked.length} 个，无法核对 ${fileErrors} 个`);
    for (const f of checked) expect(r.out).toContain(`${f} — 2023 年度`);
  });
});

describe("check of several: the contract for one file and the rows", () => {
  test("one file alone prints exactly today's document; in a run it is the line's report", async () => {
    const one = await cli("check", flagged, "--json");
    const many = lines((await cli("check", good, flagged, "--json")).out);
    expect(one.out.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(one.out)).toEqual(many[1]?.report);
    expect(JSON.parse(one.out)).not.toHaveProperty("file");
  });

  test("the flagged row is flagged in the run", async () => {
    const many = lines((await cli("check", good, flagged, "--json")).out);
    const item = many[1]?.report?.items.find((i) => i.id === "zs21-12");
    expect(item?.issues.length).toBeGreaterThan(0);
    expect(many[0]?.report?.items.find((i) => i.id === "zs21-12")?.status).toBe("missing");
  });

  test.each<[string, string[], number, string]>([
    ["a --year outside the plan: one file alone is a usage error (exit 1)", [good], 1, "错误：--year 2030"],
    ["a --year outside the plan: in a run, one line per file (exit 2)", [good, good2], 2, "--year 2030"],
  ])("%s", async (_why, files, code, text) => {
    const r = await cli("check", ...files, "--year", "2030", "--json");
    expect(r.code).toBe(code);
    expect(r.err.trim().split("\n")).toHaveLength(files.length);
    expect(r.err).toContain(text);
    if (files.length > 1) expect(lines(r.out).map((l) => l.error?.code)).toEqual(files.map(() => "year_outside_plan"));
  });

  test.each<[string, string[], boolean]>([
    ["--progress writes 核对 n/N to stderr (one line a second when not a terminal, and the last)", ["--progress"], true],
    ["without --progress and without a terminal, stderr stays empty", [], false],
  ])("%s", async (_why, flags, shown) => {
    let out = "";
    let err = "";
    const code = await run(["check", good, good2, "--json", ...flags], (s) => { out += s; }, (s) => { err += s; });
    expect(code).toBe(0);
    expect(lines(out)).toHaveLength(2);
    if (shown) expect(err.trim().split("\n").at(-1)).toBe("核对 2/2");
    else expect(err).toBe("");
  });
});

// a script checking one file with --json read an empty stdout when the file could not be checked
describe("one file alone that cannot be checked: with --json, its error object on stdout as in a run", () => {
  test.each<[string, () => string, string, string | undefined]>([
    ["a text file named .xlsx", () => notZip, "unreadable", "not_zip"],
    ["a missing file", () => missing, "unreadable", "not_found"],
    ["a workbook that is not a return", () => otherXlsx, "not_plan_returns", undefined],
  ])("%s", async (_why, file, code, reason) => {
    const one = await cli("check", file(), "--json");
    expect(one.code).toBe(2);
    expect(one.err.trim().split("\n")).toHaveLength(1);
    expect(one.out.trim().split("\n")).toHaveLength(1);
    const line = JSON.parse(one.out) as Line;
    expect(line).toEqual(lines((await cli("check", file(), good, "--json")).out)[0]);
    expect(line.error).toEqual({ code, ...(reason === undefined ? {} : { reason }), message: one.err.trim() });
    // without --json, stdout stays empty
    expect((await cli("check", file())).out).toBe("");
  });
});

describe("an unreadable file's JSON line says why (error.reason, the reader's code)", () => {
  const cut = join(dir, "截断.xlsx");
  const empty = join(dir, "空.xlsx");
  beforeAll(() => {
    const b = readFileSync(good);
    writeFileSync(cut, b.subarray(0, Math.floor(b.length / 2)));
    writeFileSync(empty, "");
  });
  test.each<[string, () => string, string]>([
    ["a text file named .xlsx", () => notZip, "not_zip"],
    ["a zip cut in half (a copy that did not finish)", () => cut, "damaged_zip"],
    ["an empty file", () => empty, "empty_input"],
    ["a missing file", () => missing, "not_found"],
  ])("%s: %s", async (_label, file, reason) => {
    const r = await cli("check", file(), good, "--json");
    const line = lines(r.out).find((l) => l.file === file());
    expect(line?.error).toMatchObject({ code: "unreadable", reason });
    expect(lines(r.out).find((l) => l.file === good)?.report).toBeDefined();
  });
});
