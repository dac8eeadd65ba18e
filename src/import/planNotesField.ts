/**
 * The template's `planNotes` from the notes read below a plan's table (noteLine: `注：…`, `②〔〕内为五年累计数。`,
 * a note's numbered lines; htmlTables' notes after a document's table come through the same lines): each as
 * read, one a line, blank ones left out. `{}` when the table has none, so a template without footnotes is
 * written as before (no empty `planNotes`). The importer's own notes stay in `notes`.
 */
export function planNotesField(notes: readonly string[]): { planNotes?: string[] } {
  const planNotes = notes.map((n) => n.trim()).filter((n) => n !== "");
  return planNotes.length > 0 ? { planNotes } : {};
}
