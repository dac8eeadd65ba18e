import JSZip from "jszip";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { XlsxReadError } from "../../src/hosts/xlsx/XlsxReadError";
import { cli } from "../support/cli";
import { withZipPassword } from "../support/withZipPassword";

/**
 * A return sent inside a .zip (a trial's 东港片区): the folder's count never named it, a folder holding
 * only it was 文件夹中没有 .xlsx 文件, named alone it was 文件已损坏, and summary chased its unit as 未报
 * (ledger 已逾期, report 未报送). Now it is named with what it holds and to extract it, and its unit
 * counts as received-but-unusable, as for an .xls.
 */
const dir = mkdtempSync(join(tmpdir(), "archive-return-"));
const sent = join(dir, "下发");
const got = join(dir, "收到");
const only = join(dir, "只有压缩包");
const UNITS = ["定海区", "普陀区", "岱山县"];
const zip = join(got, "2023-岱山县.zip");
const rar = join(got, "附件.rar");
const ledger = join(got, "报送台账.xlsx");

/** 2024-东港片区.xlsx in GBK (Python's '…'.encode('gbk')) */
const GBK: Record<string, Buffer> = { "2024-东港片区.xlsx": Buffer.from([50, 48, 50, 52, 45, 182, 171, 184, 219, 198, 172, 199, 248, 46, 120, 108, 115, 120]) };

/** A zip of `files` (name → bytes); `gbk`: names stored in GBK without the UTF-8 flag, as a Chinese Windows zips them. */
async function zipOf(files: Record<string, Uint8Array | string>, gbk = false): Promise<Buffer> {
  const z = new JSZip();
  for (const [name, bytes] of Object.entries(files)) z.file(name, bytes);
  // JSZip writes the bytes encodeFileName gives (typed as a string) and then no UTF-8 flag
  const named = (s: string): string => (GBK[s] ?? Buffer.from(s)) as unknown as string;
  return z.generateAsync({ type: "nodebuffer", ...(gbk ? { encodeFileName: named } : {}) });
}

beforeAll(async () => {
  const d = await cli("distribute", "zhoushan-2021-2025", "--year", "2023", "--units", UNITS.join(","), "--deadline", "2024-01-31", "--out-dir", sent);
  expect(d.code).toBe(0);
  mkdirSync(got);
  mkdirSync(only);
  copyFileSync(join(sent, "报送台账.xlsx"), ledger);
  for (const u of ["定海区", "普陀区"]) copyFileSync(join(sent, `2023-${u}.xlsx`), join(got, `2023-${u}.xlsx`));
  writeFileSync(zip, await zipOf({ "2023-岱山县.xlsx": readFileSync(join(sent, "2023-岱山县.xlsx")) }));
  writeFileSync(rar, Buffer.from("Rar!\x1a\x07\x01\x00 rest of a RAR archive", "latin1"));
  copyFileSync(zip, join(only, "2023-岱山县.zip"));
}, 60000);

describe("the reader tells an archive from a damaged workbook", () => {
  test.each<[string, () => Promise<Uint8Array>, string, Record<string, unknown>]>([
    ["a .zip holding a return", async () => zipOf({ "2024-东港片区.xlsx": "x", "说明.docx": "y" }), "archive", { kind: "zip", inside: ["2024-东港片区.xlsx"] }],
    ["its names in GBK without the UTF-8 flag", async () => zipOf({ "2024-东港片区.xlsx": "x" }, true), "archive", { kind: "zip", inside: ["2024-东港片区.xlsx"] }],
    ["a Mac's __MACOSX copy and a lock file are not listed", async () => zipOf({ "a/2024-东港片区.xls": "x", "__MACOSX/a/._2024-东港片区.xls": "x", "a/~$2024.xlsx": "x" }), "archive", { kind: "zip", inside: ["a/2024-东港片区.xls"] }],
    ["a .zip of no spreadsheet is no workbook, as before", async () => zipOf({ "照片.jpg": "x" }), "no_workbook", {}],
    ["a RAR archive", async () => Buffer.from("Rar!\x1a\x07\x00 …", "latin1"), "archive", { kind: "rar" }],
    ["a package without its workbook part is still damaged", async () => zipOf({ "[Content_Types].xml": "<Types/>", "xl/styles.xml": "x" }), "no_workbook", {}],
  ])("%s", async (_name, bytes, code, params) => {
    const e = await readXlsxZip(await bytes()).then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(XlsxReadError);
    expect((e as XlsxReadError).problem.code).toBe(code);
    expect((e as XlsxReadError).problem.params ?? {}).toEqual(params);
  });
});

describe("check names an archive in one line: what it holds, to extract it", () => {
  test.each<[string, () => string[], string[], string]>([
    ["named alone", () => [zip], [], `${zip}：是压缩包（内有 2023-岱山县.xlsx），请解压后再核对`],
    ["named alone, --lang en", () => [zip, "--lang", "en"], [], `${zip}: an archive (holding 2023-岱山县.xlsx); extract it and check again`],
    ["a folder holding only it", () => [only], [], `${join(only, "2023-岱山县.zip")}：是压缩包（内有 2023-岱山县.xlsx），请解压后再核对`],
    ["a .rar in a folder, by its extension", () => [got], ["共 5 个文件：已核对 2 个，无法核对 2 个，略过 1 个（报送台账、汇总表）"], `${rar}：是 RAR 压缩包，请解压后再核对`],
  ])("%s", async (_name, args, out, line) => {
    const r = await cli("check", ...args());
    expect(r.code).toBe(2);
    expect(r.err.split("\n")).toContain(line);
    for (const l of out) expect(r.out.split("\n")).toContain(l);
  });

  test("--json gives the reason archive", async () => {
    const r = await cli("check", zip, "--json");
    expect(JSON.parse(r.out)).toEqual({ file: zip, error: { code: "unreadable", reason: "archive", message: `${zip}：是压缩包（内有 2023-岱山县.xlsx），请解压后再核对` } });
  });
});

