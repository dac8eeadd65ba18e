import { dialogMessageText, isCellRef, parseDialogMessage, type DialogMessage } from "../../../src/ui/dialog/DialogMessage";

describe("what the result dialog tells its command", () => {
  it.each<[string, DialogMessage]>([
    ["close", { kind: "close" }],
    ["a flag's cell", { kind: "select", sheet: "舟山市表2", cell: "K8" }],
    ["a far cell with $", { kind: "select", sheet: "Sheet 1 (2)", cell: "$XFD$1048576" }],
    ["a sheet name with quotes and !", { kind: "select", sheet: "O'Brien!表", cell: "AB120" }],
  ])("%s round-trips", (_n, m) => {
    expect(parseDialogMessage(dialogMessageText(m))).toEqual(m);
  });

  it.each([
    ["empty", ""],
    ["another word", "ok"],
    ["not JSON", "{select"],
    ["no select", JSON.stringify({ sheet: "表", cell: "A1" })],
    ["a range, not a cell", JSON.stringify({ select: { sheet: "表", cell: "A1:B2" } })],
    ["a column past XFD", JSON.stringify({ select: { sheet: "表", cell: "XFE1" } })],
    ["a row past 1048576", JSON.stringify({ select: { sheet: "表", cell: "A1048577" } })],
    ["row 0", JSON.stringify({ select: { sheet: "表", cell: "A0" } })],
    ["a sheet in the cell", JSON.stringify({ select: { sheet: "表", cell: "表!A1" } })],
    ["lower-case column", JSON.stringify({ select: { sheet: "表", cell: "k8" } })],
    ["no sheet", JSON.stringify({ select: { sheet: "", cell: "A1" } })],
    ["a sheet name Excel forbids", JSON.stringify({ select: { sheet: "a/b", cell: "A1" } })],
    ["a sheet name over 31 characters", JSON.stringify({ select: { sheet: "x".repeat(32), cell: "A1" } })],
    ["numbers, not strings", JSON.stringify({ select: { sheet: 1, cell: 2 } })],
    ["null", "null"],
  ])("%s is not a message of ours (null: the command closes the dialog)", (_n, text) => {
    expect(parseDialogMessage(text)).toBeNull();
  });

  it.each([["A1", true], ["XFD1048576", true], ["$K$8", true], ["XFE1", false], ["A1048577", false], ["A", false], ["1", false]])("isCellRef(%s) = %s", (cell, ok) => {
    expect(isCellRef(cell)).toBe(ok);
  });
});
