import * as z from "zod/mini";
import { en } from "zod/locales";
import { lagBandsProblem } from "../domain/LagBands";

/**
 * The schema of a template file (seeds/*.json, or one written by `plan-returns import`).
 * Every field a plan writes is kept as written (strings), so the checks can flag a plan's
 * own errors instead of hiding them; parsing happens in the domain. zod/mini keeps the
 * task pane small; the CLI loads English messages for it (src/cli/main.ts).
 */

// errors name what was expected (zod/mini ships without messages); set where the schemas load,
// which is on demand (parseTemplate), so a command that validates nothing never loads zod
z.config(en());

const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, "id: lower-case letters, digits and '-'"));
const Year = z.int().check(z.gte(2000, "a year from 2000 to 2100"), z.lte(2100, "a year from 2000 to 2100"));
const YearKey = z.string().check(z.regex(/^(20\d\d|2100)$/, "a year such as 2024"));

export const Attribute = z.enum(["约束性", "预期性"]);

/** An indicator's direction (evaluation-rules §3a). */
export const Direction = z.enum(["up", "down", "keep"]);

export const TargetKindSchema = z.enum([
  "floor", "ceiling", "cumulative", "approximate", "point", "none", "text", "compound",
]);

/** A value as written before and after a mid-term revision. */
const RevisedValue = z.object({ from: z.string(), to: z.string() });

/**
 * A target or baseline changed by a mid-term revision (domain/IndicatorRevision): written by
 * `rollover --from` on the template it stores in the new return, kept by later rollovers.
 */
export const IndicatorRevisionSchema = z.object({
  /** the reporting year of the first return on the revised plan */
  year: Year,
  target: z.optional(RevisedValue),
  baseline: z.optional(RevisedValue),
  /** the row's unit changed, its name the same (trial39e F2) */
  unit: z.optional(RevisedValue),
  /** the row was added by the revision (not in the plan before it): the report names it (trial35 M9) */
  added: z.optional(z.literal(true)),
  /** the row was removed by the revision: only on an entry of the template's `removed` list (trial35 M9) */
  removed: z.optional(z.literal(true)),
});

/**
 * An indicator a mid-term revision removed (domain/RemovedIndicator): its id and name in the plan before, and its
 * revisions, the last `{year, removed: true}`. Written by `rollover --from`, kept by later rollovers.
 */
export const RemovedIndicatorSchema = z.object({
  id: Id,
  name: z.string().check(z.minLength(1, "must not be empty")),
  revisions: z.array(IndicatorRevisionSchema).check(z.minLength(1, "at least one revision")),
});

export const IndicatorSchema = z.object({
  id: Id,
  domain: z.string().check(z.minLength(1, "must not be empty")),
  /** 序号 as written */
  number: z.string(),
  /** 指标名称 as written, unit in brackets included */
  name: z.string().check(z.minLength(1, "must not be empty")),
  /** sub-row label (学前段) or the part of a compound indicator */
  part: z.optional(z.string().check(z.minLength(1, "must not be empty"))),
  /** the unit as the plan gives it ("" when the name has none; the engine infers and warns) */
  unit: z.string(),
  attribute: z.optional(Attribute),
  /**
   * up (higher is better), down (lower is better) or keep (hold at least the target), set by a
   * person or the importer; absent: decided from the target, the name and the series
   * (evaluation-rules §3a). Kept on refresh.
   */
  direction: z.optional(Direction),
  /** 责任单位 where the plan names one (evaluation-rules §6: named beside a 预警) */
  responsibleUnit: z.optional(z.string()),
  /** 基期值 as written */
  baseline: z.string(),
  /** final target as written */
  target: z.optional(z.string()),
  /** year -> target as written, for tables with one target per year */
  yearlyTargets: z.optional(z.record(YearKey, z.string())),
  /** year -> a result the plan itself reports (舟山 表1 完成情况) */
  results: z.optional(z.record(YearKey, z.string())),
  /** the kind of the final target as a reader of the plan understands it (curated, checked by tests) */
  targetKind: TargetKindSchema,
  /** the row as it stands in the source text */
  source: z.string().check(z.minLength(1, "must not be empty")),
  /**
   * the row's note: a 备注 column's words and the importer's `累计：〔-0.7〕` / `年均增速：-0.3`, parts joined by `；`;
   * a part stating a fall (a negative 累计/年均 value, `调减0.7`) makes the row lower-is-better (evaluation-rules §3a rule 2a)
   */
  note: z.optional(z.string()),
  /**
   * the mid-term revisions of this row's target or baseline, oldest first (rollover --from writes
   * them; absent in a plan file and in returns made before this field: nothing revised)
   */
  revisions: z.optional(z.array(IndicatorRevisionSchema)),
});

/**
 * A project's or reform's 类别 as the plan names it (教育, 医疗, 养老, 住房, 文体, 便民 in 嵊泗's lists;
 * 产业项目, 基础设施 in others). Only shown in the sheet's 类别 column and grouped by in the summary's
 * 按类别 table (a string key), so any short name serves; a trial's list of 产业 / 基础设施 was refused.
 */
