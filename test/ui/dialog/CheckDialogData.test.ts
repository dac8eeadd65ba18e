import fc from "fast-check";
import { STATUS_CODES, type Status } from "../../../src/domain/Status";
import { dialogHash, fromHash, parseDialogData, type CheckDialogData, type DialogFlag } from "../../../src/ui/dialog/CheckDialogData";

const flag = fc.record<DialogFlag>({
  sheet: fc.string({ minLength: 1, maxLength: 12 }), cell: fc.constantFrom("K4", "AB120", "I7"),
  name: fc.string({ maxLength: 30 }), status: fc.constantFrom<Status>(...STATUS_CODES), binding: fc.boolean(),
  text: fc.string({ maxLength: 80 }), textEn: fc.string({ maxLength: 80 }),
});
const check = fc.record({
  kind: fc.constant("check" as const), year: fc.integer({ min: 2000, max: 2100 }), unit: fc.string({ maxLength: 10 }),
  counts: fc.array(fc.nat(5000), { minLength: STATUS_CODES.length, maxLength: STATUS_CODES.length }),
  flags: fc.array(flag, { maxLength: 60 }), problems: fc.array(fc.string({ maxLength: 60 }), { maxLength: 3 }),
});

describe("the result dialog's data in its URL", () => {
  it("round-trips whole when short", () => {
    const d: CheckDialogData = { kind: "check", year: 2023, unit: "定海区", counts: STATUS_CODES.map((_, i) => i), problems: [],
      flags: [{ sheet: "舟山市表2", cell: "K7", name: "每千人口床位数", status: "lagging", binding: true, text: "序时进度 51%，应达 60%", textEn: "progress 51%, expected 60%" }] };
    expect(fromHash(dialogHash(d))).toEqual(d);
  });

  it("property: always under 1,800 characters (IE11 URLs), flags a prefix of the original, the rest counted", () => {
    fc.assert(fc.property(check, (d) => {
      const h = dialogHash(d);
      const back = fromHash(h);
      if (!back || back.kind !== "check") return false;
      const prefix = d.flags.slice(0, back.flags.length);
      return h.length <= 1800 && JSON.stringify(back.flags) === JSON.stringify(prefix)
        && back.flags.length + (back.omitted ?? 0) === d.flags.length && back.year === d.year;
    }), { numRuns: 300 });
  });

  it.each([
    ["not JSON", "{"], ["another kind", '{"kind":"x"}'], ["a status that does not exist", JSON.stringify({ kind: "check", year: 2023, unit: "", counts: STATUS_CODES.map(() => 0), problems: [], flags: [{ sheet: "a", cell: "A1", name: "n", status: "bogus", binding: false, text: "", textEn: "" }] })],
    ["counts of the wrong length", JSON.stringify({ kind: "check", year: 2023, unit: "", counts: [1], problems: [], flags: [] })],
  ])("refuses %s (the dialog then says it could not read the result)", (_why, json) => {
    expect(parseDialogData(json)).toBeNull();
  });

  it.each<[string, CheckDialogData | null, string]>([
    ["kept: read back as written", { kind: "kept", title: "summary", message: "已生成：汇总(2)、问题清单(2)。原有的「汇总」生成后已有改动，保留原样、未覆盖。" }, JSON.stringify({ kind: "kept", title: "summary", message: "已生成：汇总(2)、问题清单(2)。原有的「汇总」生成后已有改动，保留原样、未覆盖。" })],
    ["kept of a command that keeps nothing: refused", null, JSON.stringify({ kind: "kept", title: "review", message: "x" })],
    ["kept without its message: refused", null, JSON.stringify({ kind: "kept", title: "evaluation" })],
    ["replaced: read back as written", { kind: "replaced", title: "evaluation", message: "Updated: 评估 (the add-in's earlier sheet, unchanged since, replaced)." }, JSON.stringify({ kind: "replaced", title: "evaluation", message: "Updated: 评估 (the add-in's earlier sheet, unchanged since, replaced)." })],
    ["replaced of a command that replaces through another line: refused", null, JSON.stringify({ kind: "replaced", title: "check", message: "x" })],
  ])("%s", (_n, want, json) => {
    expect(parseDialogData(json)).toEqual(want);
    if (want) expect(fromHash(dialogHash(want))).toEqual(want);
  });

  it("an error keeps its message (shortened only when very long)", () => {
    const e: CheckDialogData = { kind: "error", title: "summary", message: "所选文件的报告年份不一致：县2024.xlsx 为 2024 年" };
    expect(fromHash(dialogHash(e))).toEqual(e);
    const long = fromHash(dialogHash({ kind: "error", title: "check", message: "很长的错误".repeat(300) }));
    expect(long?.kind === "error" && long.message.length).toBe(150);
  });
});
