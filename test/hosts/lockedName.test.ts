/**
 * The lock-file naming rule has one home (src/hosts/lockedName): the CLI's folder readers, the lock file
 * beside a return and a lock file named on the command line (src/cli/lockFile), and the xlsx reader's
 * archives (readXlsxZip's spreadsheetsIn) all ask it.
 */
import JSZip from "jszip";
import { lockedName, lockNamesOf } from "../../src/hosts/lockedName";
import { readXlsxZip } from "../../src/hosts/xlsx/readXlsxZip";
import { XlsxReadError } from "../../src/hosts/xlsx/XlsxReadError";

describe("lockedName", () => {
  test.each<[string, { target: string; kind: "office" | "libreoffice" } | null]>([
    [".~lock.2024-柯城区.xlsx#", { target: "2024-柯城区.xlsx", kind: "libreoffice" }],
    ["~$2024-柯城区.xlsx", { target: "2024-柯城区.xlsx", kind: "office" }],
    ["~$.xlsx", { target: ".xlsx", kind: "office" }],
    ["2024-柯城区.xlsx", null],
    [".2024-柯城区.xlsx", null],
    ["~$", null],
    [".~lock.#", null],
    [".~lock.2024-柯城区.xlsx", null],
    ["a~$b.xlsx", null],
  ])("%s locks %p", (name, locks) => {
    expect(lockedName(name)).toEqual(locks);
  });

  test.each(["2024-柯城区.xlsx", "q.xlsx", "报送台账.xlsm"])("lockNamesOf(%s): each name gives back its workbook and kind", (target) => {
    const names = lockNamesOf(target);
    expect(names.map((n) => n.kind)).toEqual(["libreoffice", "office"]);
    for (const n of names) expect(lockedName(n.lock)).toEqual({ target, kind: n.kind });
  });
});

describe("an archive's lock files are not among its spreadsheets", () => {
  async function zipOf(names: string[]): Promise<Uint8Array> {
    const z = new JSZip();
    for (const n of names) z.file(n, "x");
    return z.generateAsync({ type: "uint8array" });
  }

  test.each<[string, string[], string[] | null]>([
    ["Excel's and WPS's owner file", ["a/2024-东港片区.xlsx", "a/~$2024-东港片区.xlsx"], ["a/2024-东港片区.xlsx"]],
    ["an owner file at the top", ["2024-东港片区.xls", "~$2024-东港片区.xls"], ["2024-东港片区.xls"]],
    ["a hidden file and a Mac's copy", ["2024-东港片区.xlsx", ".x.xlsx", "__MACOSX/._2024-东港片区.xlsx"], ["2024-东港片区.xlsx"]],
    ["only a lock file: no spreadsheet, so no workbook", ["~$2024-东港片区.xlsx"], null],
  ])("%s", async (_name, entries, inside) => {
    const e = await readXlsxZip(await zipOf(entries)).then(() => null, (x: unknown) => x);
    expect(e).toBeInstanceOf(XlsxReadError);
    const p = (e as XlsxReadError).problem;
    if (inside === null) expect(p.code).toBe("no_workbook");
    else expect(p).toMatchObject({ code: "archive", params: { kind: "zip", inside } });
  });
});
