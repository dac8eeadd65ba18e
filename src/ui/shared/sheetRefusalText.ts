import type { SheetRefusal } from "../../hosts/office/SheetRefusal";
import { t, type Lang, type MessageKey } from "./i18n";

type Layout = Extract<SheetRefusal, { reason: "layout_changed" }>["layout"];
const LAYOUT_KEY: Record<Layout, MessageKey> = { columns: "refused.columns", row_id: "refused.row_id", extra_id: "refused.extra_id" };
const REASON_KEY = { exists: "refused.exists", duplicate_in_plan: "refused.duplicate_in_plan", missing: "refused.missing" } as const satisfies Record<Exclude<SheetRefusal["reason"], "other_template" | "layout_changed">, MessageKey>;

/**
 * A sheet the Office host did not write (SheetRefusal), as one line in `lang` from the pane's zh and
 * en catalogues (`refused.*`): 工作表「汇总」已存在，未覆盖 / Sheet "汇总" already exists and was not overwritten.
 */
export function sheetRefusalText(r: SheetRefusal, lang: Lang): string {
  if (r.reason === "other_template") return t(lang, "refused.other_template", { sheet: r.sheet, found: r.found, planned: r.planned });
  if (r.reason === "layout_changed") return t(lang, LAYOUT_KEY[r.layout], { sheet: r.sheet, row: r.row });
  return t(lang, REASON_KEY[r.reason], { sheet: r.sheet });
}
