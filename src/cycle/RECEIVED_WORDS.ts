import { englishCount } from "../domain/englishCount";
import type { UnitFacts } from "./UnitFacts";

type Received = Pick<UnitFacts, "received" | "receivedFrom" | "receivedTyped" | "receivedAside" | "late">;

/**
 * How a counted return's received date is said (receivedDate, trial37b F8, trial38b F1): `shown` the 报送台账 sheet's 收到日期
 * cell (2024-02-09, 2024-02-09（文件保存日期）, 不晚于 2024-02-05（审核记录）, 不明…, with 逾期 N 天 when late), `late` the words of
 * lateness alone, `why` why there is no date (the terminal's 收到日期不明 line names it beside the unit). Below the CLI, so
 * the ledger sheet (Chinese) and the CLI's catalogue (zh and en) share one wording. `shown` is "" for a unit with no return counted.
 */
export const RECEIVED_WORDS = {
  zh: {
    late: (n: number): string => `逾期 ${n} 天`,
    unread: (typed: string): string => `「${typed}」不是完整日期`,
    why(f: Received): string {
      if (f.receivedFrom === "unread") return this.unread(f.receivedTyped ?? "");
      const a = f.receivedAside;
      if (!a) return "文件未记保存时间";
      return a.because === "after_review" ? `文件保存于 ${a.saved}，在审核之后` : `文件保存于 ${a.saved}，晚于汇总基准日 ${a.on}`;
    },
    shown(f: Received): string {
      if (f.receivedFrom === "unknown") return `不明（${this.why(f)}）`;
      if (f.receivedFrom === "unread") return this.why(f);
      if (!f.received) return "";
      // the review or lock records show it was there by then, on or before the deadline: on time, the day not known
      if (f.receivedFrom === "review") return `不晚于 ${f.received}（审核记录）`;
      return `${f.received}${f.receivedFrom === "saved" ? "（文件保存日期）" : ""}${f.late ? ` ${this.late(f.late)}` : ""}`;
    },
  },
  en: {
    late: (n: number): string => `${englishCount(n, "day")} late`,
    unread: (typed: string): string => `"${typed}" is not a full date`,
    why(f: Received): string {
      if (f.receivedFrom === "unread") return this.unread(f.receivedTyped ?? "");
      const a = f.receivedAside;
      if (!a) return "the workbook records no save time";
      return a.because === "after_review" ? `the workbook was saved on ${a.saved}, after its review` : `the workbook was saved on ${a.saved}, after the as-of date ${a.on}`;
    },
    shown(f: Received): string {
      if (f.receivedFrom === "unknown") return `not known (${this.why(f)})`;
      if (f.receivedFrom === "unread") return this.why(f);
      if (!f.received) return "";
      if (f.receivedFrom === "review") return `no later than ${f.received} (review records)`;
      return `${f.received}${f.receivedFrom === "saved" ? " (the workbook's save date)" : ""}${f.late ? `, ${this.late(f.late)}` : ""}`;
    },
  },
};
