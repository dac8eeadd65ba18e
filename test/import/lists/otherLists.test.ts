import { readdirSync, readFileSync } from "fs";
import path from "path";
import { readTableFile } from "../../../src/cli/readTableFile";
import { formatUnread, importPlanTable } from "../../../src/import";
import type { ProjectDef, ReformDef } from "../../../src/templates/TemplateSchema";

/**
 * Project and reform lists read by `import` (lists/importList): each `X.txt` of
 * test/fixtures/tables/other/lists has its expected reading in `X.expected.json`: the template's kind,
 * years and region, its rows (the fields `columns` names, in order), some items' content or tasks by
 * 序号, the plan's notes it keeps (planNotes), and the codes said (each at least once, no other). `source` says where the table
 * comes from. An `X.xlsx`, `X.docx` or `X.html` is read as the CLI reads it (readTableFile), then imported.
 */
const DIR = path.join(__dirname, "../../fixtures/tables/other/lists");
const FILE = /\.(txt|xlsx|docx|html)$/;
const files = readdirSync(DIR).filter((f) => FILE.test(f)).sort();
const names = files.map((f) => f.replace(FILE, ""));

interface Expected {
  source: string;
  kind: "projects" | "reforms";
  baselineYear: number;
  targetYear: number;
  region: string;
  /** the template's title, when it is said */
  title?: string;
  columns: string[];
  rows: string[][];
  contents?: Record<string, string>;
  tasks?: Record<string, string>;
  planNotes?: string[];
  said: string[];
}

describe("import of project and reform lists", () => {
  test("there are lists of both kinds", () => {
    const kinds = new Set(names.map((n) => (JSON.parse(readFileSync(path.join(DIR, `${n}.expected.json`), "utf8")) as Expected).kind));
    expect([...kinds].sort()).toEqual(["projects", "reforms"]);
  });

  test.each(files)("%s", async (file) => {
    const name = file.replace(FILE, "");
    const e = JSON.parse(readFileSync(path.join(DIR, `${name}.expected.json`), "utf8")) as Expected;
    const read = await readTableFile(path.join(DIR, file));
    if (!read.ok) throw new Error(read.message);
    const r = importPlanTable(read.text, { source: read.source });
    if (!r.ok) throw new Error(r.message);
    console.log(`${name}:\n${formatUnread(r)}`);
    const t = r.template;
    expect([t.kind, t.baselineYear, t.targetYear, t.region]).toEqual([e.kind, e.baselineYear, e.targetYear, e.region]);
    if (e.title !== undefined) expect(t.title).toBe(e.title);
    const items: Array<ProjectDef | ReformDef> = t.kind === "projects" ? t.projects : t.kind === "reforms" ? t.reforms : [];
    expect(items.map((d) => e.columns.map((c) => String((d as unknown as Record<string, unknown>)[c] ?? "")))).toEqual(e.rows);
    for (const [number, content] of Object.entries(e.contents ?? {})) expect(items.find((d) => d.number === number && "content" in d)).toMatchObject({ content });
    for (const [number, tasks] of Object.entries(e.tasks ?? {})) expect(items.find((d) => d.number === number && "tasks" in d)).toMatchObject({ tasks });
    for (const note of e.planNotes ?? []) expect(t.planNotes).toContain(note);
    expect([...new Set(r.unread.map((u) => u.code))].sort()).toEqual([...e.said].sort());
    // every item keeps its row as written, and no web markup
    for (const d of items) {
      expect(d.source).not.toBe("");
      expect(JSON.stringify({ ...d, source: "" })).not.toMatch(/<\/?p>|<ol/);
    }
  });
});
