import type { LineRule } from "../LineRule";
import { dropTrailingEmpty, squash } from "../text";

/**
 * A piece of a domain name on a line of its own at the left edge (`幼儿` / `照护服务` above the
 * domain's first row): kept until the row it belongs to (TableReading.nextGroup joins them).
 */
export const domainFragment: LineRule = (line, reading) => {
  if (line.firstAt !== 0 || dropTrailingEmpty(line.cells.slice(1)).length > 0) return "pass";
  const t = squash(line.first);
  if (!(t.length > 0 && t.length <= 8 && /^[\u3400-\u9fff\uf900-\ufaff]+$/u.test(t))) return "pass";
  reading.pending.push({ text: t, at: line.at });
  reading.lastLine = line.at;
  return "taken";
};
