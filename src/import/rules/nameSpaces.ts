import { detectUnit } from "../../domain/Unit";
import type { ColumnRule } from "../ColumnRule";
import { HAN, joinCjk } from "../text";

// a name whose every character stands apart (`工 业`, `建 筑 业`): spread out to fill its cell (rules/justifiedNames), not wrapped
const SPREAD = new RegExp(`^${HAN.source}(?:[\\s\\u3000]+${HAN.source})+$`, "u");

/**
 * Spaces a pasted line wrap left inside a name between two Chinese characters (`农产品质量安全例行监测合格 率(%)`,
 * `…综合功能 的养老服务机构覆盖率(%)`, trial29a): taken out, as a value's are (TableReading.setValues, joinCjk),
 * so the reports quote the name as the plan writes it; a space beside a Latin word or a figure stays
 * (`PM2.5 年均浓度`, `GDP 增长`). The part of an indicator is read the same way. Said (`name-spaces`, to check; a name
 * whose every character stands apart, `工 业`, as `name-justified`: a document spread it out, no line wrapped it).
 */
export const nameSpaces: ColumnRule = (d) => {
  const joined = joinCjk(d.name);
  if (joined !== d.name) {
    d.report(SPREAD.test(d.name) ? "name-justified" : "name-spaces", { name: d.name, joined });
    d.name = joined;
    d.detected = detectUnit(joined);
  }
  const part = d.row.part;
  if (part !== undefined && joinCjk(part) !== part) {
    d.report("name-spaces", { name: part, joined: joinCjk(part) });
    d.row.part = joinCjk(part);
  }
};
