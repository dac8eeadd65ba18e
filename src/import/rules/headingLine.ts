import type { LineRule } from "../LineRule";
import { joinCjk, squash } from "../text";
import { NUMBERED_HEADING } from "./numberedHeadings";

const HEADING = /^[一二三四五六七八九十]+\s*[、.．]\s*([\u3400-\u9fff\uf900-\ufaff][^，。；：:]{0,11})$|^[（(][一二三四五六七八九十]+[)）]\s*([\u3400-\u9fff\uf900-\ufaff][^，。；：:]{0,11})$/u;

/**
 * A row spanning the table that names the domain of the rows below it: `一、幼有善育`,
 * `（二）学有优教`. 序号 may start again under each heading. In a table whose rows carry no 序号,
 * a numbered section alone on its line (`1.空气质量`; numberedHeadings) is one too, read under the
 * domain above it (`生态环境质量` on its own line: 生态环境质量·空气质量), said once.
 */
export const headingLine: LineRule = (line, reading) => {
  const numbered = reading.numberedHeadings.has(line.at) ? NUMBERED_HEADING.exec(squash(line.first)) : null;
  if (numbered?.[1] !== undefined) {
    reading.closeOpen();
    if (reading.pending.length > 0) {
      reading.major = reading.pending.map((p) => p.text).join("");
      reading.pending = [];
    }
    const section = joinCjk(numbered[1]);
    const name = reading.major === "" ? section : `${reading.major}·${section}`;
    if (!reading.numberedHeadingReported) {
      reading.numberedHeadingReported = true;
      reading.report(line.at, "heading-numbered", { heading: line.first.trim(), domain: name });
    }
    reading.group = { name, rows: 0, fromCell: false };
    reading.headingAt = line.at;
    reading.lastNumber = null;
    reading.lastLine = line.at;
    return "taken";
  }
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
