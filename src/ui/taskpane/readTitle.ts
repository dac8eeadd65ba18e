import { PLACEHOLDER_NAMES } from "../../import/placeholderNames";
import type { Template } from "../../templates/TemplateSchema";
import { t, type Lang, type MessageKey } from "../shared/i18n";
import { tableTitleRead } from "./tableTitleRead";

/** The catalogue's words for the importer's made-up title, by what was read (PLACEHOLDER_NAMES title, listTitle). */
const UNTITLED: Record<Template["kind"], MessageKey> = { indicators: "import.untitled", projects: "import.untitledProjects", reforms: "import.untitledReforms" };

/**
 * `region · title` of what the pane's 导入 read; the importer's stand-ins (no region or title in the table,
 * import/placeholderNames) in the pane's language: an indicator table's and a project or reform list's alike
 * (a list without a title showed 导入的项目清单（2023—2024年） in the English pane).
 */
export function readTitle(lang: Lang, x: Pick<Template, "kind" | "region" | "title" | "baselineYear" | "targetYear">): string {
  const region = x.region === PLACEHOLDER_NAMES.region ? t(lang, "import.noRegion") : x.region;
  const title = tableTitleRead(x) || t(lang, UNTITLED[x.kind], { from: x.baselineYear, to: x.targetYear });
  return `${region} · ${title}`;
}
