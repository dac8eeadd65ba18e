/**
 * `report --json --lang en` gave `text`, the report's paragraph, in Chinese while `report --lang en`
 * prints it in English: `text` now follows --lang (zh, the default, the report's own text as before).
 */
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { cli } from "../support/cli";
import { returnFile, V2 } from "../support/trialReturn";

const CJK = /[\u3400-\u9fff]/;

describe("report --json: text in --lang", () => {
  let f = "";
  /** The paragraph `report --out` prints after its first line, in `lang`. */
  const printed = async (lang: string): Promise<string> => {
    const out = join(mkdtempSync(join(tmpdir(), "report-lang-")), "评估报告.docx");
    const r = await cli("report", f, "--out", out, "--lang", lang);
    expect(r.code).toBe(0);
    return r.out.split("\n").slice(1).join("\n").trimEnd();
  };
  beforeAll(async () => { f = await returnFile(V2); }, 60000);

  test.each<[string, string[], string, (text: string) => boolean]>([
    ["no --lang: Chinese, as before", [], "zh", (t) => CJK.test(t)],
    ["--lang zh", ["--lang", "zh"], "zh", (t) => CJK.test(t)],
    ["--lang en: the English paragraph report --lang en prints", ["--lang", "en"], "en", (t) => /^[\x20-\x7e]/.test(t) && !/[，。；：]/.test(t)],
  ])("%s", async (_name, args, lang, inLang) => {
    const r = await cli("report", f, "--json", ...args);
    expect([r.code, r.err]).toEqual([0, ""]);
    const doc = JSON.parse(r.out) as { text: string; items: Array<{ grade: string }> };
    expect(doc.text).toBe(await printed(lang));
    expect(inLang(doc.text)).toBe(true);
  }, 60000);

  test("only the text differs between zh and en", async () => {
    const [zh, en] = [JSON.parse((await cli("report", f, "--json")).out) as Record<string, unknown>, JSON.parse((await cli("report", f, "--json", "--lang", "en")).out) as Record<string, unknown>];
    expect({ ...en, text: "" }).toEqual({ ...zh, text: "" });
    expect(en["text"]).not.toBe(zh["text"]);
  }, 60000);
});
