import { readFileSync } from "node:fs";
import { FileProblem, fileProblemOf } from "./FileProblem";

/**
 * A JSON file a person gives (a template, a rules file): its parsed data, or the parser's
 * message when it is not JSON. A file that cannot be read throws a FileProblem (one line,
 * exit 2), never a stack.
 */
export function readJsonFile(file: string): { ok: true; data: unknown } | { ok: false; message: string } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw code === "ENOENT" || code === "ENOTDIR" ? new FileProblem({ code: "not_found", file }) : fileProblemOf(e, file) ?? e;
  }
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
