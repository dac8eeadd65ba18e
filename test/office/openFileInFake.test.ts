/**
 * A return opened in the fake Excel keeps its sheet protection as Excel opens it: a return as
 * `template` writes it has its cover and sheets protected with only the input cells unlocked;
 * `lock` leaves every input cell locked (the cover's year C5 too). Before, openInFake dropped
 * protection, so no pane action in these tests ever met Excel's AccessDenied.
 */
import { readFileSync } from "node:fs";
import { COVER_NAME } from "../../src/sheet/coverSheet";
import { returnFile, run, years } from "../support/trialReturn";
import { openFileInFake } from "./openFileInFake";

describe("openFileInFake: a file's sheet protection", () => {
  it.each<[string, boolean]>([["as written", false], ["locked by `lock`", true]])("%s", async (_n, locked) => {
    const f = await returnFile(years("r01", 93, 93.8, 94.6, 95.5));
    if (locked) await run("lock", f, "--reviewer", "王审核");
    const fx = await openFileInFake(readFileSync(f));
    const cover = fx.sheet(COVER_NAME);
    // the return's own sheet: protected, with unlocked input cells until `lock` locks them
    const sheet = fx.sheets.find((s) => s.name !== COVER_NAME && s.visibility === "Visible");
    const open = [...(sheet?.cells.values() ?? [])].filter((c) => c.format.locked === false).length;
    expect(cover.protection).toMatchObject({ protected: true, options: { allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true } });
    expect({ protected: sheet?.protection.protected, open: open > 0 }).toEqual({ protected: true, open: !locked });
    // the cover's year: the input cell a same-year refresh writes
    expect(cover.peek(5, 3)?.format.locked === false).toBe(!locked);
    const ws = fx.context.workbook.worksheets.getItem(COVER_NAME);
    ws.getRange("C5").values = [[2024]];
    const sync = fx.context.sync();
    if (locked) await expect(sync).rejects.toMatchObject({ code: "AccessDenied" });
    else await expect(sync).resolves.toBeUndefined();
  }, 120000);
});
