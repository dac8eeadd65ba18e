import { findTemplate } from "../src/templates/catalog";
import { parseTemplate } from "../src/templates/parseTemplate";
import type { IndicatorTemplate, Template } from "../src/templates/TemplateSchema";

/** A template of `n` indicators made by repeating 舟山 表2's real rows under new ids. */
export function syntheticTemplate(n: number): Template {
  const base = findTemplate("zhoushan-2021-2025") as IndicatorTemplate;
  const rows = Array.from({ length: n }, (_, i) => {
    const d = base.indicators[i % base.indicators.length]!;
    return { ...d, id: `syn-${i + 1}`, number: String(i + 1) };
  });
  const r = parseTemplate({ ...base, id: `synthetic-${n}`, title: `合成指标表（${n} 项）`, indicators: rows }, `synthetic-${n}`);
  if (!r.ok) throw new Error("synthetic template invalid");
  return r.template;
}
