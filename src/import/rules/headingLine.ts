import type { LineRule } from "../LineRule";
import { joinCjk } from "../text";

const HEADING = /^[一二三四五六七八九十]+\s*[、.．]\s*([\u3400-\u9fff\uf900-\ufaff][^，。；：:]{0,11})$|^[（(][一二三四五六七八九十]+[)）]\s*([\u3400-\u9fff\uf900-\ufaff][^，。；：:]{0,11})$/u;

/**
 * A row spanning the table that names the domain of the rows below it: `一、幼有善育`,
 * `（二）学有优教`. 序号 may start again under each heading.
 */
export const headingLine: LineRule = (line, reading) => {
  const heading = line.filled.length === 1 && line.firstAt === 0 ? HEADING.exec(line.first) : null;
  if (!heading) return "pass";
  reading.closeOpen();
  const name = joinCjk(heading[1] ?? heading[2] ?? "").replace(/\s+/g, "");
  reading.group = { name, rows: 0, fromCell: false };
  reading.headingAt = line.at;
  reading.lastNumber = null;
  reading.lastLine = line.at;
  return "taken";
};
