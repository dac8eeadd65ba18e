import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildProgram } from "../../src/cli/main";
import type { CommandIO } from "../../src/cli/CommandIO";

/**
 * `import` of a large table takes seconds: on a terminal it shows what it is doing on stderr (the
 * file being read, then how much of the table is read), redrawn in place and erased before the
 * result is printed; into a pipe or a log it writes nothing there, and stdout is the same either way.
 */
const dir = mkdtempSync(join(tmpdir(), "import-progress-"));
const table = join(dir, "某县指标表.txt");
writeFileSync(table, [
  "某县“十四五”主要指标",
  "序号\t指标名称\t2020年\t2025年目标\t属性",
  ...Array.from({ length: 300 }, (_, i) => `${(i % 50) + 1}\t示范指标${i + 1}（%）\t${50 + (i % 30)}\t≥${60 + (i % 30)}\t预期性`),
].join("\n"));

async function importWith(tty: boolean, lang: "zh" | "en"): Promise<{ out: string; err: string; raw: string[] }> {
  let out = "";
  let err = "";
  const raw: string[] = [];
  const progress: CommandIO["progress"] = { write: (s) => { raw.push(s); }, tty };
  const program = buildProgram((s) => { out += s; }, (s) => { err += s; }, () => undefined, lang, progress);
  await program.parseAsync(["import", table, "--out", join(dir, `${String(tty)}-${lang}.json`), "--lang", lang], { from: "user" });
  return { out: out.replace(/^(Wrote the template|已生成模板) \S+/, "$1"), err, raw };
}

describe("import shows its progress on a terminal only", () => {
  test.each<[string, "zh" | "en", string, string]>([
    ["Chinese", "zh", `正在读取 ${table}…`, "正在导入表格：100%"],
    ["English", "en", `reading ${table}…`, "importing the table: 100%"],
  ])("%s: reading, then the share of the table read, erased at the end; stdout as without a terminal", async (_d, lang, reading, last) => {
    const onTerminal = await importWith(true, lang);
    const ERASE = "\u001b[K";
    const shown = onTerminal.raw.map((s) => s.replace(/^\r/, "").split(ERASE).join(""));
    expect(shown[0]).toBe(reading);
    expect(shown).toContain(last);
    expect(onTerminal.raw.at(-1)).toBe("\r\u001b[K");
    const piped = await importWith(false, lang);
    expect(piped.raw).toEqual([]);
    expect(onTerminal.out).toBe(piped.out);
    expect([onTerminal.err, piped.err]).toEqual(["", ""]);
  });
});
