/**
 * A lock file named on the command line (`plan-returns summary '~$2024-柯城区.xlsx'`): every command that
 * takes a workbook says in one line, the same words in each, that it is the lock file Excel/WPS or
 * LibreOffice keeps while the return is open, names the return it belongs to and asks for that file
 * instead; never 文件已损坏 / damaged, and `--json` carries the code `lock_file`.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { excelOwner, lockableReturnBytes } from "../support/lockedReturn";
import { loadWorkbookFile } from "../../src/cli/loadWorkbookFile";
import { unusableFileOf } from "../../src/cli/unusableFileOf";
import { unusableFileLine } from "../../src/cycle/unusableFileLine";
import { skippedJson } from "../../src/cli/skippedJson";
import { unusableText, type UnusableTask } from "../../src/domain/UnusableReason";

const dir = mkdtempSync(join(tmpdir(), "lock-named-"));
const RETURN = "2023-定海区.xlsx";
let n = 0;
interface Kind { name: string; lock: (x: string) => string; content: Buffer | string; app: "office" | "libreoffice"; who: Record<"zh" | "en", string> }
const KINDS: Kind[] = [
  { name: "Excel's owner file", lock: (x) => `~$${x}`, content: excelOwner("张三", "??"), app: "office", who: { zh: "（打开者：张三）", en: " (opened by 张三)" } },
  { name: "Excel's real owner file (ClosedXML)", lock: (x) => `~$${x}`, content: readFileSync(join(__dirname, "../fixtures/lock/~$LoadPivotTables.xlsx")), app: "office", who: { zh: "（打开者：Jan Havlíček）", en: " (opened by Jan Havlíček)" } },
  { name: "WPS's empty owner file", lock: (x) => `~$${x}`, content: "", app: "office", who: { zh: "", en: "" } },
  { name: "LibreOffice's lock file", lock: (x) => `.~lock.${x}#`, content: ",张三,PC-01,04.12.2024 10:00,file:///x;", app: "libreoffice", who: { zh: "（打开者：张三，在 PC-01 上）", en: " (opened by 张三 on PC-01)" } },
];

/** a folder of its own holding the return and its lock file; `withReturn` false: the lock file alone (left over, or copied) */
async function lockBeside(kind: Kind, withReturn = true): Promise<{ folder: string; ret: string; lock: string }> {
  const folder = join(dir, `case${++n}`);
  mkdirSync(folder);
  const ret = join(folder, RETURN);
  if (withReturn) writeFileSync(ret, await lockableReturnBytes());
  const lock = join(folder, kind.lock(RETURN));
  writeFileSync(lock, kind.content);
  return { folder, ret, lock };
}

type Where = { folder: string; ret: string; lock: string };
/**
 * every command that takes a workbook, with the lock file where the workbook goes; exit 2 (fix or replace the file): a
 * --previous return or a --ledger that cannot be read is a file problem, 2 (cli-reference 退出码, trial39c F4; --ledger
 * exited 1 until session 40)
 */
const COMMANDS: Array<[string, (w: Where) => string[], number?]> = [
  ["check", (w) => ["check", w.lock]],
  ["check, with a return", (w) => ["check", w.ret, w.lock]],
  ["summary", (w) => ["summary", w.lock]],
  ["summary, with a return", (w) => ["summary", w.ret, w.lock]],
  ["report", (w) => ["report", w.lock, "--out", join(w.folder, "评估.docx")]],
  ["rollover --out", (w) => ["rollover", w.lock, "--year", "2024", "--out", join(w.folder, "2024.xlsx")]],
  ["rollover --out-dir", (w) => ["rollover", w.lock, "--year", "2024", "--out-dir", join(w.folder, "下发")]],
  ["diff, the old", (w) => ["diff", w.lock, w.ret]],
  ["diff, the new", (w) => ["diff", w.ret, w.lock]],
  ["lock", (w) => ["lock", w.lock, "--reviewer", "王某"]],
  ["review", (w) => ["review", w.lock]],
  ["review --replaces", (w) => ["review", w.ret, "--replaces", w.lock, "--out", join(w.folder, "审核.xlsx")]],
  ["check --previous", (w) => ["check", w.ret, "--previous", w.lock]],
  ["summary --ledger", (w) => ["summary", w.ret, "--ledger", w.lock]],
  ["report --ledger", (w) => ["report", w.ret, "--ledger", w.lock]],
  ["rollover --ledger", (w) => ["rollover", w.ret, "--year", "2024", "--out-dir", join(w.folder, "下发"), "--ledger", w.lock]],
  ["import", (w) => ["import", w.lock, "--out", join(w.folder, "模板.json")]],
];

