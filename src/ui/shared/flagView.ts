import { STATUS_CODES, type Status } from "../../domain/Status";
import { node } from "./dom";
import { statusLabel, t, type Lang } from "./i18n";

/** The status chips with their counts, in STATUS_CODES order (the pane and the result dialog). */
export function statusChips(lang: Lang, count: (s: Status, i: number) => number): HTMLSpanElement[] {
  return STATUS_CODES.map((s, i) => {
    const c = node("span", `count status-${s}`);
    c.dataset.status = s;
    c.append(node("span", "count-label", statusLabel(lang, s)), " ", node("span", "count-value", String(count(s, i))));
    return c;
  });
}

/** A flag's first line: its status badge, 逾期 for a project past its end year, 约束性 / 预期性 when the row has one, and its name. */
export function flagHead(lang: Lang, status: Status, attribute: string | undefined, name: string, overdue = false): HTMLDivElement {
  const head = node("div", "flag-head");
  head.append(node("span", `flag-badge status-${status}`, statusLabel(lang, status)));
  // 严重滞后（逾期）, as check's table and the summary mark it (markedStatus)
  if (overdue) head.append(node("span", "flag-attr", t(lang, "flag.overdue")));
  if (attribute) head.append(node("span", "flag-attr", attribute === "约束性" ? t(lang, "flag.binding") : t(lang, "flag.expectedAttr")));
  head.append(node("span", "flag-name", name));
  return head;
}
