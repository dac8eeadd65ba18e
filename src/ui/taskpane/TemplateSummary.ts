import type { Template } from "../../templates/TemplateSchema";

/** What the pane's template list shows of a template before the catalog loads (webpack's catalog?index). */
export type TemplateSummary = Pick<Template, "id" | "kind" | "region" | "title" | "baselineYear" | "targetYear">;
