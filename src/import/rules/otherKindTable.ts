import type { LineRule } from "../LineRule";
import { isProjectHeader, isReformHeader } from "../header";

/** A project or reform table's header below the rows (项目名称 总投资 …): the indicator table ends here. */
export const otherKindTable: LineRule = (line, reading) => {
  if (!isProjectHeader(line.cells) && !isReformHeader(line.cells)) return "pass";
  reading.closeOpen();
  reading.report(line.at, "project-table", {});
  return "end";
};
