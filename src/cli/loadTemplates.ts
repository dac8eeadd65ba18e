import { existsSync } from "node:fs";
import { catalog, findTemplate } from "../templates/catalog";
import { formatTemplateProblems, parseTemplate } from "../templates/parseTemplate";
import type { Template } from "../templates/TemplateSchema";
import { FileProblem } from "./FileProblem";
import type { Lang } from "./fileMessages";
import { readJsonFile } from "./readJsonFile";
import { UsageError } from "./UsageError";

/** A template file (one made by `import`), refused with its JSON path when it does not fit the schema. */
function loadTemplateFile(file: string, lang: Lang): Template {
  const read = readJsonFile(file);
  if (!read.ok) throw new UsageError(lang === "en" ? `${file}: cannot read the template file (${read.message})` : `${file}：无法读取模板文件（${read.message}）`);
  const data = read.data;
  const r = parseTemplate(data, file);
  if (!r.ok) throw new UsageError(`${lang === "en" ? "the template does not fit the format" : "模板不符合格式"}：\n${formatTemplateProblems(r)}`);
  // 序时进度 divides by (targetYear − baselineYear)
  if (r.template.targetYear <= r.template.baselineYear) {
    throw new FileProblem({ code: "template_years", file, other: `baselineYear ${r.template.baselineYear}，targetYear ${r.template.targetYear}` });
  }
  return r.template;
}

/**
 * The templates a command names: catalog ids, then `--from` files, in order. A name that is no
 * catalog id but a template file (`template t.json`, what `import` just wrote: a trial user left out
 * --from) is read as one; an id that names a `--from` file's template is that template, taken once
 * (a trial's `distribute imported-… --from t.json` was 未知模板). Throws a UsageError (in `lang`) for an unknown id or when none is named;
 * a FileProblem for a file that cannot be read.
 */
export function loadTemplates(ids: readonly string[], from: readonly string[] = [], lang: Lang = "zh"): Template[] {
  const templates: Template[] = [];
  const fromFiles = from.map((f) => loadTemplateFile(f, lang));
  for (const id of ids) {
    const t = findTemplate(id);
    if (t) templates.push(t);
    // `distribute <its id> --from t.json` (as the CLI reference's form reads, docs/cli-reference.md): the id names the file's template, taken once, below
    else if (fromFiles.some((x) => x.id === id)) continue;
    else if (/\.json$/i.test(id) || existsSync(id)) templates.push(loadTemplateFile(id, lang));
    else throw new UsageError(lang === "en" ? `unknown template "${id}"; available: ${catalog().map((x) => x.id).join(", ")} (or a template file, t.json)` : `未知模板「${id}」。可用：${catalog().map((x) => x.id).join(", ")}（或模板文件，如 t.json）`);
  }
  templates.push(...fromFiles);
  if (templates.length === 0) throw new UsageError(lang === "en" ? "name at least one template id or template file (--from t.json)" : "请指定至少一个模板 id 或模板文件（--from t.json）");
  return templates;
}
