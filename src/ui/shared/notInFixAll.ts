import type { Fix } from "./Fix";
import { t, type Lang, type MessageKey } from "./i18n";

const WHY = { scale: "check.notInFixAll.scale", approximate: "check.notInFixAll.approximate", far: "check.notInFixAll.far" } as const satisfies Record<NonNullable<Fix["guess"]>, MessageKey>;

/**
 * What a flag's 应用 says when its fix is left out of 全部修正 (a guess, Fix.guess: buildFixes), and why:
 * `不在“全部修正”中，需逐项确认：数值与规划相差较大，疑似多填或少填了一位`; "" for a format fix, which 全部修正 covers.
 * trial32p: 全部修正 covered 1 cell and 「１２．５」 (full-width, far from the plan) was left out without a word,
 * though the guide says full-width digits are fixed by it.
 */
export function notInFixAll(fix: Pick<Fix, "guess">, lang: Lang): string {
  return fix.guess ? t(lang, "check.notInFixAll", { why: t(lang, WHY[fix.guess]) }) : "";
}
