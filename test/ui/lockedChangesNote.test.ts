import type { LockedChange } from "../../src/cycle/lockedChanges";
import { lockedChangesSentence } from "../../src/cycle/LOCKED_CHANGE_WORDS";
import { lockedChangesNote } from "../../src/ui/shared/lockedChangesNote";

const change = (cell: string, was: string, now: string): LockedChange => ({ template: "shuili", id: "r01", sheet: "表1", cell, name: "农村自来水普及率", field: "2024", was, now });
const many = Array.from({ length: 12 }, (_, i) => change(`L${i + 4}`, "1", "2"));

describe("lockedChangesNote: what 生成评估 says of a locked return changed since, as `report` says it", () => {
  test.each<[string, LockedChange[], "zh" | "en", string]>([
    ["nothing changed", [], "zh", ""],
    ["one change", [change("L4", "95.5", "96.1")], "zh", "注意：本工作簿的填报已锁定，锁定后又被改动 1 处，未重新审核锁定，评估按现在的值：表1!L4 农村自来水普及率 锁定时为「95.5」，现为「96.1」。"],
    ["an emptied cell and a filled one, English", [change("L4", "95.5", ""), change("K4", "", "3")], "en", "Note: this workbook's return was locked and 2 cells changed since, not reviewed and locked again; evaluated as they are now: 表1!L4 农村自来水普及率 \"95.5\" when locked, now (empty); 表1!K4 农村自来水普及率 (empty) when locked, now \"3\"."],
  ])("%s", (_, changes, lang, said) => {
    expect(lockedChangesNote(changes, lang)).toBe(said);
  });

  // session 39: the pane's note was worded in the i18n catalogue too, and past the ten named stopped short of report's 等 12 处
  test.each<["zh" | "en", string]>([
    ["zh", "表1!L13 农村自来水普及率 锁定时为「1」，现为「2」等 12 处。"],
    ["en", "表1!L13 农村自来水普及率 \"1\" when locked, now \"2\"; 12 in all."],
  ])("twelve changes (%s): all counted, the first ten named, said as report's paragraph says it", (lang, end) => {
    const said = lockedChangesNote(many, lang);
    expect(said).toContain(lang === "en" ? "12 cells changed since" : "改动 12 处");
    expect(said.endsWith(end)).toBe(true);
    expect(said).not.toContain("表1!L14 ");
    expect(said).toBe(lockedChangesSentence(lang === "en" ? "this workbook" : "本工作簿", many, lang));
  });
});
