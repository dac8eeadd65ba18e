import { readdirSync, readFileSync } from "fs";
import path from "path";
import { formatUnread, importTable } from "../../src/import";

/** Every line the importer reports has a code and a reason in both languages (nothing silent, zh and en). */
describe("unread lines are coded, in Chinese and English", () => {
  const dir = path.join(__dirname, "../fixtures/tables");
  const files = [
    ...readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => path.join(dir, f)),
    ...readdirSync(path.join(dir, "other")).filter((f) => f.endsWith(".txt")).map((f) => path.join(dir, "other", f)),
  ];
  test.each(files.map((f) => [path.basename(f), f]))("%s", (_name, file) => {
    const r = importTable(readFileSync(file, "utf8"));
    if (!r.ok) return;
    for (const u of r.unread) {
      expect(u.code).toMatch(/^[a-z-]+$/);
      expect(u.reason).toMatch(/(未载入|已载入，请核对)$/);
      expect(u.reasonEn).toMatch(/(not loaded|to check)$/);
      // English apart from what it quotes (“…”) and the field's terms (序号, 属性, 其中, 约束性 …)
      // (a quoted value may quote in turn: “>7、力争投入强度高于“十三五”时期实际”, innermost first)
      let unquoted = u.reasonEn;
      while (/“[^“”]*”/.test(unquoted)) unquoted = unquoted.replace(/“[^“”]*”/g, "");
      expect(unquoted).not.toMatch(/[\u4e00-\u9fff]{4}/);
    }
    const en = formatUnread(r, "en");
    expect(en).toMatch(/^\d+ lines? read \(\d+ indicators?\), \d+ table lines? not read\./);
  });
});
