import { readFileSync } from "node:fs";
import { catalog, findTemplate } from "../templates/catalog";
import { formatTemplateProblems, parseTemplate } from "../templates/parseTemplate";
import type { Template } from "../templates/TemplateSchema";
import { describePeriodProblem, periodProblems } from "../templates/periodProblems";
import type { CommandIO } from "./CommandIO";
import { FileProblem, fileProblemOf } from "./FileProblem";
import { parseYear } from "./parseYear";
import { refuseExisting } from "./refuseExisting";
import { templateWorkbookBytes } from "./templateWorkbookBytes";
import { UsageError } from "./UsageError";
import { writeFileSafely } from "./writeFileSafely";

export interface TemplateCommandOptions { year: string; out: string; from?: string[]; unit: string; force?: boolean }

function loadTemplateFile(file: string): Template {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw code === "ENOENT" || code === "ENOTDIR" ? new FileProblem({ code: "not_found", file }) : fileProblemOf(e, file) ?? e;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file}：无法读取模板文件（${e instanceof Error ? e.message : String(e)}）`);
  }
  const r = parseTemplate(data, file);
  if (!r.ok) throw new UsageError(`模板不符合格式：\n${formatTemplateProblems(r)}`);
  // 序时进度 divides by (targetYear − baselineYear)
  if (r.template.targetYear <= r.template.baselineYear) {
    throw new FileProblem({ code: "template_years", file, other: `baselineYear ${r.template.baselineYear}，targetYear ${r.template.targetYear}` });
  }
  return r.template;
}

/** `template <ids...> --year Y --out f.xlsx [--from t.json…]`: writes a blank return for the templates. */
export async function runTemplate(ids: string[], o: TemplateCommandOptions, io: CommandIO): Promise<void> {
  const year = parseYear(o.year);
  const templates: Template[] = [];
  for (const id of ids) {
    const t = findTemplate(id);
    if (!t) throw new UsageError(`未知模板「${id}」。可用：${catalog().map((x) => x.id).join(", ")}`);
    templates.push(t);
  }
  for (const f of o.from ?? []) templates.push(loadTemplateFile(f));
  if (templates.length === 0) throw new UsageError("请指定至少一个模板 id 或 --from 模板文件");
  const outside = periodProblems(templates, year)[0];
  if (outside) throw new UsageError(`${describePeriodProblem(outside, "zh")}；未生成工作簿`);
  refuseExisting(o.out, o.force);
  await writeFileSafely(o.out, await templateWorkbookBytes(templates, year, o.unit), { makeFolder: true, force: o.force ?? false, inputs: o.from ?? [] });
  io.print(`已生成 ${o.out}（${templates.map((t) => t.id).join(", ")}，${year} 年度）\n`);
}
