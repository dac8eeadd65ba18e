import zhoushan2016 from "../../seeds/zhoushan-2016-2020.json";
import zhoushan2021 from "../../seeds/zhoushan-2021-2025.json";
import quzhou2021 from "../../seeds/quzhou-2021-2025.json";
import shengsi2023 from "../../seeds/shengsi-2023-2027.json";
import shengsiProjects from "../../seeds/shengsi-2024-projects.json";
import shengsiReforms from "../../seeds/shengsi-2024-reforms.json";
import quzhouHousing from "../../seeds/quzhou-2021-2025-housing-projects.json";
import { formatTemplateProblems, parseTemplate } from "./parseTemplate";
import type { Template } from "./TemplateSchema";

// Bundled statically so the CLI and the task pane need no file system or network.
const SEEDS: Array<[string, unknown]> = [
  ["seeds/zhoushan-2016-2020.json", zhoushan2016],
  ["seeds/zhoushan-2021-2025.json", zhoushan2021],
  ["seeds/quzhou-2021-2025.json", quzhou2021],
  ["seeds/shengsi-2023-2027.json", shengsi2023],
  ["seeds/shengsi-2024-projects.json", shengsiProjects],
  ["seeds/shengsi-2024-reforms.json", shengsiReforms],
  ["seeds/quzhou-2021-2025-housing-projects.json", quzhouHousing],
];

let cache: Template[] | null = null;

/** The seven seed templates, validated once. A seed that fails its schema is a build bug. */
export function catalog(): Template[] {
  if (cache) return cache;
  cache = SEEDS.map(([file, data]) => {
    const r = parseTemplate(data, file);
    if (!r.ok) throw new Error(formatTemplateProblems(r));
    return r.template;
  });
  return cache;
}

export function findTemplate(id: string): Template | undefined {
  return catalog().find((t) => t.id === id);
}