/** what the line says of the lock file, by who made it (the return's name in it), in each language */
const WHAT: Record<"zh" | "en", Record<Kind["app"], (ret: string) => string>> = {
  zh: {
    office: (ret) => `是 Excel 或 WPS 打开 ${ret} 时在旁边生成的所有者（锁定）文件，不是工作簿本身`,
    libreoffice: (ret) => `是 LibreOffice 打开 ${ret} 时在旁边生成的锁定文件，不是工作簿本身`,
  },
  en: {
    office: (ret) => `the owner (lock) file Excel or WPS keeps beside ${ret} while it is open, not the workbook itself`,
    libreoffice: (ret) => `the lock file LibreOffice keeps beside ${ret} while it is open, not the workbook itself`,
  },
};
const USE = { zh: (path: string) => `；请改用 ${path}`, en: (path: string) => `; use ${path} instead` };

describe("a lock file named on the command line", () => {
  test.each(COMMANDS.flatMap(([cmd, args, code]) => KINDS.flatMap((k) => (["zh", "en"] as const).map((lang) => [cmd, k.name, lang, args, k, code ?? 2] as const))))(
    "%s, %s (%s): one line naming the return it belongs to, never damaged",
    async (_cmd, _kind, lang, args, kind, code) => {
      const w = await lockBeside(kind);
      const r = await cli(...args(w), "--lang", lang);
      expect(r.code).toBe(code);
      const lines = r.err.trim().split("\n").filter((l) => l.includes(kind.lock(RETURN)));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`${w.lock}${lang === "en" ? ": " : "："}${WHAT[lang][kind.app](RETURN)}${kind.who[lang]}${USE[lang](w.ret)}`);
      // the return to use ends the line: what to do, said last
      expect(lines[0]?.endsWith(USE[lang](w.ret))).toBe(true);
      expect(r.out + r.err).not.toMatch(/损坏|damaged|不是 \.xlsx 文件|not an \.xlsx file/);
    },
  );

  test.each(KINDS.map((k) => [k.name, k] as const))("%s without its return beside it: the return is named as missing, not suggested", async (_kind, kind) => {
    const w = await lockBeside(kind, false);
    for (const lang of ["zh", "en"] as const) {
      const r = await cli("check", w.lock, "--lang", lang);
      expect(r.code).toBe(2);
      expect(r.err.trim()).toBe(`${w.lock}${lang === "en" ? ": " : "："}${WHAT[lang][kind.app](RETURN)}${kind.who[lang]}${lang === "en" ? `; ${w.ret} is not in that folder: find the workbook itself and run on it` : `；${w.ret} 不在此文件夹中，请找到该工作簿本身再运行`}`);
    }
  });

  test.each(KINDS.map((k) => [k.name, k] as const))("%s: check --json gives the coded reason lock_file", async (_kind, kind) => {
    const w = await lockBeside(kind);
    for (const args of [[w.lock], [w.ret, w.lock]]) {
      const r = await cli("check", ...args, "--json");
      const line = r.out.trim().split("\n").map((l) => JSON.parse(l) as { file: string; error?: { code: string; reason?: string } }).find((x) => x.file === w.lock);
      expect(line?.error).toMatchObject({ code: "unreadable", reason: "lock_file" });
    }
  });
});

describe("a lock file as a file summary, report and rollover cannot use", () => {
  const NOT_DONE: Record<UnusableTask, Record<"zh" | "en", string>> = {
    summary: { zh: "未汇总：", en: "Not summed: " }, report: { zh: "未评估：", en: "Not evaluated: " },
    rollover: { zh: "未换年度：", en: "Not rolled over: " }, check: { zh: "未核对：", en: "Not checked: " },
  };
  test.each((["summary", "report", "rollover", "check"] as const).flatMap((task) => KINDS.flatMap((k) => (["zh", "en"] as const).map((lang) => [task, k.name, lang, k] as const))))(
    "%s, %s (%s): coded lock_file, not damaged; its line is the reader's, even under a unit's name",
    async (task, _kind, lang, kind) => {
      const w = await lockBeside(kind);
      const loaded = await loadWorkbookFile(w.lock, lang, { task });
      if (loaded.ok) throw new Error("a lock file was read");
      const x = unusableFileOf(w.lock, { loaded }, lang);
      expect(x.reason).toBe("lock_file");
      expect(skippedJson([{ ...x, unit: "定海区" }])).toEqual([{ file: w.lock, reason: "lock_file", unit: "定海区" }]);
      expect(unusableFileLine({ ...x, unit: "定海区" }, task, lang)).toBe(`${NOT_DONE[task][lang]}${loaded.message}`);
      expect(unusableText("lock_file", lang, task)).not.toMatch(/损坏|damaged/);
    },
  );
});

