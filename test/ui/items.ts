import type { CheckItem } from "../../src/sheet/CheckReport";
import type { Status } from "../../src/domain/Status";

/** A CheckItem for the pure-logic tests. */
export function item(id: string, status: Status, more: Partial<CheckItem> = {}): CheckItem {
  return {
    kind: "indicator", template: "t", id, name: `指标${id}`, unit: "%", sheet: "表1", baseline: "50", target: "≥90",
    cells: { "2023": `K${id}` }, statusCell: `R${id}`, status, progress: 0.5, expected: 0.6, value: "70", issues: [], ...more,
  };
}
