import path from "path";
import { importTable } from "../../src/import";
import { readTableFile } from "../../src/cli/readTableFile";

/** What importTable gives for a table it reads. */
export type Imported = Extract<ReturnType<typeof importTable>, { ok: true }>;

/**
 * A fixture table of test/fixtures/tables/<folder>, read as `plan-returns import` reads it (readTableFile, then
 * importTable); throws with the tool's own line where the file is not read or the table not imported, so a test
 * that expects a table to load fails with the reason.
 */
export function importedFixture(folder: string): (file: string) => Promise<Imported> {
  const dir = path.join(__dirname, "../fixtures/tables", folder);
  return async (file) => {
    const t = await readTableFile(path.join(dir, file));
    if (!t.ok) throw new Error(t.message);
    const r = importTable(t.text, { source: t.source });
    if (!r.ok) throw new Error(r.message);
    return r;
  };
}
