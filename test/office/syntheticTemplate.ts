import { catalog } from "../../src/templates/catalog";
import { parseTemplate } from "../../src/templates/parseTemplate";
import type { IndicatorTemplate } from "../../src/templates/TemplateSchema";

/**
 * The seed zhoushan-2021-2025 template with its indicators repeated (new ids) to `n` rows,
 * validated by the same schema as any template file.
 */
export function syntheticTemplate(n: number): IndicatorTemplate {
  const seed = catalog().find((t) => t.id === "zhoushan-2021-2025");
  if (!seed || seed.kind !== "indicators") throw new Error("seed zhoushan-2021-2025 missing");
  const indicators = Array.from({ length: n }, (_, i) => {
    const d = seed.indicators[i % seed.indicators.length];
    if (!d) throw new Error("empty seed");
    return { ...d, id: `${d.id}-n${i}`, number: String(i + 1) };
  });
  const parsed = parseTemplate({ ...seed, id: `zhoushan-2021-2025-x${n}`, indicators }, `synthetic-${n}.json`);
  if (!parsed.ok) throw new Error(`synthetic template refused: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  if (parsed.template.kind !== "indicators") throw new Error("not an indicator template");
  return parsed.template;
}
