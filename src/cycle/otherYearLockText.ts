import type { OtherYearLock } from "./applyLock";
import { lockFacts } from "./lockFacts";

/**
 * What `check`'s title and the pane's 校验 line say, once, of a lock record of another year
 * (applyLock's `otherYear`): `2023 年的锁定记录（2024-02-20，王审核）不适用于 2024 年，本年度未锁定` /
 * `the 2023 lock record (2024-02-20, by 王审核) does not apply to 2024: not locked for this year`.
 * The one wording of both, as lockFacts is of 已锁定.
 */
export function otherYearLockText(lock: OtherYearLock, lang: "zh" | "en"): string {
  const facts = lockFacts(lock, lang);
  return lang === "zh"
    ? `${lock.year} 年的锁定记录${facts}不适用于 ${lock.reportingYear} 年，本年度未锁定`
    : `the ${lock.year} lock record${facts} does not apply to ${lock.reportingYear}: not locked for this year`;
}
