/**
 * Trial 28b findings 3, 6 and 8: a return with a long Chinese name is written in place (a short
 * temporary name); a lock file beside a return (LibreOffice's .~lock.<name>#, the ~$<name> owner file of
 * Excel and WPS) stops review and lock, naming who has it open; a lock file named on the command line
 * says whose workbook it locks; a 0-byte file is said alike by every command.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { excelOwner, lockableReturnBytes } from "../support/lockedReturn";
import { lockHolder } from "../../src/cli/lockFile";
import { lockedName } from "../../src/hosts/lockedName";
import { writeFileSafely } from "../../src/cli/writeFileSafely";
import { FileProblem } from "../../src/cli/FileProblem";

const dir = mkdtempSync(join(tmpdir(), "lock-files-"));
let n = 0;
/** a return in a folder of its own, under `name` */
async function fresh(name = "q.xlsx"): Promise<string> {
  const sub = join(dir, `case${++n}`);
  mkdirSync(sub);
  const f = join(sub, name);
  writeFileSync(f, await lockableReturnBytes());
  return f;
}

/** 75 Chinese characters, 230 bytes with .xlsx: the older temporary name beside it passed 255 bytes */
const LONG = `${"常山县关于报送衢州市公共服务提升十四五规划主要指标年度完成情况的函附件主要指标目标表经办人已签字分管领导已审最终版确认无误请查收请核对并于本周内回复为盼".slice(0, 75)}.xlsx`;

const args = (cmd: string): string[] => (cmd === "lock" ? ["--reviewer", "王某", "--accept-unassessed"] : []);

describe("a long Chinese file name (finding 3)", () => {
  test("the name is 75 Chinese characters, 230 bytes", () => {
    expect([...LONG.replace(/\.xlsx$/, "")]).toHaveLength(75);
    expect(Buffer.byteLength(LONG)).toBe(230);
  });

  test.each(["review", "lock"])("%s writes it in place and leaves no temporary file", async (cmd) => {
    const f = await fresh(LONG);
    const before = readFileSync(f);
    const r = await cli(cmd, f, ...args(cmd));
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(readFileSync(f).equals(before)).toBe(false);
    expect(readdirSync(join(f, "..")).filter((x) => x.endsWith(".tmp"))).toEqual([]);
  });

  test.each([
    ["the short shape", ".plan-returns-999999-0a1b2c3d.tmp"],
    ["the older shape", ".q.xlsx.plan-returns-999999-0a1b2c3d.tmp"],
  ])("a temporary file a killed process left (%s) is swept on the next write", async (_shape, name) => {
    const f = await fresh();
    writeFileSync(join(f, "..", name), "half");
    await writeFileSafely(join(f, "..", "other.xlsx"), Buffer.from("x"));
    expect(existsSync(join(f, "..", name))).toBe(false);
  });

  test.each<["zh" | "en", string, RegExp]>([
    ["zh", "文件名过长", /检查磁盘/],
    ["en", "file name is longer than the file system allows", /check the disk/],
  ])("a name the file system refuses as too long is said as such (%s)", async (lang, words, not) => {
    const f = join(dir, `${"很".repeat(90)}.xlsx`);
    const e = await writeFileSafely(f, Buffer.from("x")).then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(FileProblem);
    const { fileMessage } = await import("../../src/cli/fileMessages");
    const text = fileMessage((e as FileProblem).data, lang);
    expect((e as FileProblem).data.code).toBe("name_too_long");
    expect(text).toContain(words);
    expect(text).not.toMatch(not);
  });
});

