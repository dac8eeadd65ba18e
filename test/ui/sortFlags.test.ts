import { isFlagged } from "../../src/sheet/isFlagged";
import { flagCell, sortFlags } from "../../src/ui/shared/sortFlags";
import { item } from "./items";

describe("sortFlags", () => {
  it("groups by sheet in report order and leaves unflagged items out", () => {
    const g = sortFlags([item("4", "met"), item("5", "lagging", { sheet: "表2" }), item("6", "missing")]);
    expect(g.map((x) => x.sheet)).toEqual(["表2", "表1"]);
    expect(g[1]?.flags.map((f) => f.id)).toEqual(["6"]);
  });

  it("puts lagging / severe / invalid first, binding first within them", () => {
    const g = sortFlags([
      item("1", "missing", { attribute: "约束性" }),
      item("2", "lagging", { attribute: "预期性" }),
      item("3", "lagging", { attribute: "约束性" }),
      item("4", "severe"),
      item("5", "invalid", { attribute: "约束性" }),
      item("6", "met", { issues: [{ code: "value_jump", severity: "warning", message: "m", messageEn: "m" }] }),
    ]);
    expect(g[0]?.flags.map((f) => f.id)).toEqual(["5", "3", "4", "2", "1", "6"]);
  });

  it("flags items with a warning even when their status is fine", () => {
    expect(isFlagged(item("1", "on_track"))).toBe(false);
    expect(isFlagged(item("1", "on_track", { issues: [{ code: "value_jump", severity: "warning", message: "", messageEn: "" }] }))).toBe(true);
  });

  it("selects the issue's input cell, else the year's cell, else another issue cell, else the status cell", () => {
    const note = { code: "lagging_no_note" as const, severity: "warning" as const, cell: "P7", message: "", messageEn: "" };
    expect(flagCell(item("7", "lagging"), 2023)).toBe("K7");
    expect(flagCell(item("7", "lagging"), 2030)).toBe("R7");
    expect(flagCell(item("7", "lagging", { issues: [note] }), 2023)).toBe("K7");
    expect(flagCell(item("7", "lagging", { issues: [note] }), 2030)).toBe("P7");
    expect(flagCell(item("7", "invalid", { cells: { "2023": "K7", "2022": "J7" }, issues: [note, { code: "negative", severity: "error", cell: "J7", message: "", messageEn: "" }] }), 2023)).toBe("J7");
  });
});
