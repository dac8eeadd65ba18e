import { catalog, findTemplate } from "../templates/catalog";
import { formatTemplateProblems, parseTemplate } from "../templates/parseTemplate";
import type { Template } from "../templates/TemplateSchema";
import { FileProblem } from "./FileProblem";
import { readJsonFile } from "./readJsonFile";
import { UsageError } from "./UsageError";

/** A template file (one made by `import`), refused with its JSON path when it does not fit the schema. */
function loadTemplateFile(file: string): Template {
  const read = readJsonFile(file);
  if (!read.ok) throw new UsageError(`${file}：无法读取模板文件（${read.message}）`);
  const data = read.data;
  const r = parseTemplate(data, file);
  if (!r.ok) throw new UsageError(`模板不符合格式：\n${formatTemplateProblems(r)}`);
  // 序时进度 divides by (targetYear − baselineYear)
  if (r.template.targetYear <= r.template.baselineYear) {
    throw new FileProblem({ code: "template_years", file, other: `baselineYear ${r.template.baselineYear}，targetYear ${r.template.targetYear}` });
  }
  return r.template;
}

/**
 * The templates a command names: catalog ids, then `--from` files, in order. Throws a
 * UsageError for an unknown id or when none is named; a FileProblem for a file that cannot be read.
 */
export function loadTemplates(ids: readonly string[], from: readonly string[] = []): Template[] {
  const templates: Template[] = [];
  for (const id of ids) {
    const t = findTemplate(id);
    if (!t) throw new UsageError(`未知模板「${id}」。可用：${catalog().map((x) => x.id).join(", ")}`);
    templates.push(t);
  }
  for (const f of from) templates.push(loadTemplateFile(f));
  if (templates.length === 0) throw new UsageError("请指定至少一个模板 id 或 --from 模板文件");
  return templates;
}