// a return zipped or 7-Zip'ed with a password was 文件已损坏（压缩包结构不完整…）
describe("check says a file protected by a zip tool's password is so, not damaged", () => {
  const locked = join(dir, "加密");
  beforeAll(async () => {
    mkdirSync(locked);
    const ret = readFileSync(join(sent, "2023-岱山县.xlsx"));
    writeFileSync(join(locked, "2023-岱山县.zip"), withZipPassword(await zipOf({ "2023-岱山县.xlsx": ret })));
    // the return's own parts zipped again with a password (7-Zip's AES), named .xlsx
    writeFileSync(join(locked, "2023-普陀区.xlsx"), withZipPassword(ret, true));
  });
  test.each<[string, string, "zh" | "en", string, string]>([
    ["an archive holding a return", "2023-岱山县.zip", "zh", "archive", "是设置了密码的压缩包（内有 2023-岱山县.xlsx），请解压后再核对"],
    ["an archive holding a return", "2023-岱山县.zip", "en", "archive", "an archive protected by a password (holding 2023-岱山县.xlsx); extract it and check again"],
    ["a return's own parts", "2023-普陀区.xlsx", "zh", "encrypted", "文件用压缩工具（如 7-Zip、WinRAR）设置了密码，不是 Excel 的打开密码，本工具和 Excel 都打不开（文件没有损坏）：请报送单位发送不设密码的原 .xlsx 文件"],
    ["a return's own parts", "2023-普陀区.xlsx", "en", "encrypted", "the file is protected by a password set with a zip tool (7-Zip, WinRAR…), not Excel's password to open, so neither this tool nor Excel can open it (it is not damaged): ask the unit to send the original .xlsx without a password"],
  ])("%s (%s, %s)", async (_name, name, lang, reason, words) => {
    const file = join(locked, name);
    const line = `${file}${lang === "en" ? ": " : "："}${words}`;
    const r = await cli("check", file, "--lang", lang);
    expect([r.code, r.err]).toEqual([2, `${line}\n`]);
    const j = await cli("check", file, "--lang", lang, "--json");
    expect(JSON.parse(j.out)).toEqual({ file, error: { code: "unreadable", reason, message: line } });
  });
});

describe("summary and report count the unit as received but unusable, not 未报", () => {
  const line = (task: string): string => `岱山县：收到的文件无法${task}（是压缩包，内有 2023-岱山县.xlsx），请解压后再${task}：${zip}`;

  test("summary --ledger: named with its unit and the fix, chased with why (not as late)", async () => {
    const r = await cli("summary", got, "--ledger", ledger, "--as-of", "2024-03-01");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines).toContain(line("汇总"));
    expect(lines.find((l) => l.startsWith("报送台账："))).toContain("收到 3 份（其中 3 份按未报，见催报）");
    expect(r.out).toMatch(/未报，请催报：.*岱山县（收到的文件无法汇总）/);
    expect(lines).toContain(`未汇总：${rar}：是 RAR 压缩包，请解压后再汇总`);
  });

  test("summary --json: skipped with reason archive and what it holds; the ledger's unusable", async () => {
    const j = JSON.parse((await cli("summary", got, "--ledger", ledger, "--json", "--as-of", "2024-03-01")).out) as { skipped: unknown[]; ledger: Array<{ unit: string; unusable?: string }> };
    expect(j.skipped).toContainEqual({ file: zip, reason: "archive", unit: "岱山县", inside: ["2023-岱山县.xlsx"] });
    expect(j.ledger.find((u) => u.unit === "岱山县")?.unusable).toBe("archive");
  });

  test("a folder holding only the archive: the archive named, then nothing summed", async () => {
    const r = await cli("summary", only);
    expect([r.code, r.err]).toEqual([1, `未汇总：${join(only, "2023-岱山县.zip")}：是压缩包（内有 2023-岱山县.xlsx），请解压后再汇总\n${only}：其中没有规划指标填报工作簿，未生成任何文件\n`]);
  });

  test("report: 【岱山县】 received a file that cannot be evaluated, with the fix; --json unusable", async () => {
    const r = await cli("report", got, "--ledger", ledger, "--out", join(dir, "评估.docx"));
    expect(r.code).toBe(0);
    expect(r.out.split("\n")).toContain("【岱山县】收到的文件无法评估（是压缩包，内有 2023-岱山县.xlsx）。");
    expect(r.out.split("\n")).toContain(line("评估"));
    const j = JSON.parse((await cli("report", got, "--ledger", ledger, "--json")).out) as { unusable: unknown[]; unreported?: string[] };
    expect(j.unusable).toEqual([{ unit: "岱山县", file: zip, reason: "archive", inside: ["2023-岱山县.xlsx"] }]);
    expect(j.unreported).toBeUndefined();
  }, 60000);
});
