import { planPeriodText } from "../templates/planPeriodText";
import { catalog } from "../templates/catalog";
import type { CommandIO } from "./CommandIO";
import { formatTable } from "./formatTable";

/** `templates [--json] [--lang en]`: the catalog's templates (id, title, kind, period); the table's headers in `io.lang`. */
export function runTemplates(o: { json?: boolean }, io: CommandIO): void {
  const ts = catalog();
  if (o.json) io.print(JSON.stringify(ts.map((t) => ({ id: t.id, title: t.title, kind: t.kind, baselineYear: t.baselineYear, targetYear: t.targetYear }))) + "\n");
  else if (io.lang === "en") io.print(formatTable(["template id", "title", "kind", "period"], ts.map((t) => [t.id, t.title, t.kind, planPeriodText(t.baselineYear, t.targetYear, "en")]), [36, 40, 10, 30]) + "\n");
  else io.print(formatTable(["模板 id", "标题", "类型", "期间"], ts.map((t) => [t.id, t.title, { indicators: "指标", projects: "项目", reforms: "改革" }[t.kind], planPeriodText(t.baselineYear, t.targetYear, "zh")]), [36, 40, 6, 30]) + "\n");
}
