import { methodToVerifyByStatus, statusCountsText, toVerifyByStatus } from "../domain/statusCountsText";
import type { SummaryFigures } from "../sheet/summarize";
import type { Lang } from "./fileMessages";

/**
 * The totals by status `summary` prints, and the pane's 生成汇总 and 汇总所选文件 say, in `lang`: a count holding
 * values the report will not grade says how many (statusCountsText: 已达标 65（其中 15 项数值待核实）  符合序时进度 142 …),
 * as check's totals line does. No "\n".
 */
export function summaryTotalsLine(f: Pick<SummaryFigures, "totals" | "toVerify">, lang: Lang): string {
  const rows = (f.toVerify ?? []).map((x) => ({ status: x.status, ungraded: x.verify }));
  return statusCountsText(f.totals, toVerifyByStatus(rows), lang, methodToVerifyByStatus(rows));
}