describe("a lock file beside the return (finding 6)", () => {
  test.each<[string, (name: string) => string, Buffer | string, "zh" | "en", string]>([
    ["LibreOffice's, a system user", (x) => `.~lock.${x}#`, ",张三,PC-01,04.12.2024 10:00,file:///C:/Users/zs/AppData/Roaming/LibreOffice/4;", "zh", "张三（在 PC-01 上） 正在编辑此文件（.~lock.q.xlsx#）：请其关闭后再运行；未写入"],
    ["LibreOffice's, a full name with an escaped comma", (x) => `.~lock.${x}#`, "Li\\, Si,lisi,PC-02,04.12.2024 10:00,file:///;", "en", "Li, Si (on PC-02) is editing this file (.~lock.q.xlsx#): ask them to close it and run again; nothing written"],
    ["Excel's owner file, a Chinese name in UTF-16", (x) => `~$${x}`, excelOwner("张三", "??"), "zh", "张三 正在编辑此文件（~$q.xlsx）"],
    ["Excel's owner file, an ASCII name", (x) => `~$${x}`, excelOwner("zhang san"), "en", "zhang san is editing this file (~$q.xlsx)"],
    ["WPS's empty owner file", (x) => `~$${x}`, "", "zh", "有人正在编辑此文件（~$q.xlsx）"],
    ["garbage in the owner file", (x) => `~$${x}`, Buffer.from([0xff, 0x01, 0x02]), "en", "someone is editing this file (~$q.xlsx)"],
  ])("%s: review and lock refuse in one line, exit 2, nothing written; --out is not affected", async (_name, lockName, content, lang, words) => {
    const f = await fresh();
    writeFileSync(join(f, "..", lockName("q.xlsx")), content);
    const before = readFileSync(f);
    for (const cmd of ["review", "lock"]) {
      const r = await cli(cmd, f, ...args(cmd), "--lang", lang);
      expect(r.code).toBe(2);
      expect(r.err).toContain(words);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(readFileSync(f).equals(before)).toBe(true);
      expect(readdirSync(join(f, "..")).filter((x) => x.endsWith(".tmp"))).toEqual([]);
    }
    const out = await cli("review", f, "--out", join(f, "..", "审核.xlsx"));
    expect(out.code).toBe(0);
  });

  test("another file's lock file does not stop the write", async () => {
    const f = await fresh();
    writeFileSync(join(f, "..", ".~lock.other.xlsx#"), ",张三,PC-01,04.12.2024 10:00,file:///;");
    writeFileSync(join(f, "..", "~$other.xlsx"), excelOwner("zhang"));
    expect((await cli("review", f)).code).toBe(0);
  });

  test.each<[string, string | Buffer, string | undefined, string | undefined]>([
    [".~lock.q.xlsx#", ",张三,PC-01,04.12.2024 10:00,file:///x;", "张三", "PC-01"],
    [".~lock.q.xlsx#", "王五,wangwu,PC-03,04.12.2024 10:00,file:///x;", "王五", "PC-03"],
    [".~lock.q.xlsx#", "", undefined, undefined],
    ["~$q.xlsx", excelOwner("张三", "??"), "张三", undefined],
    ["~$q.xlsx", Buffer.from("\x05zhang san"), "zhang", undefined],
    ["~$q.xlsx", Buffer.from([0x30, 0x41]), undefined, undefined],
    ["~$q.xlsx", readFileSync(join(__dirname, "../fixtures/lock/~$LoadPivotTables.xlsx")), "Jan Havlíček", undefined],
  ])("lockHolder(%s) reads %p defensively", (name, content, holder, host) => {
    const kind = lockedName(name)?.kind ?? "office";
    const got = lockHolder(kind, typeof content === "string" ? Buffer.from(content) : content);
    expect(got.holder).toBe(holder);
    expect(got.host).toBe(host);
  });

  test.each<[string, string | null]>([
    [".~lock.q.xlsx#", "q.xlsx"], ["~$q.xlsx", "q.xlsx"], ["q.xlsx", null], [".q.xlsx", null], ["~$", null], [".~lock.#", null],
  ])("lockedName(%s) is the workbook %p", (name, target) => {
    expect(lockedName(name)?.target ?? null).toBe(target);
  });
});

describe("bad files said alike (finding 8)", () => {
  test.each<[string, (x: string) => string, Buffer | string, "zh" | "en", string]>([
    ["Excel's owner file", (x) => `~$${x}`, excelOwner("张三", "??"), "zh", "是 Excel 或 WPS 打开 q.xlsx 时在旁边生成的所有者（锁定）文件，不是工作簿本身（打开者：张三）；请改用 "],
    ["WPS's empty owner file", (x) => `~$${x}`, "", "zh", "所有者（锁定）文件，不是工作簿本身；请改用 "],
    ["LibreOffice's lock file", (x) => `.~lock.${x}#`, ",张三,PC-01,04.12.2024 10:00,file:///x;", "en", "the lock file LibreOffice keeps beside q.xlsx while it is open, not the workbook itself (opened by 张三 on PC-01); use "],
  ])("check names %s for what it is", async (_name, lockName, content, lang, words) => {
    const f = await fresh();
    const lock = join(f, "..", lockName("q.xlsx"));
    writeFileSync(lock, content);
    for (const cmd of ["check", "review"]) {
      const r = await cli(cmd, lock, "--lang", lang);
      expect(r.code).toBe(2);
      expect(r.out + r.err).toContain(`${words}${join(f, "..", "q.xlsx")}`);
    }
  });

  test.each<["zh" | "en", string]>([["zh", "文件是空的（0 字节）"], ["en", "the file is empty (0 bytes)"]])("a 0-byte file is said alike by check, review, lock, summary, report and rollover (%s)", async (lang, words) => {
    const f = await fresh("2023-定海区.xlsx");
    const empty = join(f, "..", "2023-普陀区.xlsx");
    writeFileSync(empty, "");
    const folder = join(f, "..");
    for (const a of [["check", empty], ["review", empty], ["lock", empty, "--reviewer", "王某"], ["summary", folder, "--units", "定海区,普陀区", "--deadline", "2024-01-31"],
      ["report", folder, "--out", join(folder, "r.xlsx")], ["rollover", folder, "--year", "2024", "--out-dir", join(folder, "下发")]]) {
      const r = await cli(...a, "--lang", lang);
      expect(`${a[0]}: ${r.out}${r.err}`).toContain(words);
      expect(r.out + r.err).not.toMatch(/损坏|damaged/);
    }
  });
});
