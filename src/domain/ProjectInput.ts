import type { CellValue } from "./CellValue";

/** A project row: the plan's fields as written, and the return's inputs as cells. */
export interface ProjectInput {
  /** 总投资(亿元) as written */
  investment: string;
  /** 建设起止年限 as written */
  period: string;
  /** 责任单位 (editable in the return, so a missing one can be supplied) */
  unit: string;
  /** 累计完成投资(亿元) */
  completed: CellValue;
  /** 项目状态 */
  state: CellValue;
}

export const PROJECT_STATES = ["未开工", "在建", "已完工", "已撤并", "已转型"] as const;
export const REFORM_STATES = ["未启动", "推进中", "已完成"] as const;