export const ProjectCategory = z.string().check(z.minLength(1, "must not be empty"), z.maxLength(20, "at most 20 characters"));

export const ProjectSchema = z.object({
  id: Id,
  number: z.string(),
  name: z.string().check(z.minLength(1, "must not be empty")),
  /** 建设内容和规模 */
  content: z.string(),
  /** 建设地点 */
  location: z.string(),
  /** 总投资(亿元) as written */
  investment: z.string(),
  /** 建设起止年限 as written: 2023-2024 or 2024 */
  period: z.string(),
  /** 责任单位 */
  unit: z.string(),
  /** 责任人 */
  person: z.string(),
  /** 备注 */
  remark: z.string(),
  category: ProjectCategory,
  source: z.string().check(z.minLength(1, "must not be empty")),
});

export const ReformSchema = z.object({
  id: Id,
  number: z.string(),
  name: z.string().check(z.minLength(1, "must not be empty")),
  /** 改革目标 */
  goal: z.string(),
  /** 改革任务 */
  tasks: z.string(),
  /** 完成时限 as written (2023年, 2024年6月): a reform not 已完成 by it is 逾期 (evaluation-rules §5, our reading); absent: no time node */
  deadline: z.optional(z.string()),
  /** 牵头单位 */
  leadUnit: z.string(),
  /** 责任人 */
  person: z.string(),
  /** 参与单位 */
  participants: z.string(),
  category: ProjectCategory,
  source: z.string().check(z.minLength(1, "must not be empty")),
});

const Common = {
  schemaVersion: z.literal(1),
  id: Id,
  title: z.string().check(z.minLength(1, "must not be empty")),
  /** the place the plan is for (地区): "" when the plan's table names none (import leaves it blank rather than print a stand-in word) */
  region: z.string(),
  source: z.object({ document: z.string().check(z.minLength(1, "must not be empty")), table: z.string().check(z.minLength(1, "must not be empty")) }),
  baselineYear: Year,
  targetYear: Year,
  /** the importer's own notes (a region taken from the title, a column not loaded); a seed's curated notes */
  notes: z.array(z.string()),
  /**
   * the plan's own notes below its table (表注: `注：①PM2.5浓度为年均值；…`, `②〔〕内为五年累计数。`), one a
   * line as the plan writes it (import's noteLine); shown on every return's cover under 规划表注 (coverSheet).
   * Optional: a template without it (the seeds, a file made before it) reads as before, with no 规划表注
   */
  planNotes: z.optional(z.array(z.string().check(z.minLength(1, "must not be empty")))),
};

/**
 * An office's own 亮灯 bands (the project's evaluation-rules §7): `share` in percent of 序时进度
 * (default 100 and 50), or `points` below it (银川: 10 and 30). Checked by lagBandsProblem.
 */
export const LagBandsSchema = z.object({
  form: z.enum(["share", "points"]),
  lagging: z.number(),
  severe: z.number(),
}).check(z.refine((b) => lagBandsProblem(b) === null, "bands: numbers from 0 to 100, 严重滞后 no nearer to 序时进度 than 滞后"));

export const IndicatorTemplateSchema = z.object({
  ...Common,
  kind: z.literal("indicators"),
  /** the office's 滞后 / 严重滞后 bands; absent: the rules' own (s and s/2) */
  bands: z.optional(LagBandsSchema),
  /** years that carry their own target (empty when only the final target is given) */
  yearlyTargetYears: z.array(Year),
  indicators: z.array(IndicatorSchema).check(z.minLength(1, "at least one indicator")),
  /**
   * the indicators mid-term revisions removed, oldest first (rollover --from writes them; absent in a plan file and in
   * returns made before this field: nothing removed). An older reader drops the field (zod strips unknown keys)
   */
  removed: z.optional(z.array(RemovedIndicatorSchema)),
});

export const ProjectTemplateSchema = z.object({
  ...Common,
  kind: z.literal("projects"),
  projects: z.array(ProjectSchema).check(z.minLength(1, "at least one project")),
});

export const ReformTemplateSchema = z.object({
  ...Common,
  kind: z.literal("reforms"),
  reforms: z.array(ReformSchema).check(z.minLength(1, "at least one reform")),
});

export const TemplateSchema = z.discriminatedUnion("kind", [
  IndicatorTemplateSchema, ProjectTemplateSchema, ReformTemplateSchema,
]);

export type Template = z.infer<typeof TemplateSchema>;
export type IndicatorTemplate = z.infer<typeof IndicatorTemplateSchema>;
export type ProjectTemplate = z.infer<typeof ProjectTemplateSchema>;
export type ReformTemplate = z.infer<typeof ReformTemplateSchema>;
export type IndicatorDef = z.infer<typeof IndicatorSchema>;
export type ProjectDef = z.infer<typeof ProjectSchema>;
export type ReformDef = z.infer<typeof ReformSchema>;
