import { readFileSync } from "fs";
import path from "path";
import { importTable } from "../../src/import";

/** trial31c (test/fixtures/tables/trial31c/README.md): shapes of real documents the other fixtures lack. */
const DIR = path.join(__dirname, "../fixtures/tables/trial31c");
const read = (f: string): string => readFileSync(path.join(DIR, f), "utf8");

describe("trial31c: a 政府工作报告's numbered list of targets is refused as a list, not as a table without its header", () => {
  test.each<[string, RegExp, RegExp]>([
    // was no-header (points without a stop)
    ["county-work-report-targets-list-2025.txt", /^粘贴的内容是逐条列出的目标（如“地区生产总值增长6%左右”），不是表格/, /^The paste is a list of targets written as sentences \(such as “地区生产总值增长6%左右”\), not a table/],
    // was prose, said 成段的文字 with its heading 二、2018年發展主要預期目標 for the example
    ["work-report-targets-list-2018.txt", /^粘贴的内容是逐条列出的目标（如“國內生產總值增長6.5%左右”），不是表格/, /^The paste is a list of targets written as sentences \(such as “國內生產總值增長6.5%左右”\)/],
  ])("%s", (file, zh, en) => {
    const r = importTable(read(file));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("prose");
    expect(r.params).toEqual(expect.objectContaining({ list: true }));
    expect(r.message).toMatch(zh);
    expect(r.messageEn).toMatch(en);
  });
});
