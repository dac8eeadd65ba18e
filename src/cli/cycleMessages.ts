/** The zh/en catalogue of the reporting-cycle commands' own lines (distribute, lock, diff; issue 18). */
export type CycleMessageCode = "lock_errors" | "lock_returned" | "lock_stale" | "lock_no_meta" | "lock_failed" | "lock_readback" | "locked" | "relocked" | "distributed";

type Params = Record<string, string | number>;
const v = (p: Params, k: string): string => String(p[k] ?? "");

const ZH: Record<CycleMessageCode, (p: Params) => string> = {
  lock_errors: (p) => `${v(p, "file")}：有 ${v(p, "n")} 处错误，未锁定；请先退回改正（第一处：${v(p, "first")}）`,
  lock_returned: (p) => `${v(p, "file")}：审核表中有 ${v(p, "n")} 条“退回修改”仍然有效，未锁定；请先复核或改正`,
  lock_stale: (p) => `${v(p, "file")}：审核表中有 ${v(p, "n")} 条结论因数值变化待复核，未锁定；请先运行 plan-returns review 并复核`,
  lock_no_meta: (p) => `${v(p, "file")}：未找到插件元数据`,
  lock_failed: (p) => `${v(p, "file")}：无法锁定（${v(p, "why")}）`,
  lock_readback: (p) => `${v(p, "file")}：锁定后读回与原文件不一致，已中止，原文件未改动`,
  locked: (p) => `已锁定 ${v(p, "file")}：${v(p, "n")} 个数值的指纹已记录，${v(p, "sheets")} 张表的填报单元格已保护（审核通过）`,
  relocked: (p) => `已重新锁定 ${v(p, "file")}：${v(p, "n")} 个数值的指纹已记录，${v(p, "sheets")} 张表的填报单元格已保护（审核通过）`,
  distributed: (p) => `已下发 ${v(p, "n")} 份（${v(p, "year")} 年度${p["deadline"] ? `，截止 ${v(p, "deadline")}` : ""}）`,
};

const EN: Record<CycleMessageCode, (p: Params) => string> = {
  lock_errors: (p) => `${v(p, "file")}: ${v(p, "n")} error(s), not locked; send it back to be corrected first (the first: ${v(p, "first")})`,
  lock_returned: (p) => `${v(p, "file")}: ${v(p, "n")} 退回修改 (send back) decision(s) on the review sheet still hold, not locked; review or correct first`,
  lock_stale: (p) => `${v(p, "file")}: ${v(p, "n")} review decision(s) were made on values changed since (待复核), not locked; run plan-returns review and decide again first`,
  lock_no_meta: (p) => `${v(p, "file")}: the add-in's metadata sheet is missing`,
  lock_failed: (p) => `${v(p, "file")}: cannot lock (${v(p, "why")})`,
  lock_readback: (p) => `${v(p, "file")}: the locked file did not read back as the original; stopped, the original is unchanged`,
  locked: (p) => `locked ${v(p, "file")}: the fingerprint of ${v(p, "n")} values is recorded and the input cells of ${v(p, "sheets")} sheets are protected (accepted)`,
  relocked: (p) => `locked ${v(p, "file")} again: the fingerprint of ${v(p, "n")} values is recorded and the input cells of ${v(p, "sheets")} sheets are protected (accepted)`,
  distributed: (p) => `distributed ${v(p, "n")} returns (${v(p, "year")}${p["deadline"] ? `, due ${v(p, "deadline")}` : ""})`,
};

/** One line of the cycle commands in Chinese or English. */
export function cycleMessage(code: CycleMessageCode, params: Params, lang: "zh" | "en" = "zh"): string {
  return (lang === "en" ? EN : ZH)[code](params);
}
