import { isHeaderLabel } from "../header";

// a run of single Chinese characters apart by spaces: `指  标  单  位` (two or more characters), after the line's start
// or a space (captured: no lookbehind, which Office 2019's webview cannot run)
const SPREAD = /(^|[ \u3000\t])([\u3400-\u9fff](?:[ \u3000]+[\u3400-\u9fff])+)(?=[ \u3000\t]|$)/gu;
/** The longest label a spread run is joined into, in characters (`指标名称`, `指标属性`). */
const LONGEST = 4;

/**
 * A header line whose labels a document spread out by spaces to fill their cells (`序号  指  标  单  位  2020年
 * 2025年  属  性`, as Word and PDF tables and 统计公报 set 指  标), each label's characters joined: a run of
 * single characters is cut, from its start, into the longest header labels it holds (header.ts isHeaderLabel:
 * `指 标 单 位` → 指标 单位, `指 标 名 称` → 指标名称), a character no label takes kept on its own. The line as
 * it is when it holds no such run. Else a paste without tabs splits `指  标` into two cells and finds no header.
 */
export function justifiedLabels(line: string): string {
  return line.replace(SPREAD, (_m, before: string, run: string) => {
    const chars = run.split(/[ \u3000]+/);
    const words: string[] = [];
    for (let i = 0; i < chars.length;) {
      let k = Math.min(LONGEST, chars.length - i);
      while (k > 1 && !isHeaderLabel(chars.slice(i, i + k).join(""))) k--;
      words.push(chars.slice(i, i + k).join(""));
      i += k;
    }
    return `${before}${words.join("  ")}`;
  });
}
