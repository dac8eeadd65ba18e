import { englishCount } from "../domain/englishCount";
import type { UnitFacts } from "./UnitFacts";

type Received = Pick<UnitFacts, "received" | "receivedFrom" | "receivedTyped" | "late">;

/**
 * How a counted return's received date is said (receivedDate, trial37b F8): `shown` the 报送台账 sheet's 收到日期 cell
 * and the terminal's (2024-02-09, 2024-02-09（文件保存日期）, 不明…, with 逾期 N 天 when late), `late` the words of lateness
 * alone. Below the CLI, so the ledger sheet (Chinese) and the CLI's catalogue (zh and en) share one wording.
 * `shown` is "" for a unit with no return counted.
 */
export const RECEIVED_WORDS = {
  zh: {
    late: (n: number): string => `逾期 ${n} 天`,
    unknown: "不明（文件未记保存时间）",
    unread: (typed: string): string => `「${typed}」不是完整日期`,
    shown(f: Received): string {
      if (f.receivedFrom === "unknown") return this.unknown;
      if (f.receivedFrom === "unread") return this.unread(f.receivedTyped ?? "");
      if (!f.received) return "";
      return `${f.received}${f.receivedFrom === "saved" ? "（文件保存日期）" : ""}${f.late ? ` ${this.late(f.late)}` : ""}`;
    },
  },
  en: {
    late: (n: number): string => `${englishCount(n, "day")} late`,
    unknown: "not known (the workbook records no save time)",
    unread: (typed: string): string => `"${typed}" is not a full date`,
    shown(f: Received): string {
      if (f.receivedFrom === "unknown") return this.unknown;
      if (f.receivedFrom === "unread") return this.unread(f.receivedTyped ?? "");
      if (!f.received) return "";
      return `${f.received}${f.receivedFrom === "saved" ? " (the workbook's save date)" : ""}${f.late ? `, ${this.late(f.late)}` : ""}`;
    },
  },
};
