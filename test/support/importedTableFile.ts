import path from "path";
import { importTable } from "../../src/import";
import { readTableFile } from "../../src/cli/readTableFile";

/** The table file `file` under `dir`, read as the CLI reads it (readTableFile), then importTable; throws the refusal's message. */
export async function importedTableFile(dir: string, file: string): Promise<Extract<ReturnType<typeof importTable>, { ok: true }>> {
  const t = await readTableFile(path.join(dir, file));
  if (!t.ok) throw new Error(t.message);
  const r = importTable(t.text, { source: t.source });
  if (!r.ok) throw new Error(r.message);
  return r;
}
