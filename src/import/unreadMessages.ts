import type { RemarkKind } from "../domain/targetRemark";
import { nestedQuotes } from "../domain/nestedQuotes";
import { englishCount } from "../domain/englishCount";
import { rangeText } from "../domain/rangeText";
import { ENGLISH_TERMS } from "../domain/ENGLISH_TERMS";
import { EMPTY_CELL } from "../domain/quotedValue";
import { describeColumn, type Column } from "./header";
import type { UnalignedWhy } from "./rules/spacedColumns";
import { fromPane, PASTED, type TableSource } from "./TableSource";
import { showCells } from "./text";
import { DIRECTION_LABELS } from "../domain/DIRECTION_LABELS";

/**
 * What the importer says about a line, as coded data (issue 15: nothing silent), and the one home
 * of its text in Chinese and English. The rules report a code and its parameters; the text is made
 * here, when the line is shown (CLI `formatUnread`, the pane's preview).
 *
 * Each code has one effect: `not-loaded` (something of the line is left out of the template; the
 * text ends in 未载入 / not loaded) or `to-check` (loaded with a change a person should check:
 * joined, split, guessed; the text ends in 已载入，请核对 / to check).
 */
export interface UnreadParams {
  /** traditional characters read as simplified (rules/traditional.ts) */
  traditional: { count: number };
  /** sub- or superscripts written as markup (`PM _{2.5} `) read as text (rules/scriptMarkup.ts); `example`: the first line so read */
  "script-markup": { count: number; example: string };
  /** a header broken over lines by a web page's copy, joined (rules/headerBreaks.ts); `lines`: 1-based */
  "header-joined": { lines: readonly number[]; header: string };
  /** a table copied one cell per line, its cells made into rows of the header's `columns` (rules/cellPerLine.ts) */
  "cell-per-line": { columns: number; rows: number };
  /** the title broken over lines, joined before the plan period is looked for (rules/titleLines.ts) */
  "title-joined": { lines: number; title: string };
  /**
   * lines broken inside cells joined into a row; `from`, `to`: its first and last row (the source's rows,
   * TableSource; the same row when the text came from a sheet or a document's table); `source`: what the text was made from
   */
  "cell-breaks": { from: number; to: number; parts: readonly string[]; source: TableSource["kind"] };
  /**
   * a web page's table whose merged cells (the categories under 指标) were copied on their first row only:
   * the header's name label given `categories` columns, `rows` rows lined up from the right (rules/spannedRows.ts);
   * `headerBlanks`: blank cells the copied header had after 指标, read as those columns (0: none)
   */
  "spanned-rows": { rows: number; categories: number; headerBlanks: number };
  /** a category written down the left edge one character per line (rules/edgeCategory.ts) */
  "edge-category": { rows: number; word: string };
  "column-unknown": { label: string };
  "column-weight": { label: string };
  /** a target column beyond the plan (`2035年远景目标`); `targetYear`: the plan's target year */
  "column-vision": { label: string; targetYear: number };
  /** a target column of the baseline year or before (`2025年计划` beside `2025年预计完成 | 2026年计划`): last year's plan, `baselineYear` this plan's baseline year */
  "column-past-target": { label: string; baselineYear: number; targetYear: number };
  /** result columns (`2024年实际`, `2025年完成`) other than the baseline kept as the template's results (year → value), `years` theirs */
  "column-results": { labels: readonly string[]; years: readonly number[]; baselineYear: number };
  /** the only target column is a vision one (`2035年远景目标`), kept as the target; `planEnd`: the plan's end the title names (null when none) */
  "target-vision-only": { label: string; baselineYear: number; targetYear: number; planEnd: number | null };
  /**
   * several target years (Header.targetChoice): `taken` (of `targetYear`) the plan's target, the `earlier`
   * columns (of `years`) kept as yearly targets, the `later` ones left out; `chosen`: taken as import --target-year named
   */
  "target-choice": { taken: string; targetYear: number; earlier: readonly string[]; years: readonly number[]; later: readonly string[]; chosen: boolean; baselineYear?: number };
  /** a table without a baseline column (only `2020年目标值`): its baseline year taken from the title's period (十三五: 2015) */
  "years-from-title": { baselineYear: number; targetYear: number };
  /**
   * the baseline taken from the first of bare year columns (`label`, `baselineYear`) with no period in the title nor
   * given, where a later column (`planBase`, five years before `targetYear`) is the base a five-year plan would have
   * (startReading: firstYearBaseline)
   */
  "baseline-first-year": { label: string; baselineYear: number; targetYear: number; planBase: number };
  /**
   * the baseline taken from the first of bare year columns (`label`, `baselineYear`; no 基期/现状/基准 in the header), the
   * later year columns targets, where baseline-first-year has nothing to say: which column was taken, so a table of
   * yearly targets is not measured from a target unseen; `targetTable` where the title reads as one (目标分解表, 年度目标:
   * TARGET_TABLE), with how to mark the first year (trial47c F3)
   */
  "baseline-year-column": { label: string; baselineYear: number; title: string; targetTable: boolean };
  /**
   * a table without a baseline year whose title (or target column) names one year's plan (`2024年…预期目标`): its baseline year the year before;
   * `baselineLabel`: the baseline column without a year (`上年执行情况`, trial43a F2), "" when the table has none (its baselines empty)
   */
  "yearly-plan": { baselineYear: number; targetYear: number; targetFromTitle: boolean; baselineLabel: string };
  /** rows whose columns were separated by single spaces, lined up with the header's `columns` (rules/spacedColumns.ts) */
  "spaced-columns": { rows: number; columns: number; categories?: true };
  /**
   * a row separated by spaces that could not be lined up with the header's `columns` (`labels`: them, ` | ` between);
   * `noAttribute`: none of its words is a 属性 word though the header has the column (rules/spacedColumns.ts)
   */
  "spaced-unaligned": { why: UnalignedWhy; columns: number; labels: string; noAttribute?: true };
  "name-only": Record<string, never>;
  "attribute-empty": Record<string, never>;
  /** `mark`: the cell is a mark (`▲`) that no note below the table explains */
  "attribute-unknown": { value: string; mark?: boolean };
  /** a mark in the 属性 column read by the note below the table (rules/attributeColumn); said once for the table */
  "attribute-mark": { mark: string; attribute: "约束性" | "预期性"; note: string };
  /** a table with no 属性 column whose 备注 column (`label`) holds an attribute word (`value`): read as the attribute, said once (rules/attributeColumn) */
  "attribute-in-note": { value: string; label: string };
  "row-shifted": { value: string; column: Column };
  /**
   * a row one cell short whose 属性 word `value` fell in `column`, the one before 属性: read from the right,
   * `column` taken as blank (a web copy of a table with merged cells leaves out an empty cell; TableReading.setValues)
   */
  "attribute-early": { value: string; column: Column };
  "one-cell": { value: string; columns: readonly Column[] };
  /** `spaced`: the row's cells were separated by spaces (no tabs), where an empty cell is lost: the line says to use tabs */
  "cell-count": { found: number; columns: readonly Column[]; spaced?: true };
  /**
   * a spaced row one cell short whose name ends in its unit (`（%）`) and whose cell under 单位 is no unit: the
   * empty 单位 cell lost in the spaces, read as blank, the unit taken from the name (TableReading.setValues); `columns`: the header's count
   */
  "unit-from-name": { unit: string; columns: number; tail?: number };
  /**
   * a spaced row one cell short whose name gives no unit and whose cell under 单位 is no unit (`79`, `AAA级`, `/`):
   * the empty 单位 cell lost in the spaces, read as blank (TableReading.setValues, trial34); `value`: that cell, `columns`: the header's count
   */
  "unit-left-blank": { value: string; columns: number; tail?: number };
  "cjk-spaces": { value: string; joined: string; column: Column };
  "value-empty": { column: Column };
  "number-only": { number: string };
  /** `headerLine`: 1-based line of the table's own header */
  "other-table": { headerLine: number };
  "project-table": Record<string, never>;
  "number-glued": { cell: string; number: string; name: string };
  "number-gap": { number: string; last: string };
  /** rows with one cell more before the name than the header: the name label spans a sub-category column (`1.空气质量`) */
  "name-span": { category: string; name: string };
  /**
   * a numbered sub-group without a unit (`1.空气质量`, rules/numberedGroup.ts) read as a category, the rows under it
   * indicators numbered from it (`number`.1, .2 …); said once per table. `group`: the cell as written, `name` without its number
   */
  "group-category": { group: string; name: string; number: string };
  /** a numbered sub-group with a unit (`5.主要污染物排放总量减少（%）`) read as one indicator, the rows under it its parts (`part`: the first) */
  "group-parts": { group: string; number: string; name: string; part: string };
  /** a row without any value over 其中 or part rows (its 属性 merged down over them) is their parent, not an indicator of its own; `part`: the first part */
  "parts-parent": { name: string; number: string; part: string };
  /** a name cell with its parts written after 其中 (`…(%)其中:小学`, `…其中：小学/初中`, `…其中：`): `name` the parent's, `parts` those read (rules/partsWord) */
  "name-parts": { cell: string; name: string; parts: readonly string[] };
  /**
   * 其中 or part rows' 属性 cells empty (merged down from the parent's): the row above's taken; said once per table,
   * naming the rows (`lines`, 1-based as UnreadLine.line) and the `values` taken (distinct); `spaced`: the rows were
   * separated by spaces and lined up without their 属性 (a PDF's copy gives the merged cell on the line above only)
   */
  "attribute-merged": { values: readonly string[]; lines: readonly number[]; spaced?: true };
  "number-heading": { number: string; name: string };
  /** a numbered section alone on its line over rows without 序号 (`1.空气质量`), read as the domain `domain` */
  "heading-numbered": { heading: string; domain: string };
  /** `rowLine`: 1-based line of the row the piece was joined to; `values`: the values came from this line */
  "name-joined": { piece: string; rowLine: number; number: string; values: boolean };
  /** `more`: table rows follow, so reading went on */
  "not-a-row": { more: boolean };
  "table-end": { left: number };
  "sub-row": { text: string; number: string; part: string };
  /**
   * a row without 序号 after the parts of `parent` in a table without 序号, its name reading as an indicator's
   * (a unit, or an ending such as 率): read as an indicator of its own (rules/partRow.ts)
   */
  "part-run-end": { name: string; parent: string };
  /** a group (`人力资源水平`) whose cell after the name holds its indicators (rules/subIndicator.ts): each loaded as the part `part`… of `name` */
  "sub-indicators": { name: string; number: string; part: string };
  /**
   * a row without a 序号 no rule could place; `numberColumn`: the header has a 序号 column (else the other rows carry
   * theirs before the name); `cells`, `width`: the row's cells (trailing blanks left out) and the header's (trial43a F1:
   * a row one cell short of the header was told only to add a 序号)
   */
  "no-number": { numberColumn: boolean; cells: number; width: number };
  "heading-empty": { heading: string };
  "domain-alone": { text: string };
  /** `lines`: 1-based lines the domain's pieces stood on */
  "domain-joined": { lines: readonly number[]; joined: string };
  /**
   * a section row of its own (`lines`: 1-based, `生态环境质量`) over a domain cell (`空气质量`): the level above it, the
   * domain read as `joined` (生态环境质量·空气质量) and so on for the domain cells below until the next section (TableReading.nextGroup)
   */
  "domain-section": { lines: readonly number[]; section: string; domain: string; joined: string };
  /**
   * a row's name in a cell spanning the header's name label and the `blanks` blank cells after it, as the label does
   * (`7.国家重点保护野生动植物保护率（%） | | -`, trial45a F1): those cells are no column; said once per table
   */
  "name-merged": { name: string; blanks: number };
  "domain-page-break": { domain: string; before: string; joined: string };
  /** two short domains, the first of one row, joined in a spaced paste (TableReading.nextGroup) */
  "domain-wrapped": { domain: string; before: string; joined: string };
  /** a line holding the wrapped ends of the row above's 类别 and name (rules/categoryAndNameTail): `before` as they were */
  "category-name-wrapped": { rowLine: number; category: string; name: string; before: { category: string; name: string } };
  "compound-split": { value: string; inTarget: boolean; by: string; parts: readonly string[] };
  /** `target`: the target cell as written ("" when empty, else a dash such as “—”) */
  "target-from-cumulative": { cumulative: string; written: string; target: string };
  /**
   * the row's footnote (`note`, as kept in its note) calls its figures five-year totals (`②减排量为五年累计值`):
   * the target (`target`, as written) loaded as the cumulative `written` (`〔0.52〕`), or kept as written
   * (`written` null) where it is no number or floor to total (rules/cumulativeFootnote)
   */
  "target-cumulative-note": { target: string; written: string | null; note: string };
  /** `annual`: the 累计 column is a `年均/累计` one and the value is bare, a yearly average; the column's word for it (`年均增长`) */
  /**
   * `roundTotal`: the value is a total in round brackets (`(6)`), the target less the `baseline`, in the column `label` naming 累计 (rules/cumulativeTarget roundTotal);
   * `differs`: a total in 〔〕 that is not the change (rules/cumulativeTarget planChange), the numbers of the `target` and `baseline`, their `change` and the `total`.
   * A total in 〔〕 that is the change is not said.
   */
  "target-and-cumulative": { target: string; cumulative: string; annual?: string; roundTotal?: { baseline: string; label: string }; differs?: { target: string; baseline: string; change: string; total: string } };
  /** an empty target taken from a yearly plan's growth column (`增长%`): the row is the growth rate `name` (unit %), its amount baseline in `unit` (`baseline`, "" when none) left out (rules/growthTarget.ts) */
  /** `of`: the target column the growth column follows, where the header has several growth columns ("" otherwise) */
  "target-from-growth": { label: string; growth: string; name: string; unit: string; baseline: string; of?: string };
  /** an amount target with a growth beside it: the target kept, the growth in the note */
  "target-and-growth": { target: string; growth: string; label: string; of?: string };
  /** a growth column (`label`) after another year's column (`of`, its `year`; an annual plan's `2023年预计完成 | 增长%`): that year's growth, not the target (rules/growthTarget) */
  "column-growth-other": { label: string; of: string; year: number | null; targetYear: number; taken: string };
  /** no target, while a column not read (`label`) holds `value` on the row (rules/targetInUnreadColumn.ts) */
  "target-in-unread-column": { label: string; value: string };
  /** an empty target and a bare value in a `年均/累计` column (`label`): a yearly average, the target as written */
  /** `words`: the value is a target in words (parseTarget's text), neither a yearly average nor a total */
  "target-from-annual": { value: string; label: string; target: string; words: boolean; rate?: { name: string; unit: string; baseline: string } };
  /** a baseline in words (`正增长`, `全覆盖`): kept as written, no trajectory (rules/wordsBaseline) */
  "baseline-words": { value: string };
  /** a baseline written as a bound or 左右 (`＞85`, `70左右`): measured from its number `read` (rules/wordsBaseline) */
  "baseline-bound": { value: string; read: string };
  /** a baseline with a remark in brackets that leaves its number (`41.8（2019年）`: domain/targetRemark): measured from `read` */
  "baseline-remark": { value: string; read: string; remark: string; kind: RemarkKind };
  /** a target written as no target (`—`) on a row with no yearly target either: 不适用 every year (rules/noTarget) */
  "target-none": { target: string };
  /** no operator or name word tells the direction, and the target (its last number) is below the baseline: read lower-is-better (§3a rule 4) */
  "direction-from-series": { baseline: string; target: string };
  /** rows (`序号 名称`) whose direction only their numbers tell: up, target above baseline (buildIndicators) */
  "direction-series-up": { rows: readonly string[] };
  /**
   * the rows (`序号 名称`) with a numeric target and no baseline value (empty, `—`): no 序时进度 can be computed, so each
   * year below the target is judged 滞后 and asks for a 说明 (evaluation-rules.md §3 "no baseline"); said once for the
   * table, to fill the `baselineYear` values before the template is distributed (trial40b F9)
   */
  "baseline-missing": { rows: readonly string[]; baselineYear: number };
  /** a name's rise word (`增长`) against a target below the baseline: read keep (seriesDirection) */
  "direction-name-keep": { word: string; baseline: string; target: string };
  /** a fall over the period with no baseline and a bare target: five-year total or level? (bareReduction) */
  "target-bare-reduction": { target: string; written: string };
  /** the plan's stated fall in the row's note (`累计 〔-0.7〕`, `调减0.7`: `change`, as indicatorDirection gives it) sets the direction down (§3a rule 2a, our reading); `target`: the value it comes to */
  "direction-from-change": { change: string; target: string };
  /**
   * a negative baseline or target (`which`, as written: `baseline`, `target`) in a unit otherwise never below 0
   * (`unit`): the row takes negative values (unitBounds, §2 our reading, trial35 TP1); `direction` the one read
   * (null: none), `guessed` read from the numbers alone
   */
  "plan-negative": { baseline: string; target: string; which: "baseline" | "target"; unit: string; direction: "up" | "down" | "keep" | null; guessed: boolean };
  "unit-from-value": { unit: string };
  /** no unit in the 单位 cell, the name or the values, and none the name's ending tells (rules/noUnit): left blank, which check takes for numbers only and says as information (unit_unknown, info) */
  "unit-none": { name: string };
  /**
   * no unit in the 单位 cell, the name or the values, and one read from the name's ending (detectUnit: 森林覆盖率 → %,
   * 婴儿死亡率 → ‰): left blank, so check reads that unit and says so (unit_inferred); said here, where the manager can
   * still write it (trial44a F1: a 婴儿死亡率 read as % was said by check alone, after the returns were sent)
   */
  "unit-inferred": { name: string; unit: string };
  /** a mark after the name (`*`, `★`, `[1]`, `①`) taken off; `attribute`: what the notes say the mark means (约束性 or 预期性; null when they say nothing, rules/attributeNote); `footnote`: the note it points to, kept in the indicator's note ("" when none) */
  /** `inside`: the mark stood inside the name (`城市²空气质量`), not after it */
  "name-mark": { mark: string; name: string; attribute: "约束性" | "预期性" | null; footnote: string; inside?: boolean; before?: boolean };
  /** spaces between Chinese characters of a name (or part) `name` taken out: `joined` (rules/nameSpaces) */
  "name-spaces": { name: string; joined: string };
  /** a name a document spread out by spaces to fill its cell (`工  业`, rules/justifiedNames), its characters joined (rules/nameSpaces) */
  "name-justified": { name: string; joined: string };
  /** a name `name` ending in an unclosed bracket and a unit: closed as `closed`, its unit `unit` (rules/unclosedUnit) */
  "name-bracket": { name: string; closed: string; unit: string };
  /** digits between Chinese characters in a name (`城市2空气质量`) that look like a footnote mark a copy lost its superscript on, kept in the name: no note numbered so names the words beside them; `footnote`: the note numbered so ("" when none) */
  "name-digit": { digits: string; name: string; footnote: string };
  /** a row without the mark taking the attribute a note gives the other rows (`带★的为约束性指标，其余为预期性指标`), said on the first such row; `marks`: the note's signs */
  /** `column`: the table has a 属性 column, the row's cell empty (the mark is written there, not after the name) */
  "attribute-from-note": { attribute: "约束性" | "预期性"; marks: string; note: string; column?: boolean };
  /** a footnote mark after a value taken off (`60.6*` → `60.6`); `footnote`: the note it points to ("" when the table has none) */
  "value-mark": { value: string; mark: string; kept: string; column: Column; footnote: string };
  /**
   * a number cell ending in the number `mark` of a note nothing points to (`15.74` under `注：… 4.为2013年数据`, a copy that
   * lost the superscript of 15.7⁴; rules/gluedValueMarks): `taken` read as `kept` (the note kept in the indicator's note),
   * else read as written; why `kept` is plausible: the note's other `year` (null: none), more `decimals` than its row's and column's
   */
  "value-glued-mark": { value: string; kept: string; mark: string; column: Column; footnote: string; taken: boolean; year: number | null; decimals: boolean };
  /** a value cell holding only a dash look-alike (`一`) read as `—` (rules/dashLookalike.ts) */
  "dash-lookalike": { value: string; column: Column };
  /** a full stop between digits (`76。7`), read as a decimal point (`read`) */
  "decimal-stop": { value: string; read: string; column: Column };
  /** the name (and part) of an indicator read before: `firstLine` (1-based) and `firstId` that one, `id` this one */
  /**
   * two rows of one name (and part): `firstDomain`, `domain` the 领域 of the first and of this row ("" when none; trial43a F4:
   * 在校生 under 九年义务教育 and under 高中阶段教育 are two indicators, which the summary and the report name alike)
   */
  "name-duplicate": { name: string; firstLine: number; firstId: string; id: string; firstDomain: string; domain: string };
  /**
   * a target written as a change from the baseline (`下降10%`, `提高2个百分点`): kept as words; `up`: a rise;
   * `per`: % of the baseline or 百分点; `baseline` and `suggested` (the value it comes to) null when the baseline is no number
   */
  /** `per` "unit": a change in the row's own `unit` (`提高1岁`); `about`: 左右 written after it (the hint is `X左右`, not a bound) */
  "target-relative": { target: string; up: boolean; amount: number; per: "percent" | "points" | "unit" | "times" | "named" | "hold" | "peer"; baseline: string | null; suggested: string | null; unit?: string; about?: boolean };
  /** a five-year total (`〔1〕`) on a level far above it (baseline 77.3): the level's rise; `suggested` the level it comes to */
  "target-level-rise": { target: string; baseline: string; total: string; suggested: string };
  /**
   * a five-year total (`[15]`) on a % level that no change word names (综合利用率 85.6): its years' rates
   * would add up to several hundred %; `reach` the level the total would be, `rise` the baseline plus the
   * total when that is at most 100 (null otherwise)
   */
  "target-cumulative-rate": { target: string; baseline: string; reach: string; rise: string | null };
  /**
   * a five-year total written negative for a reduction (`〔−100〕`): `total` its size (100), `positive` the
   * target without the minus (`〔100〕`), `name` the name with 减少 before its unit (null when it already ends
   * in a fall word)
   */
  "target-negative-total": { target: string; total: string; positive: string; name: string | null };
  /** `unit`: the indicator's unit ("" when none) */
  "unit-differs": { valueUnit: string; unit: string };
  /** a 左右 target (`value`, met from `low` to `high`) on a name whose `word` tells a direction, `down` or up: judged both ways (§3) */
  "target-approximate-direction": { target: string; value: string; low: string; high: string; met: number; word: string; down: boolean; capped?: string };
  /**
   * a 左右 target (`value`, met from `low` to `high`, `met` % either side) whose `baseline` is already in that band:
   * met from the first year (§3); `down`: the row's direction (its name's `word`, null when the numbers tell it);
   * `reach`: the target lies beyond the baseline that way (58.3 → 63 up), else it is a bound already kept (失业率 5.1 → 5.5)
   */
  "target-approximate-baseline-met": { target: string; value: string; low: string; high: string; met: number; baseline: string; word: string | null; down: boolean; reach: boolean; capped?: string };
  /**
   * a 左右 target (`value`) `factor` times above (below: `below`) its `baseline`, which a slip of ×10^k would bring to
   * `meant` (approximateFar: §8f's far and its slip reading): every year would read 严重滞后 by its distance (§3)
   */
  "target-approximate-far": { target: string; value: string; baseline: string; factor: number; below: boolean; meant: string };
  /**
   * a 左右 target (`value`, met from `low` to `high`, `met` % either side) on a % row whose band is wide: `points` the
   * half-width in percentage points (above WIDE_APPROX_POINTS; approximateWide); `down`: the target lies below the baseline
   */
  "target-approximate-wide": { target: string; value: string; low: string; high: string; met: number; points: string; down: boolean; capped?: string };
  /**
   * a range (`7.4—7.5`): §1 has no range form, loaded as words (待人工评估); `low`, `high` its ends; `bound` the one
   * the row most likely means (floor: ≥low for a row going up, ceiling: ≤high going down; null: both named), told
   * by the name's `word` (directionFromName) or else by `baseline`'s side of the range (rules/rangeTarget)
   */
  "target-range": { target: string; low: string; high: string; bound: "floor" | "ceiling" | null; word: string | null; baseline: string | null };
  /** a target with a number that no form of §1 reads: loaded as words (待人工评估) */
  /** `words`: no number at all (`保持稳定`); `baseline`: the row's baseline when a number */
  "target-words": { target: string; words?: boolean; baseline?: string | null; assigned?: boolean };
  /**
   * a compound target (`6500/7000`, §1 compound) on a row whose name lists no such parts (compoundSplit left it
   * whole): loaded as written, each year 待人工评估 (the engine's compound_target); `parts` the values as written
   */
  "target-compound": { target: string; parts: readonly string[] };
  /**
   * a target with a remark in brackets that leaves its number as it is (`≤33（2025年）`, `70以上（力争75）`:
   * domain/targetRemark): judged by `reads`, the target before the brackets; `remark` the words in them, `kind` what they are
   */
  "target-remark": { target: string; reads: string; remark: string; kind: RemarkKind };
  /**
   * yearly targets that are no target (`—`, `/`, empty: `written` as written, "" for empty) in `years`
   * while `withTarget` have one (the final target's year among them): those years read 不适用 (§3)
   */
  "yearly-no-target": { name: string; years: readonly number[]; written: readonly string[]; withTarget: readonly number[] };
  /** a project or reform list's 合计 / 总计 row (rules of lists/importList): no item of the list; `label` its first cell */
  "list-total": { label: string };
  /** a line with no 序号 (or no name, in a list without 序号) under an item: its cells joined to that item's (a cell wrapped over lines by a PDF or Word copy); `rowLine`: 1-based line of the item */
  "list-row-joined": { number: string; name: string; rowLine: number };
  /** a numbered line of a list with no name */
  "list-no-name": { number: string };
  /** a group line (`一、教育`) with no item under it */
  "list-group-empty": { category: string };
  /** items under no group line or 类别 cell: given the category `word` (UNCLASSIFIED); said once, `count` of them */
  "list-unclassified": { count: number; word: string };
  /** a category longer than the template's 20 characters, cut to `kept` */
  "list-category-long": { category: string; kept: string };
  /** investments written in 万元 (the column's or the cell's), divided by 10000 into 亿元; said once, `count` of them, the first `written` → `read` */
  "list-investment-wan": { count: number; written: string; read: string };
  /** the investment column names no unit (`总投资`): read as 亿元, the template's unit */
  "list-investment-unit": { label: string };
  /** an approximate investment (`约49.07`) read as the number */
  "list-investment-approx": { written: string; read: string };
  /** an investment in words or with more than a number (`15.6（含征地）`): kept as written */
  "list-investment-words": { written: string };
  /** periods respelt into the template's form (`2023年-2025年` → `2023-2025`); said once, `count` of them, the first shown */
  "list-period-respelt": { count: number; written: string; read: string };
  /** a 建设起止年限 that is no years (`2024年底`, empty): kept as written */
  "list-period-unreadable": { written: string };
  /** 开工年份 and 竣工年份 columns (`labels`) joined into each project's period; said once, `count` of them, the first shown */
  "list-period-joined": { labels: string[]; count: number; written: string; read: string };
  /** no project of the list has a readable period (no 建设起止年限 column, or all its cells empty or no years): said once */
  "list-no-period": { count: number };
  /** a header column the list's template has no field for (`建设性质`, a second investment column) */
  "list-column-unused": { label: string; kind: "projects" | "reforms" };
  /** a reform list's 完成时限 (and 备注) columns, kept at the end of each reform's 改革任务 (`labels`) */
  "list-deadline": { labels: readonly string[] };
  /** the plan's years, which a list's header never gives, taken from the title (`2024年…清单`, “十四五”) or the items' periods */
  "list-years": { baselineYear: number; targetYear: number; from: "title" | "periods" };
  /** web markup left in cells by a document's conversion (`<p>…</p>`, `<ol style=…>`): taken off; said once, `count` cells, the first tag */
  "list-markup": { count: number; tag: string };
  /** a unit note above the header (`单位：万元`, rules/unitNote): no title; `unit`: the unit it gave the investment column whose header names none ("" when it gave none) */
  "list-unit-note": { note: string; unit: string };
  /** a header over two rows (`投资（万元）` over `总投资 | 2025年计划投资`), read together as `header` */
  "list-header-rows": { header: string };
  /** a 项目类型 / 建设性质 column (新建, 续建): the project's type, kept in its remark, not its category */
  "list-type-remark": { label: string };
  /** a list whose columns are separated by single spaces (a PDF's copy): `rows` lines of exactly the header's `columns` words read one word a column */
  "list-spaced": { rows: number; columns: number };
  /** a line of such a list whose `words` are not the header's `columns` (a space inside a name or 建设内容, a row the copy wrapped, a group without a number): not placed */
  "list-spaced-unaligned": { words: number; columns: number; labels: string };
  /** periods written with months (`2023.6-2025.12`): the months dropped; said once, `count` items, the first */
  "list-period-months": { count: number; written: string; read: string };
}

/** What the importer says about a line: not loaded, or loaded with a change to check. */
export type ImportCode = keyof UnreadParams;

export type UnreadEffect = "not-loaded" | "to-check";

/** How a text names a line (a sheet's or a table's row, a paste's line) and what the table was copied from (sourceWords). */
interface SourceWords {
  line: "line" | "row";
  lines: "lines" | "rows";
  from: string;
  /** read in the task pane (fromPane): what to do next names its preview, its 目标年份 box and 读取; otherwise the CLI's options and the template file it wrote */
  pane: boolean;
}
type Texts = { [C in ImportCode]: (p: UnreadParams[C], w: SourceWords) => string };

const NOT_LOADED = "未载入";
/** why a spaced line lacks its 属性: a cell merged over several rows, which a copy from a PDF gives on one line only */
const MERGED_ZH = "表格中与上一行合并的属性格，从 PDF 复制时只留在一行上";
const MERGED_EN = "a 属性 cell merged over several rows, which a copy from a PDF gives on one line only";
const quotedZh = (vs: readonly string[]): string => vs.map((v) => `“${v}”`).join("或");
const UNALIGNED_ZH: Record<UnalignedWhy, string> = {
  "too-few": "词数少于表头的列数",
  "spaces-in-name-or-value": "指标名称或某个数值中有空格，分不清哪几个词是名称、哪几个是数值",
  "category-or-name": "分不清哪几个词是类别、哪几个是指标名称",
  misplaced: "各词与表头的列对不上（如“约束性”不在属性一列）",
};
const UNALIGNED_EN: Record<UnalignedWhy, string> = {
  "too-few": "fewer words than the header has columns",
  "spaces-in-name-or-value": "the name or a value holds a space, so which words are the name and which the values cannot be told",
  "category-or-name": "which words are the category and which the name cannot be told",
  misplaced: "the words do not fit the header's columns (such as 约束性 outside the 属性 column)",
};
/**
 * Where a row's 备注 goes (the template's `note`): the template file only, never a return's sheet, so a
 * message says so rather than 记在备注 (trial40b F19: a filler looked for it on the return).
 */
const IN_NOTE_ZH = "记在模板文件中该指标的备注（note），填报表上不显示";
const IN_NOTE_EN = "kept in the template file's note for the row (not shown on the returns)";
const CHECK = "已载入，请核对";

/**
 * The runs of years without a target column of their own, each with the target year it is judged against (yearRule's
 * targetForYear: the nearest later milestone, then the plan's target), where a milestone has years before it that have none:
 * 2021–2024 against 2025 and 2026–2034 against 2035 in a 2021–2035 plan with a 2025 column. Empty where the table gives
 * every year before its last milestone a column (a 2021–2025 table of every year), or the baseline year is unknown.
 */
function milestoneGaps(p: UnreadParams["target-choice"]): Array<{ from: number; to: number; milestone: number }> {
  const b = p.baselineYear;
  if (b === undefined || b <= 0) return [];
  const stops = [...new Set([...p.years, p.targetYear])].filter((y) => y > b).sort((x, y) => x - y);
  const out: Array<{ from: number; to: number; milestone: number }> = [];
  let prev = b;
  for (const m of stops) {
    if (m - prev > 1) out.push({ from: prev + 1, to: m - 1, milestone: m });
    prev = m;
  }
  // only a milestone before the plan's target with years before it changes anything (before: every such year against T)
  return out.some((g) => g.milestone < p.targetYear) ? out : [];
}

/** A growth column as the lines name it: by the column it follows where the header has several (`“2024年计划”之后的“增长%”一列`). */
function growthColumnZh(p: { label: string; of?: string }): string {
  return p.of ? `“${p.of}”之后的“${p.label}”一列` : `“${p.label}”一列`;
}

function growthColumnEn(p: { label: string; of?: string }): string {
  return p.of ? `the “${p.label}” column after “${p.of}”` : `the “${p.label}” column`;
}

/** A 左右 target's met band (§3 approximate; `met` % either side, APPROX_MET), as both of its lines say it. */
// `capped`: an end of the band said at what the unit allows (approximateBand: a % rate ends at 100, trial34's 89.73–109.67)
const bandZh = (p: { value: string; low: string; high: string; met: number; capped?: string }): string => `按评估规则以 ${p.value} 上下 ${p.met}% 判定（${rangeText(p.low, p.high, "zh")} 为已达标${p.capped === undefined ? "" : `，比率不超过 ${p.capped}%，区间至 ${p.capped} 为止`}）`;
const bandEn = (p: { value: string; low: string; high: string; met: number; capped?: string }): string => `is judged by its distance from ${p.value} (${rangeText(p.low, p.high, "en")} met, ${p.met}% either side${p.capped === undefined ? "" : `, ending at ${p.capped} since the rate cannot pass ${p.capped}%`})`;
// the 方向 label a 左右 row shows on the sheet and in the preview (directionLabel): the note names it, so the two tell one story (trial34 C5)
const ABOUT_ZH = DIRECTION_LABELS.zh.about, ABOUT_EN = DIRECTION_LABELS.en.about;
// years in a row of three or more as a span (2021—2024), others one by one
const yearList = (ys: readonly number[], sep: string): string => {
  const runs: number[][] = [];
  for (const y of ys) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === y - 1) run.push(y);
    else runs.push([y]);
  }
  return runs.flatMap((r) => (r.length >= 3 ? [`${r[0] ?? ""}${sep === "、" ? "—" : "–"}${r[r.length - 1] ?? ""}`] : r.map(String))).join(sep);
};
const lastOf = (ys: readonly number[]): string => String(ys[ys.length - 1] ?? "");
const writtenZh = (ws: readonly string[]): string => ws.map((w) => (w === "" ? "空白" : `“${w}”`)).join("、");
const writtenEn = (ws: readonly string[]): string => ws.map((w) => (w === "" ? "empty" : `“${w}”`)).join(", ");
const columnList = (cs: readonly Column[]): string => cs.map(describeColumn).join("、");
/** a spaced row that also stops before its blank 备注 (unit-from-name, unit-left-blank: `tail` cells at its end) */
const tailZh = (tail: number | undefined): string => (tail ? `（另有末尾 ${tail} 格空着，按空白读取）` : "");
const tailEn = (tail: number | undefined): string => (tail ? ` (and ${englishCount(tail, "blank cell")} at its end, read as blank)` : "");
const quoted = (xs: readonly string[]): string => xs.map((x) => `“${x}”`).join("");
// the target cell a rule filled in: empty, or a dash written for no target (a trial's “—” was called empty)
const targetCellZh = (t: string): string => (t.trim() === "" ? "目标值一格为空" : `目标值为“${t.trim()}”（无目标）`);
const targetCellEn = (t: string): string => (t.trim() === "" ? "empty target" : `the target is “${t.trim()}” (none)`);
// Where a person changes what was read: before 载入 the pane has no template, only its preview (a column
// of it); the CLI has written the template file, whose field is named. `col`: the preview's column (zh/en).
const PREVIEW_COL: Record<"target" | "baseline" | "direction" | "unit", { zh: string; en: string }> = {
  unit: { zh: "单位", en: "Unit" }, target: { zh: "目标", en: "Target" }, baseline: { zh: "基期值", en: "Baseline" }, direction: { zh: "方向", en: "Direction" },
};
const inPreviewZh = (w: SourceWords, f: keyof typeof PREVIEW_COL): string => (w.pane ? `在导入预览的“${PREVIEW_COL[f].zh}”列` : `在生成的模板文件中（该指标的 ${f}）`);
const inPreviewEn = (w: SourceWords, f: keyof typeof PREVIEW_COL): string => (w.pane ? `in the import preview's ${PREVIEW_COL[f].en} column` : `in the template file written (the indicator's ${f})`);
// a target to write instead: 可在导入预览的“目标”列改写为“≥63” / 可在生成的模板文件中把目标（target）改写为“≥63”
// where a person puts a value cell right: the baseline and the target have their field, a yearly or a result cell its template
const cellFixZh = (w: SourceWords, c: Column): string => (c.kind === "baseline" || c.kind === "target" ? inPreviewZh(w, c.kind) : w.pane ? "在导入预览中" : "在生成的模板文件中");
const cellFixEn = (w: SourceWords, c: Column): string => (c.kind === "baseline" || c.kind === "target" ? inPreviewEn(w, c.kind) : w.pane ? "in the import preview" : "in the template file written");
// why a number's last digits read as a footnote's number: the note gives another year's figure, the number has more decimals than those beside it
const gluedWhyZh = (p: UnreadParams["value-glued-mark"]): string => [p.year === null ? "" : `它说的是${p.year}年的数据`, p.decimals ? `“${p.value}”的小数位数多于同行、同列的数值` : ""].filter((x) => x !== "").join("，且");
const gluedWhyEn = (p: UnreadParams["value-glued-mark"]): string => [p.year === null ? "" : `gives ${p.year}'s figure`, p.decimals ? `“${p.value}” has more decimals than the numbers beside it in its row and column` : ""].filter((x) => x !== "").join(", and ");
const rewriteZh = (w: SourceWords): string => (w.pane ? "在导入预览的“目标”列改写为" : "在生成的模板文件中把目标（target）改写为");
const rewriteEn = (w: SourceWords, as: string): string => (w.pane ? `write the target as ${as} in the import preview's Target column` : `write the target as ${as} in the template file written (its target)`);
// read the table again after changing it: the pane's 读取 (its box holds the text), the CLI's import
const directionUpZh = (w: SourceWords): string => (w.pane ? "在导入预览的“方向”列选“↑越高越好”" : "在生成的模板文件中把该指标的方向（direction）设为 up");
const directionUpEn = (w: SourceWords): string => (w.pane ? "choose “↑ higher is better” in the import preview's Direction column" : "set the indicator's direction to up in the template file written");
const againZh = (w: SourceWords): string => (w.pane ? "在上面的文本框中改好后重新点“读取”" : "改好表格后重新导入");
const againEn = (w: SourceWords): string => (w.pane ? "change it in the box above and click Read again" : "change the table and import it again");
// the plan's years where the table gives none: the pane reads them from the title or the header, the CLI also takes its options
const yearsZh = (w: SourceWords, options: string, header: string): string => (w.pane ? `请在标题中写明规划期（如“十四五”“2024年…计划”）或${header}，重新点“读取”` : `请加 ${options} 重新导入（或在标题中写明规划期、${header}）`);
const yearsEn = (w: SourceWords, options: string, header: string): string => (w.pane ? `name the plan period in the title (such as 十四五, 2024年…计划) or ${header} and click Read again` : `import again with ${options} (or name the plan period in the title, or ${header})`);
// where a cell's line breaks came from: a guess for a paste (unless the clipboard said), known for a sheet or a table
const SOURCE_ZH: Record<TableSource["kind"], string> = { paste: "网页复制的表格", sheet: "工作表", csv: "CSV 文件", docx: "Word 文档的表格", html: "网页的表格" };
const SOURCE_EN: Record<TableSource["kind"], string> = { paste: "a web page's copy", sheet: "a worksheet", csv: "a CSV file", docx: "a Word document's table", html: "a web page's table" };
type CopiedFrom = NonNullable<TableSource["copiedFrom"]>;
const COPIED_ZH: Record<CopiedFrom, string> = { excel: "从 Excel 复制的表格", wps: "从 WPS 表格复制的表格", libreoffice: "从 LibreOffice 复制的表格", word: "从 Word 复制的表格", spreadsheet: "从电子表格复制的表格" };
const COPIED_EN: Record<CopiedFrom, string> = { excel: "a table copied from Excel", wps: "a table copied from WPS Spreadsheets", libreoffice: "a table copied from LibreOffice", word: "a table copied from Word", spreadsheet: "a table copied from a spreadsheet" };

/** A sheet's, a document's or a web page's table has rows; a paste has lines (its text's, which a cell's line breaks make several of a row). */
function sourceWords(source: TableSource, lang: "zh" | "en"): SourceWords {
  const row = source.kind !== "paste";
  const copied = source.kind === "paste" ? source.copiedFrom : undefined;
  const from = copied ? (lang === "en" ? COPIED_EN : COPIED_ZH)[copied] : (lang === "en" ? SOURCE_EN : SOURCE_ZH)[source.kind];
  return { line: row ? "row" : "line", lines: row ? "rows" : "lines", from, pane: fromPane(source) };
}

const ZH: Texts = {
  traditional: (p) => `表中有繁体字（${p.count} 处），已按简体读取（如“指標”→“指标”、“屬性”→“属性”），${CHECK}`,
  "script-markup": (p) => `表中有 PDF/LaTeX 提取留下的上下标写法（如“_{2.5}”，${p.count} 处），已按正文读取（如“PM _{2.5} ”→“PM2.5”），本行读作“${p.example.replace(/\t/g, " ")}”，${CHECK}`,
  "header-joined": (p, w) => `表头断在 ${p.lines.length} 行（${p.lines.map((l) => `第 ${l} 行`).join("、")}，${w.from}），已合为一行“${p.header}”，${CHECK}`,
  "cell-per-line": (p) => `表格是每格一行的文字（网页或PDF复制），已按表头的 ${p.columns} 列把各格合成 ${p.rows} 行，${CHECK}`,
  "title-joined": (p) => `标题分在 ${p.lines} 行，已合并为“${p.title}”后再找规划期，${CHECK}`,
  "cell-breaks": (p, w) => `单元格内有换行（${w.from}），${p.from === p.to ? "各格中的几行已连成一行" : `第 ${p.from}—${p.to} 行合为一行`}${p.parts.length > 0 ? (p.parts.length === 1 ? `，并把分项${quoted(p.parts)}拆为单独一行` : `，并按分项拆成${quoted(p.parts)} ${p.parts.length} 行`) : ""}，${CHECK}`,
  "spanned-rows": (p) => `网页表格中合并的单元格（“指标”下的类别）只复制在第一行，各行长短不一：${p.headerBlanks > 0 ? `表头“指标”后的 ${p.headerBlanks} 个空格不是单独的列，` : ""}表头“指标”下补出 ${p.categories} 列类别，${p.rows} 行按右侧对齐读取，空出的类别沿用上一行，${CHECK}`,
  "edge-category": (p) => `左侧分类一字一行（${p.rows} 行），已合并为“${p.word}”，${CHECK}`,
  "column-unknown": (p) => `表头中的列“${p.label}”无法识别，该列的数据${NOT_LOADED}`,
  "column-weight": (p) => `表头中的列“${p.label}”是考核权重或分值，不是规划目标，该列的数据${NOT_LOADED}`,
  "column-vision": (p) => `表头中的列“${p.label}”是规划期（至 ${p.targetYear} 年）之后的远景目标，不作为规划目标，该列的数据${NOT_LOADED}`,
  "column-growth-other": (p) => `表头中“${p.of}”之后的“${p.label}”一列是${p.year === null ? "该列" : ` ${p.year} 年`}的增速，不是 ${p.targetYear} 年的目标${p.taken === "" ? "" : `（增速目标取“${p.taken}”之后的“${p.label}”一列）`}，该列的数据${NOT_LOADED}`,
  "column-past-target": (p) => `表头中的列“${p.label}”是 ${p.baselineYear} 年或以前的计划目标（上一年度计划的执行情况），不是本计划 ${p.targetYear} 年的目标，该列的数据${NOT_LOADED}`,
  "column-results": (p) => `表头中的列${p.labels.map((l) => `“${l}”`).join("、")}是 ${p.years.map((y) => `${y} 年`).join("、")}的实际（完成）数，不是基期值（基期取 ${p.baselineYear} 年一列）或目标：作为规划的完成情况载入（评估报告用），不填入填报表，${CHECK}`,
  "target-vision-only": (p, w) => `表中唯一的目标列“${p.label}”是远景目标，不是五年规划期末的目标：已作为 ${p.targetYear} 年的目标载入，序时进度按 ${p.baselineYear}—${p.targetYear} 年计算${p.planEnd === null ? "" : `；标题的规划期至 ${p.planEnd} 年，如要按 ${p.planEnd} 年评估，请在表格中加上“${p.planEnd}年目标”一列，${w.pane ? "在上面的文本框中改好后重新点“读取”" : "改好后重新导入"}`}，${CHECK}`,
  "years-from-title": (p) => `表头中没有基期年份，也没有基期值一列：按标题中的规划期取基期年份 ${p.baselineYear}（目标年份 ${p.targetYear}），各指标的基期值为空，${CHECK}`,
  "baseline-year-column": (p, w) => `表头没有写明基期（基期、现状或基准）：取第一个年份列“${p.label}”的数值为基期值（${p.baselineYear} 年），其后各年份列为目标，进度从 ${p.baselineYear} 年的数值算起${p.targetTable ? `；标题“${p.title}”是目标表，“${p.label}”一列可能也是目标而不是实际数：如是，请在它前面加一列“${p.baselineYear - 1}年基期值”（填 ${p.baselineYear - 1} 年的实际数，不知道可先留空）${w.pane ? "后重新点“读取”" : "后重新导入"}；如确是基期的实际数，把列标题改为“${p.baselineYear}年基期值”即不再提示` : ""}，${CHECK}`,
  "baseline-first-year": (p, w) => `表头没有写明基期，标题也没有写明规划期：取第一个年份列“${p.label}”为基期，规划期为 ${p.baselineYear}—${p.targetYear} 年，其后各年份列为年度目标；如这是以 ${p.planBase} 年为基期的五年规划（“${p.label}”是基期前的实际数），${w.pane ? "请在标题中写明规划期（如“十五五”），重新点“读取”" : `请加 --baseline-year ${p.planBase} 重新导入（或在标题中写明规划期，如“十五五”）`}，${CHECK}`,
  "yearly-plan": (p, w) => p.baselineLabel !== "" ? `表头的“${p.baselineLabel}”一列没有写年份，标题${p.targetFromTitle ? "" : "（或目标列）"}写的是 ${p.targetYear} 年一年的计划：${p.targetFromTitle ? `目标年份取 ${p.targetYear}，` : ""}“${p.baselineLabel}”读作上一年 ${p.baselineYear} 年的基期值；如不是 ${p.targetYear} 年的年度计划，${yearsZh(w, "--baseline-year 和 --target-year", "在表头写上年份")}，${CHECK}` : p.targetFromTitle ? `表头中没有年份（目标列没有写年份），标题写的是 ${p.targetYear} 年一年的计划：目标年份取 ${p.targetYear}，基期年份取上一年 ${p.baselineYear}，各指标的基期值为空；如不是 ${p.targetYear} 年的年度计划，${yearsZh(w, "--baseline-year 和 --target-year", "在表头写上年份")}，${CHECK}` : `表头中没有基期年份，也没有基期值一列，标题（或目标列）写的是 ${p.targetYear} 年一年的计划：基期年份取上一年 ${p.baselineYear}，各指标的基期值为空；如不是年度计划，${yearsZh(w, "--baseline-year", "在表头加上基期年份列")}，${CHECK}`,
  "target-choice": (p, w) => {
    const earlier = p.earlier.length === 0 ? "" : `，${quoted(p.earlier)}作为 ${p.years.map((y) => `${y} 年`).join("、")}的年度目标载入`;
    // how the years without their own target are judged (§3 yearly targets, our reading, trial47b F3): against the nearest later milestone
    const gaps = milestoneGaps(p);
    const judged = gaps.length === 0 ? "" : `；${gaps.map((g) => `${g.from === g.to ? `${g.from} 年` : `${g.from}—${g.to} 年`}按 ${g.milestone} 年的${g.milestone === p.targetYear ? "规划" : ""}目标评估`).join("，")}（序时进度自基期 ${p.baselineYear ?? ""} 年算至该目标年）`;
    if (p.chosen) return `按选定的目标年份取“${p.taken}”（${p.targetYear} 年）为规划目标${earlier}${p.later.length === 0 ? "" : `，其后的${quoted(p.later)}不载入`}${judged}，${CHECK}`;
    return `表头有 ${p.years.length + 1} 个目标年份，取最晚的“${p.taken}”（${p.targetYear} 年）为规划目标${earlier}${judged}；如要以另一年为规划目标${gaps.length === 0 ? "" : `（只评估到该年，其后的目标不载入）`}，${w.pane ? "请在“目标年份”一栏改选" : `请加 --target-year ${p.years[p.years.length - 1] ?? p.targetYear} 重新导入`}，${CHECK}`;
  },
  "spaced-columns": (p) => `表格各列以空格分隔（从 PDF 或网页复制），已按表头的 ${p.columns} 列对齐 ${p.rows} 行${p.categories ? "（类别只写在第一行的，其下各行沿用上一行的类别）" : ""}，${CHECK}`,
  "spaced-unaligned": (p, w) => `这一行各列以空格分隔，${UNALIGNED_ZH[p.why]}，无法与表头的 ${p.columns} 列（${p.labels}）一一对应${p.noAttribute ? `，缺的列中有属性（这一行没有“约束性”“预期性”等词；${MERGED_ZH}）` : ""}；请把这一行各列之间的空格改为 Tab${p.noAttribute ? "，属性一格空着" : ""}（${againZh(w)}），${NOT_LOADED}`,
  "name-only": () => `只有指标名称，没有读到基期值和目标值，${NOT_LOADED}`,
  "attribute-empty": () => `属性一格为空，该行不填属性，${CHECK}`,
  "attribute-unknown": (p) => `属性“${p.value}”不是“约束性”或“预期性”${p.mark === true ? "，表下也没有说明这个标记的注（如“注：标注▲的为约束性指标”）" : ""}，该格${NOT_LOADED}`,
  "attribute-in-note": (p) => `表中没有属性列，“${p.label}”一列中的“${p.value}”是指标属性：取为属性，不记入备注，其余各行同样处理，${CHECK}`,
  "attribute-mark": (p) => `属性列的标记“${p.mark}”按表注“${p.note}”记为${p.attribute}，其余带这个标记的行同样处理，${CHECK}`,
  "row-shifted": (p) => `“${p.value}”落在${describeColumn(p.column)}一列，整行错位，${NOT_LOADED}`,
  "attribute-early": (p) => `这一行比表头少一格，“${p.value}”落在属性之前的${describeColumn(p.column)}一列：按右对齐读取，“${p.value}”是属性，缺的一格是属性之前的${describeColumn(p.column)}，按空白读取，${CHECK}`,
  "one-cell": (p) => `只有一格“${p.value}”，其余各列为空（可能是跨列合并的单元格），无法确定${columnList(p.columns)}各是什么，${NOT_LOADED}`,
  "cell-count": (p) => `读到 ${p.found} 格数值，表头有 ${p.columns.length} 列（${columnList(p.columns)}），无法一一对应${p.spaced ? "；这一行各列以空格分隔，空着的格分不出来，请把该行各列改用 Tab 分隔后重新导入" : ""}，${NOT_LOADED}`,
  "unit-from-name": (p) => `这一行各列以空格分隔，比表头的 ${p.columns} 列少一格${tailZh(p.tail)}；名称中写明了单位“${p.unit}”，按单位一格空着读取（单位取自名称），${CHECK}`,
  "unit-left-blank": (p) => `这一行各列以空格分隔，比表头的 ${p.columns} 列少一格${tailZh(p.tail)}；名称中没有单位，单位一列的位置上是“${p.value}”，不是单位：按单位一格空着读取（没有单位），${CHECK}`,
  "cjk-spaces": (p) => `${describeColumn(p.column)}“${p.value}”中汉字之间的空格按PDF断行处理，已合并为“${p.joined}”，${CHECK}`,
  "value-empty": (p) => `${describeColumn(p.column)}一格为空，按空白读取，${CHECK}`,
  "number-only": (p) => `只有序号“${p.number}”，没有指标名称和数值，${NOT_LOADED}`,
  "other-table": (p) => `这里开始另一张表（表头的列与第 ${p.headerLine} 行不同），此行及以后${NOT_LOADED}`,
  "project-table": () => `这里开始一张项目表或改革任务表（项目清单、改革清单请单独粘贴或导入），此行及以后${NOT_LOADED}`,
  "number-glued": (p) => `序号与指标名称写在一格（如“${p.cell}”），已拆为序号“${p.number}”和名称“${p.name}”，其余各行同样处理，${CHECK}`,
  "name-span": (p) => `表头的指标一列下有两列（小类和指标名称），“${p.category}”读作小类，“${p.name}”读作指标名称，其余各行同样处理，${CHECK}`,
  "group-category": (p) => `“${p.group}”名称中没有单位，读作小类（不是指标），其下各行是各自的指标，名称和单位取自各行；规划原文这些指标没有序号，按小类编为 ${p.number}.1、${p.number}.2 等，其余同样的小类同样处理，${CHECK}`,
  "group-parts": (p) => `“${p.group}”名称带单位，读作一项指标${p.number === "" ? "" : `（序号 ${p.number}）`}，其下各行（“${p.part}”等）是它的分项，单位沿用“${p.name}”的，${CHECK}`,
  "parts-parent": (p) => `“${p.name}”${p.number === "" ? "" : `（序号 ${p.number}）`}本行没有数值，其下的“${p.part}”等是它的分项，作为分项的上级，本行不单独作为一项指标，${CHECK}`,
  "attribute-merged": (p) => `${p.spaced ? `以空格分隔的分项行比表头少属性一列（${MERGED_ZH}）` : "分项行的属性一格为空（与上一行合并的单元格）"}，第 ${p.lines.join("、")} 行沿用上一行的${quotedZh(p.values)}，${CHECK}`,
  "number-gap": (p) => `序号 ${p.number} 没有接上一行的序号 ${p.last}，可能漏读或重复了行，${CHECK}`,
  "number-heading": (p) => `序号 ${p.number}“${p.name}”没有数值，其下是 ${p.number}.1 等分项序号，作为领域读入，${CHECK}`,
  "heading-numbered": (p) => `“${p.heading}”带编号而没有数值，其下各行没有序号，作为领域“${p.domain}”读入，其余同样的行同样处理，${CHECK}`,
  "name-joined": (p) => `指标名称断在两行，已把“${p.piece}”接在第 ${p.rowLine} 行${p.number === "" ? "" : `（序号 ${p.number}）`}的名称之后，${p.values ? "数值取自本行，" : ""}${CHECK}`,
  "not-a-row": (p) => (p.more ? `这一行不是表格行（其后还有表格行，继续读），${NOT_LOADED}` : `不是表格行，${NOT_LOADED}`),
  "table-end": (p) => `表格到此结束（这一行不是表格行），此行及以后 ${p.left} 行${NOT_LOADED}`,
  "sub-indicators": (p) => `“${p.name}”（序号 ${p.number}）分为几项指标：“${p.part}”及其下各行各是一项，单位和目标各自照读，名称记作“${p.name}：${p.part}”等，${CHECK}`,
  "name-parts": (p) => `名称“${p.cell}”在“其中”之后写了分项：${p.parts.length === 0 ? `读作“${p.name}”，其下各行是它的分项` : `读作“${p.name}”的分项${p.parts.map((x) => `“${x}”`).join("")}${p.parts.length > 1 ? `，拆为 ${p.parts.length} 行` : "，其下没有序号的行是它的其他分项"}`}，${CHECK}`,
  "sub-row": (p) => `“${p.text}”是上一项指标${p.number === "" ? "" : `（序号 ${p.number}）`}的“其中”项，作为它的分项“${p.part}”载入，${CHECK}`,
  "part-run-end": (p) => `“${p.name}”没有序号，写在“${p.parent}”的分项之后，而名称读作一项指标（带单位，或以“率”“比例”等结尾），作为一项独立的指标载入；如是“${p.parent}”的分项，请在名称前加“其中：”，${CHECK}`,
  "no-number": (p, w) => (p.numberColumn
    ? `没有序号，无法确定是一项独立的指标还是上一项指标的分项：如是上一项的分项，请在名称前加“其中：”；如是一项独立的指标，请填上序号（${againZh(w)}），${NOT_LOADED}`
    : `表格没有序号列，其他行在名称前写有序号，这一行没有${p.cells < p.width ? `，且只有 ${p.cells} 格（表头有 ${p.width} 格）` : ""}，无法确定是一项独立的指标还是上一项指标的分项${p.cells < p.width ? "，也无法确定各格对应哪一列" : ""}：如是上一项的分项，请在名称前加“其中：”；如是一项独立的指标，请在名称前写上序号${p.cells < p.width ? "，并补上空格使各列与表头对齐" : ""}（${againZh(w)}），${NOT_LOADED}`),
  "heading-empty": (p) => `标题行“${p.heading}”后面没有指标行，${NOT_LOADED}`,
  "domain-alone": (p) => `单独一行的“${p.text}”后面没有指标行，${NOT_LOADED}`,
  "domain-joined": (p) => `领域名称分在几行（${p.lines.map((l) => `第 ${l} 行`).join("、")}），已合并为“${p.joined}”，${CHECK}`,
  "domain-section": (p) => `${p.lines.map((l) => `第 ${l} 行`).join("、")}单独成行的“${p.section}”是其下领域“${p.domain}”的上一级，不与它连成一个名称：领域记为“${p.joined}”，到下一个这样的行为止其下各领域同样处理，${CHECK}`,
  "name-merged": (p) => `名称“${p.name}”一格跨过表头“指标”下的 ${p.blanks + 1} 列（与表头相同），其后的 ${p.blanks} 个空格不是单独的列，数值从下一格起与表头各列对应，其余同样的行同样处理，${CHECK}`,
  "category-name-wrapped": (p) => `这一行只有两个词，是第 ${p.rowLine} 行的类别和名称在 PDF 中折行的末尾：类别“${p.before.category}”接为“${p.category}”，名称“${p.before.name}”接为“${p.name}”，${CHECK}`,
  "domain-wrapped": (p, w) => `领域“${p.domain}”紧接在只有一行的领域“${p.before}”之后，两者都只有两个字，判断为 PDF 中折成两行的同一类别，已合并为“${p.joined}”；如是两个领域，请${w.pane ? "在导入预览中" : "在生成的模板文件中"}把这几项的领域（domain）改回，${CHECK}`,
  "domain-page-break": (p) => `领域“${p.domain}”紧接在分页之后，上一领域“${p.before}”只有一行，判断为同一领域被分页截断，已合并为“${p.joined}”，${CHECK}`,
  "compound-split": (p) => `${p.inTarget ? "目标值" : "基期值"}“${p.value}”是 ${p.parts.length} 项数值的合并写法，已按名称中的“${p.by}”拆成${quoted(p.parts)}${p.parts.length} 条指标，${CHECK}`,
  "target-from-cumulative": (p) => `${targetCellZh(p.target)}，取累计列的“${p.cumulative}”为五年累计目标“${p.written}”，${CHECK}`,
  "target-cumulative-note": (p, w) => (p.written !== null
    ? `表注“${p.note}”说明本行是五年累计数：目标“${p.target}”按五年累计目标“${p.written}”载入，各年填当年完成数，按各年之和评估；如规划的意思是每年（或期末当年）达到 ${p.target}，可${rewriteZh(w)}“${p.target}”，${CHECK}`
    : `表注“${p.note}”说明本行是五年累计数，而目标“${p.target}”不是可以累计的数值，按所写载入；如规划的意思是规划期内累计达到某数，可${rewriteZh(w)}“〔…〕”（如“〔100〕”），${CHECK}`),
  "target-from-annual": (p, w) => (p.words
    ? `${targetCellZh(p.target)}，“${p.label}”列的“${p.value}”是文字目标（没有数值，不分年均或五年累计），按文字载入为目标：每年的状态为待人工评估，${CHECK}`
    : `${targetCellZh(p.target)}，“${p.label}”列的“${p.value}”没有〔〕，是年均目标而不是五年累计，按所写取为目标${p.rate === undefined ? "" : `：它是年均增速，不是${p.rate.unit}数，本行按增速载入为“${p.rate.name}”（单位 %）${p.rate.baseline === "" ? "" : `，基期值“${p.rate.baseline}”（${p.rate.unit}）是总量、不是增速，未作为基期值`}；如要按总量评估，请在表格的目标值一格填上总量目标（${againZh(w)}）`}，${CHECK}`),
  "target-and-cumulative": (p) => (p.roundTotal !== undefined
    ? `目标值“${p.target}”与累计列“${p.cumulative}”都有数值：“${p.cumulative}”正是目标 ${p.target} 与基期值 ${p.roundTotal.baseline} 之差，表头“${p.roundTotal.label}”写明累计，是五年累计数（写成了圆括号），不是年均数；目标取“${p.target}”，累计值${IN_NOTE_ZH}，${CHECK}`
    : p.differs !== undefined
    ? `目标值“${p.target}”与累计列“${p.cumulative}”不一致：目标 ${p.differs.target} 与基期值 ${p.differs.baseline} 之差为 ${p.differs.change}，累计值却是 ${p.differs.total}；目标取“${p.target}”，累计值${IN_NOTE_ZH}，请对照规划原文核对两者，${CHECK}`
    : p.annual === undefined
    ? `目标值“${p.target}”与累计列“${p.cumulative}”都有数值，目标取“${p.target}”，累计值${IN_NOTE_ZH}，${CHECK}`
    : `目标值“${p.target}”与“${p.annual}”的年均目标“${p.cumulative}”（没有〔〕，是每年的平均数，不是五年累计）都有数值，目标取“${p.target}”，年均目标${IN_NOTE_ZH}（“${p.annual}：${p.cumulative}”），${CHECK}`),
  "target-from-growth": (p, w) => `目标值一格为空，取${growthColumnZh(p)}的“${p.growth}”为目标：本行按增速载入为“${p.name}”（单位 %）${p.baseline === "" ? "" : `，基期值“${p.baseline}”${p.unit === "" ? "" : `（${p.unit}）`}是总量、不是增速，未作为基期值`}；如要按总量评估，请在表格的目标值一格填上总量目标（${againZh(w)}），${CHECK}`,
  "target-and-growth": (p) => `目标值“${p.target}”与${growthColumnZh(p)}的“${p.growth}”都有数值，目标取“${p.target}”，增速${IN_NOTE_ZH}，${CHECK}`,
  "target-in-unread-column": (p, w) => `目标值为空，而未能识别的“${p.label}”一列在本行有“${p.value}”：本行没有目标（各年为“不适用”），如这就是目标，请${inPreviewZh(w, "target")}填上它，该数值${NOT_LOADED}`,
  "unit-from-value": (p) => `名称中没有单位，单位取自数值中写明的“${p.unit}”，${CHECK}`,
  "unit-none": (_p, w) => `名称中没有单位，单位留空：如是指数（无量纲）可不填，否则请${inPreviewZh(w, "unit")}写明单位，${CHECK}`,
  "unit-inferred": (p, w) => `名称中没有单位，按名称推断单位为“${p.unit}”，填报的数值按它核对：如不是，请${inPreviewZh(w, "unit")}写明单位，${CHECK}`,
  "name-spaces": (p) => `名称“${p.name}”中汉字之间的空格按粘贴时的断行处理，已去掉，名称读作“${p.joined}”，${CHECK}`,
  "name-justified": (p) => `名称“${p.name}”的字为排版用空格隔开（Word 表格中的短名称常这样写），已连起来读作“${p.joined}”，${CHECK}`,
  "name-bracket": (p) => `名称“${p.name}”末尾的括号没有闭合，已补上，名称读作“${p.closed}”，单位为“${p.unit}”，${CHECK}`,
  "name-mark": (p) => `名称${p.inside === true ? "中" : p.before === true ? "前" : "后"}的标记“${p.mark}”已去掉，名称读作“${p.name}”${p.attribute !== null ? `，按表注（带“${p.mark}”的为${p.attribute}指标）属性记为${p.attribute}` : ""}${p.footnote ? `；表注“${p.footnote}”已记入该指标的备注` : ""}，${CHECK}`,
  "name-digit": (p) => `名称“${p.name}”中汉字之间的数字“${p.digits}”像是脚注标记（复制时丢了上标）${p.footnote ? `，表注“${p.footnote}”与名称对不上` : "，表下没有以它编号的表注"}，未去掉；如是脚注，请从名称中删去，${CHECK}`,
  "attribute-from-note": (p) => `${p.column === true ? "属性一格为空" : `名称没有标记“${p.marks}”`}，按表注“${p.note}”属性记为${p.attribute}，其余没有标记的指标同样处理，${CHECK}`,
  "value-mark": (p) => `${describeColumn(p.column)}“${p.value}”后的标记“${p.mark}”是脚注，已去掉，读作“${p.kept}”；${p.footnote ? `表注“${p.footnote}”已记入该指标的备注` : "表下没有找到这条注，请查看原文"}，${CHECK}`,
  "value-glued-mark": (p, w) => (p.taken
    ? `${describeColumn(p.column)}“${p.value}”末尾的“${p.mark}”看作脚注标记（复制时丢了上标），已去掉，读作“${p.kept}”：表注“${p.footnote}”没有标在任何名称或数值上，${gluedWhyZh(p)}；表注已记入该指标的备注；如原文就是“${p.value}”，请${cellFixZh(w, p.column)}改回，${CHECK}`
    : `${describeColumn(p.column)}“${p.value}”末尾的“${p.mark}”可能是脚注标记（复制时丢了上标）：表注“${p.footnote}”没有标在任何名称或数值上；未去掉，仍读作“${p.value}”；如是脚注，应读作“${p.kept}”，请${cellFixZh(w, p.column)}改正，${CHECK}`),
  "dash-lookalike": (p) => `${describeColumn(p.column)}一格只有“${p.value}”，按横线“—”（无数值）读取，${CHECK}`,
  "decimal-stop": (p) => `${describeColumn(p.column)}“${p.value}”中数字间的句号“。”按小数点读取，读作“${p.read}”，${CHECK}`,
  "name-duplicate": (p) => (p.firstDomain !== "" && p.domain !== "" && p.firstDomain !== p.domain
    ? `指标名称“${p.name}”与第 ${p.firstLine} 行（${p.firstId}）重复（本行为 ${p.id}）：第 ${p.firstLine} 行在领域“${p.firstDomain}”下，本行在“${p.domain}”下，核对、汇总表和报告在名称后写明领域以示区分（“${p.name}（${p.firstDomain}）”“${p.name}（${p.domain}）”）；如规划原文中两项名称本不相同，请改正名称，两行都${CHECK}`
    : `指标名称“${p.name}”与第 ${p.firstLine} 行（${p.firstId}）重复（本行为 ${p.id}），可能重复录入或名称少了区分（如城镇/农村），两行都${CHECK}`),
  "target-relative": (p, w) => {
    const about = p.about === true;
    if (p.per === "peer") return `目标“${p.target}”是与另一地区（省、市或全国）同年的数值相比，不是本规划的数值，不能按基期值换算成目标值：已按文字载入（待人工评估），由审核人员对照该地区当年的数值给出结论，${CHECK}`;
    if (p.per === "named") return `目标“${p.target}”是相对基期值的变化，已按文字载入（待人工评估）；指标名称已表示降幅，每年填的是降低的百分数：如规划的意思是降幅${about ? "约为" : "不低于"} ${p.amount}，可${rewriteZh(w)}“${about ? `${p.amount}左右` : `≥${p.amount}`}”，${CHECK}`;
    const how = p.baseline === null || p.suggested === null
      ? "基期值不是数值，无法换算成目标值"
      : `如规划的意思是${about ? "约为" : p.up ? "不低于" : "不高于"} ${p.suggested}（${p.per === "hold" ? "基期值" : p.per === "times" ? `${p.baseline} × ${p.amount}` : p.per === "percent" ? `${p.baseline} × (1 ${p.up ? "+" : "−"} ${p.amount}%)` : `${p.baseline} ${p.up ? "+" : "−"} ${p.amount}${p.unit ?? ""}`}），可${rewriteZh(w)}“${about ? `${p.suggested}左右` : `${p.up ? "≥" : "≤"}${p.suggested}`}”`;
    return `目标“${p.target}”${p.per === "hold" ? `指${p.up ? "不低于" : "不高于"}基期值，没有写出目标值` : "是相对基期值的变化，不是目标值"}，已按文字载入（待人工评估）；${how}，${CHECK}`;
  },
  "target-cumulative-rate": (p, w) => `目标“${p.target}”按五年累计数核对（各年当年数相加），而本行是百分比（基期值 ${p.baseline}%），各年的比率相加没有意义：如规划的意思是期末达到 ${p.reach}%，可${rewriteZh(w)}“≥${p.reach}”${p.rise === null ? "" : `；如意思是提高 ${p.reach} 个百分点（期末 ${p.rise}%），可改写为“≥${p.rise}”`}，${CHECK}`,
  "target-level-rise": (p, w) => `目标“${p.target}”是五年累计数，而基期值 ${p.baseline} 是当年的水平：按累计目标核对时，每年应填当年的增加数（不是当年的数值），各年相加；如规划的意思是期末达到 ${p.suggested}（${p.baseline} + ${p.total}），可${rewriteZh(w)}“≥${p.suggested}”，${CHECK}`,
  "target-negative-total": (p, w) => {
    const years = `相加不低于 −${p.total} 即算达到，不减少也一开始就算达到`;
    const fix = p.name === null ? `名称已写明减少，可${rewriteZh(w)}“${p.positive}”` : `可${w.pane ? "在导入预览中" : "在生成的模板文件中"}把名称${w.pane ? "" : "（name）"}改为“${p.name}”、目标${w.pane ? "" : "（target）"}改为“${p.positive}”`;
    return `目标“${p.target}”是负的五年累计数：累计目标按各年当年数相加核对，${years}；规划写减少量时，名称写明减少或降低、累计数写正数（如“单位GDP能源消耗降低〔13.5〕”）：${fix}，每年填当年减少的数量，${CHECK}`;
  },
  "unit-differs": (p) => `数值中写明的单位“${p.valueUnit}”与指标单位“${p.unit || "未注明"}”不同，数值按写明的数读入，请核对单位和数量级，${CHECK}`,
  "baseline-missing": (p, w) => `以下 ${p.rows.length} 项没有基期值（${p.baselineYear} 年）：${p.rows.map((r) => `“${r}”`).join("、")}；没有基期值就无法计算序时进度，填报时未达到目标的每一年都按“滞后”评估并要求填写说明。请${w.pane ? "在导入预览的“基期值”列" : "在生成的模板文件中为各项的基期值（baseline）"}补上 ${p.baselineYear} 年的数值后再下发，${CHECK}`,
  "direction-series-up": (p) => `以下 ${p.rows.length} 项的目标和名称都看不出方向，按目标高于基期值定为“越高越好”（不低于目标为达到）：${p.rows.map((r) => `“${r}”`).join("、")}；如某项的意思不同，请把它的目标写成“≤…”（越低越好）或“≥…”，${CHECK}`,
  "direction-name-keep": (p, w) => `方向取自名称中的“${p.word}”（越高越好），而目标 ${p.target} 低于基期值 ${p.baseline}：按“保持不低于 ${p.target}”评估；如规划的意思是降到 ${p.target}，可${rewriteZh(w)}“≤${p.target}”，${CHECK}`,
  "target-bare-reduction": (p, w) => `名称是规划期内的降低（下降）幅度，基期值为空，目标“${p.target}”没有〔〕：是否为五年累计？如是请写成${p.written}（${rewriteZh(w)}“${p.written}”，各年填当年降低数，按各年之和评估）；否则按每年（期末）达到 ${p.target} 的水平值核对，${CHECK}`,
  "direction-from-series": (p, w) => `目标和名称都没有写明方向，目标 ${p.target} 低于基期值 ${p.baseline}，按“越低越好”评估（不超过 ${p.target} 为达到）；如规划的意思是保持不低于 ${p.target}，可${rewriteZh(w)}“≥${p.target}”，或${directionUpZh(w)}，否则各县填报时每年都会提示方向是推断的，${CHECK}`,
  "plan-negative": (p, w) => {
    const number = p.which === "baseline" ? `基期值 ${p.baseline} ` : `目标 ${p.target} `;
    const way = p.direction === null ? "没有方向"
      : p.guessed ? `方向按数值推断为“${DIRECTION_LABELS.zh[p.direction]}”（基期值 ${p.baseline} → 目标 ${p.target}）`
        : `方向为“${DIRECTION_LABELS.zh[p.direction]}”`;
    const fix = p.direction === "down" ? "" : `；如负数表示更好的结果（如“负值表示回补”），可${rewriteZh(w)}“≤${p.target}”`;
    return `${number}是负数（单位“${p.unit || "未注明"}”的数值通常不为负）：本行各年的填报值也可以为负数，不报“不应为负数”；${way}，请按规划的说明核对方向${fix}，${CHECK}`;
  },
  "direction-from-change": (p, w) => `方向按规划所列变化（${p.change}）定为越低越好（不超过 ${p.target} 为达到），各县填报时不再提示方向是推断的；如规划的意思是保持不低于 ${p.target}，可${directionUpZh(w)}，${CHECK}`,
  "baseline-words": (p, w) => `基期值“${p.value}”不是数值，按文字载入：各年按没有基期值评估（不计算序时进度）；如有基期的数值，可${inPreviewZh(w, "baseline")}填入，${CHECK}`,
  "target-range": (p, w) => {
    const why = p.word !== null ? `指标名称中的“${p.word}”表示越${p.bound === "ceiling" ? "低" : "高"}越好` : p.baseline !== null && p.bound !== null ? `基期值 ${p.baseline} ${p.bound === "floor" ? "低于" : "高于"}这一区间，是要${p.bound === "floor" ? "提高" : "降低"}到区间内` : "";
    const how = p.bound === "floor" ? `如规划的意思是不低于下限 ${p.low}，可${rewriteZh(w)}“≥${p.low}”`
      : p.bound === "ceiling" ? `如规划的意思是不高于上限 ${p.high}，可${rewriteZh(w)}“≤${p.high}”`
      : `如规划的意思是不低于下限 ${p.low}，可${rewriteZh(w)}“≥${p.low}”；是不高于上限 ${p.high}，可改写为“≤${p.high}”`;
    return `目标“${p.target}”是一个区间（${p.low} 至 ${p.high}），评估规则没有区间的写法，已按文字载入：每年的状态为待人工评估，填报的数值不按它核对；${why ? `${why}，` : ""}${how}，${CHECK}`;
  },
  "target-compound": (p, w) => `目标“${p.target}”含 ${p.parts.length} 个分项（${p.parts.join("、")}），指标名称没有列出同样多的分项，已整行载入：每年的状态为待人工评估，填报的数值不按它核对；如各分项是不同的指标，请${w.pane ? "在上面的文本框中" : "在表格中"}用“/”在名称中列出各分项（如“甲/乙”）后重新${w.pane ? "点“读取”" : "导入"}，或把本行拆成 ${p.parts.length} 行，每行一个目标；如只按其中一个数值评估，请只保留该数值；否则保留为人工评估，${CHECK}`,
  "target-remark": (p, w) => `目标“${p.target}”按括号前的“${p.reads}”评估，${p.kind === "year" ? `括号中的“${p.remark}”是目标的年份` : p.kind === "aim" ? `括号中的“${p.remark}”是力争的数值，只作参考，不参与评估（达到括号前的目标即为达标）；如规划要按力争的数值评估，请${rewriteZh(w)}该数值` : p.kind === "interim" ? `括号中的“${p.remark}”是另一年份的数值，不参与评估，已记入该指标的备注` : `括号中的“${p.remark}”不参与评估`}，${CHECK}`,
  "target-words": (p, w) => (p.words === true
    ? `目标“${p.target}”是文字，没有数值，已按文字载入：每年的状态为待人工评估，填报的数值不按它核对；${p.assigned === true ? `上级下达了数值时，请${rewriteZh(w)}该数值（如“≥…”或“≤…”）` : `如规划的意思是一个数值或界限，请${rewriteZh(w)}数值（${p.baseline == null ? "如“≥…”或“≤…”" : `如不低于基期值写作“≥${p.baseline}”`}）`}，${CHECK}`
    : `目标“${p.target}”含有数值，但不是评估规则能读的写法（如 ≥95、<8、5左右、〔30〕），已按文字载入：每年的状态为待人工评估，填报的数值不按它核对；如规划的意思是一个界限，可${rewriteZh(w)}“≥…”或“≤…”，${CHECK}`),
  "target-none": (p, w) => `目标值为“${p.target}”，本行没有目标：每年的状态为不适用，填报的数值只核对写法、不评估进度；如规划有目标，请${inPreviewZh(w, "target")}填上目标值，${CHECK}`,
  "baseline-remark": (p, w) => `基期值“${p.value}”按 ${p.read} 读入，${p.kind === "year" ? `括号中的“${p.remark}”是该数值的年份，序时进度仍从表头的基期年份算起；如有基期年份的数值，请${inPreviewZh(w, "baseline")}填入` : `括号中的“${p.remark}”不参与评估`}，${CHECK}`,
  "baseline-bound": (p, w) => `基期值“${p.value}”不是确数，序时进度按 ${p.read} 计算；如有基期的确数，请${inPreviewZh(w, "baseline")}填入，${CHECK}`,
  "yearly-no-target": (p, w) => {
    const these = p.years.length === 1 ? "这一年" : "这几年";
    return `“${p.name}”${yearList(p.years, "、")} 年的年度目标为${writtenZh(p.written)}（当年无目标），${these}的状态为“不适用”，填报的数值不核对（${yearList(p.withTarget, "、")} 年有目标）；如${these}也应按 ${lastOf(p.withTarget)} 年的目标评估，${w.pane ? `可在上面的文本框中删去${these}的目标后重新点“读取”` : `可在生成的模板文件中删去${these}的年度目标（yearlyTargets），或在表格中删去后重新导入`}，${CHECK}`;
  },
  "target-approximate-baseline-met": (p, w) => `目标“${p.target}”${bandZh(p)}，基期值 ${p.baseline} 已在其中：第一年起即为已达标，数值在此范围内${p.down ? "上升" : "下降"}也仍是已达标，表中方向显示为“${ABOUT_ZH}”${p.word === null ? "" : `；指标名称中的“${p.word}”虽表示越${p.down ? "低" : "高"}越好，但对“左右”目标不起作用`}；如规划的意思是${p.reach ? `${p.down ? "降到" : "达到"} ${p.value}（${p.down ? "不超过" : "不低于"} ${p.value}）` : `${p.down ? "不超过" : "不低于"} ${p.value}`}，可${rewriteZh(w)}“${p.down ? "≤" : "≥"}${p.value}”，${CHECK}`,
  "target-approximate-direction": (p, w) => `目标“${p.target}”${bandZh(p)}，按与 ${p.value} 的距离评估、不看升降，明显${p.down ? "低于" : "高于"} ${p.value} 也算滞后，表中方向显示为“${ABOUT_ZH}”；指标名称中的“${p.word}”虽表示越${p.down ? "低" : "高"}越好，但对“左右”目标不起作用，如规划的意思是${p.down ? "不超过" : "不低于"} ${p.value}，可${rewriteZh(w)}“${p.down ? "≤" : "≥"}${p.value}”，${CHECK}`,
  "target-approximate-far": (p) => `目标“${p.target}”约为基期值 ${p.baseline} 的${p.below ? ` 1/${p.factor}` : ` ${p.factor} 倍`}，疑似多写或少写了一位（如 ${p.meant}左右）：左右目标按离目标的远近判定，照此每年都是严重滞后，${CHECK}`,
  "target-approximate-wide": (p, w) => `目标“${p.target}”${bandZh(p)}，在百分比的行上即上下 ${p.points} 个百分点：${p.down ? "高于" : "低于"} ${p.value} 达 ${p.points} 个百分点也是已达标；如规划的意思是${p.down ? "不超过" : "不低于"} ${p.value}，可${rewriteZh(w)}“${p.down ? "≤" : "≥"}${p.value}”，${CHECK}`,
  "list-total": (p) => `“${p.label}”是合计行，不是一个项目或改革事项，${NOT_LOADED}`,
  "list-row-joined": (p) => `这一行没有序号，是上一项（第 ${p.rowLine} 行，序号 ${p.number || "（无）"}“${p.name}”）的单元格折到了下一行（从 PDF 或 Word 复制），各格已接在该项相应的栏目之后，${CHECK}`,
  "list-no-name": (p) => `序号 ${p.number} 这一行没有名称，${NOT_LOADED}`,
  "list-group-empty": (p) => `分组行“${p.category}”下面没有项目或改革事项，${NOT_LOADED}`,
  "list-unclassified": (p) => `${p.count} 项不在任何分组行（如“一、教育”）或类别列之下，类别记为“${p.word}”，${CHECK}`,
  "list-category-long": (p) => `类别“${p.category}”超过 20 个字，已截为“${p.kept}”，${CHECK}`,
  "list-investment-wan": (p) => `总投资按万元填写，${p.count} 项已除以 10000 折为亿元（如“${p.written}”→“${p.read}”，原文保留在各项的原文中），${CHECK}`,
  "list-investment-unit": (p, w) => `表头“${p.label}”没有写明单位，总投资按亿元读入；如是万元，请在表头写明“（万元）”（${againZh(w)}），${CHECK}`,
  "list-investment-approx": (p) => `总投资“${p.written}”是约数，按 ${p.read} 亿元读入，${CHECK}`,
  "list-investment-words": (p) => `总投资“${p.written}”不是一个数，按原文载入（评估时为待人工评估），${CHECK}`,
  "list-period-respelt": (p) => `建设起止年限统一写作“2023-2025”的形式（${p.count} 项，如“${p.written}”→“${p.read}”），${CHECK}`,
  "list-period-unreadable": (p, w) => `建设起止年限${p.written === "" ? "一格为空" : `“${p.written}”不是年份（应写作“2023-2025”或“2024”）`}，按原文载入，核对时会报“建设起止年限格式不对”；请在表格中改正（${againZh(w)}）${w.pane ? "" : "，或在生成的模板文件中改正该项的 period"}，${CHECK}`,
  "list-period-joined": (p) => `${p.labels.map((l) => `“${l}”`).join("和")}两列合为建设起止年限（${p.count} 项，如“${p.written}”→“${p.read}”），${CHECK}`,
  "list-no-period": (p, w) => `${p.count} 个项目都没有建设起止年限（表中没有“建设起止年限”或“开工年份”“竣工年份”列，或这些格都是空的）：核对时每个项目都会是数据异常，填报单位无法改正；请在表格中补上建设起止年限（如“2023-2025”，${againZh(w)}）${w.pane ? "" : "，或在生成的模板文件中填写各项的 period"}，${CHECK}`,
  "list-column-unused": (p) => `表头中的列“${p.label}”在${p.kind === "projects" ? "项目清单" : "改革清单"}的填报表中没有对应的栏目，该列的数据${NOT_LOADED}`,
  "list-deadline": (p) => `${p.labels.map((l) => `“${l}”`).join("、")}一列在改革清单的填报表中没有单独的栏目，记在各项改革任务的末尾（如“（完成时限：2024年底）”），${CHECK}`,
  "list-unit-note": (p) => `“${p.note}”是表格的单位说明，不是标题；${p.unit === "" ? "表头已写明单位或没有总投资列，未用于总投资" : `表头未写单位的总投资按${p.unit}读入${p.unit === "万元" ? "（除以 10000 折为亿元）" : ""}`}，${CHECK}`,
  "list-header-rows": (p) => `表头分在两行，已合并读作“${p.header}”（上一行的单位用于其下各列），${CHECK}`,
  "list-type-remark": (p) => `“${p.label}”一列（新建、续建等）是项目的类型，不是类别：记在各项的备注中；类别取自分组行（如“（一）交通”）或类别列，${CHECK}`,
  "list-spaced": (p) => `清单各列以空格分隔（从 PDF 复制），${p.rows} 行正好有表头的 ${p.columns} 个词，已逐词对应各列，${CHECK}`,
  "list-spaced-unaligned": (p, w) => `这一行以空格分隔，有 ${p.words} 个词，表头有 ${p.columns} 列（${p.labels}），分不清各词属于哪一列（名称、内容等栏目中有空格，从 PDF 复制时折行的部分，没有编号的分组，都会这样）；请从 Word 或 Excel 的表格复制（各列以 Tab 分隔），或把这一行各列之间的空格改为 Tab（${againZh(w)}），${NOT_LOADED}`,
  "list-period-months": (p) => `建设起止年限写到了月份，只取年份（${p.count} 项，如“${p.written}”→“${p.read}”），${CHECK}`,
  "list-markup": (p) => `${p.count} 格中有网页标记（如“${p.tag}”，文档转换时留下的），已去掉，${CHECK}`,
  "list-years": (p, w) => `清单的表头没有年份：${p.from === "title" ? "按标题" : "按各项的建设起止年限"}取基期年份 ${p.baselineYear}、目标年份 ${p.targetYear}；如不对，${w.pane ? "请在标题中写明年份（如“2024年…项目清单”）或“十四五”之类的规划期，重新点“读取”" : "请加 --baseline-year 和 --target-year 重新导入"}，${CHECK}`,
};

/** 序号 in English, as the pane's column heads it */
const NO = ENGLISH_TERMS.序号;
const EN: Texts = {
  traditional: (p) => `traditional characters (${p.count}) read as simplified (指標 → 指标, 屬性 → 属性); loaded, to check`,
  "script-markup": (p, w) => `sub- or superscripts written as markup by a PDF/LaTeX extraction (such as “_{2.5}”, ${p.count}) read as text (“PM _{2.5} ” → “PM2.5”); this ${w.line} reads “${p.example.replace(/\t/g, " ")}”; loaded, to check`,
  "header-joined": (p, w) => `the header broken over ${p.lines.length} ${w.lines} (${p.lines.join(", ")}; ${w.from}), joined as “${p.header}”; loaded, to check`,
  "cell-per-line": (p) => `the table was copied one cell per line (a web page or a PDF): its cells made into ${englishCount(p.rows, "row")} of the header's ${p.columns} columns; loaded, to check`,
  "title-joined": (p, w) => `title broken over ${p.lines} ${w.lines}, joined as “${p.title}” before looking for the plan period; loaded, to check`,
  "cell-breaks": (p, w) => `line breaks inside cells (${w.from}): ${p.from === p.to ? "each cell's lines joined" : `${w.lines} ${p.from}–${p.to} joined into one row`}${p.parts.length > 0 ? (p.parts.length === 1 ? `, the part “${p.parts[0] ?? ""}” split off into a row of its own` : `, split into ${p.parts.length} rows by part (${p.parts.map((x) => `“${x}”`).join(", ")})`) : ""}; loaded, to check`,
  "spanned-rows": (p) => `a web page's merged cells (the categories under 指标) were copied on their first row only, so the rows differ in length: ${p.headerBlanks > 0 ? `the ${englishCount(p.headerBlanks, "blank cell")} after the header's 指标 taken as no column of ${p.headerBlanks > 1 ? "their" : "its"} own, ` : ""}the header's 指标 given ${englishCount(p.categories, "category column")}, ${englishCount(p.rows, "row")} lined up from the right, a blank category carrying the one above; loaded, to check`,
  "edge-category": (p, w) => `category written one character per ${w.line} (${p.rows} rows), joined as “${p.word}”; loaded, to check`,
  "column-unknown": (p) => `header column “${p.label}” not recognised: its data not loaded`,
  "column-weight": (p) => `header column “${p.label}” is a weight or score, not a plan target: its data not loaded`,
  "column-vision": (p) => `header column “${p.label}” is a vision target beyond the plan (which ends in ${p.targetYear}), not the plan's target: its data not loaded`,
  "column-growth-other": (p) => `header column “${p.label}” after “${p.of}” is the growth of ${p.year === null ? "that column" : p.year}, not the ${p.targetYear} target${p.taken === "" ? "" : ` (the growth target is taken from the “${p.label}” after “${p.taken}”)`}: its data not loaded`,
  "column-past-target": (p) => `header column “${p.label}” is the target of ${p.baselineYear} or before (last year's plan and how it went), not this plan's ${p.targetYear} target: its data not loaded`,
  "column-results": (p) => `header column${p.labels.length === 1 ? "" : "s"} ${p.labels.map((l) => `“${l}”`).join(", ")} ${p.labels.length === 1 ? "holds the actual result" : "hold the actual results"} of ${p.years.join(", ")}, not the baseline (the ${p.baselineYear} column) nor a target: kept as the plan's results (for the evaluation report), not filled into the returns; loaded, to check`,
  "target-vision-only": (p, w) => `the only target column “${p.label}” is a vision target, not the end of a five-year plan: loaded as the ${p.targetYear} target, progress timed over ${p.baselineYear}–${p.targetYear}${p.planEnd === null ? "" : `; the title's plan ends in ${p.planEnd}: to judge against ${p.planEnd}, add a “${p.planEnd}年目标” column to the table and ${w.pane ? "click Read again" : "import it again"}`}; loaded, to check`,
  "years-from-title": (p) => `the header has no baseline year and no baseline column: the baseline year ${p.baselineYear} taken from the plan period the title names (target year ${p.targetYear}), every indicator's baseline empty; loaded, to check`,
  "baseline-year-column": (p, w) => `the header names no baseline (基期, 现状 or 基准): the first year column “${p.label}” is taken as the baseline (${p.baselineYear}) and the later year columns as targets, so progress is measured from the ${p.baselineYear} figures${p.targetTable ? `; the title “${p.title}” reads as a table of targets, so “${p.label}” may be a target too, not an actual: if so, add a column “${p.baselineYear - 1}年基期值” before it (the ${p.baselineYear - 1} actuals, or blank for now) and ${w.pane ? "click Read again" : "import again"}; if it is the baseline's actual, label it “${p.baselineYear}年基期值” and this is no longer said` : ""}; loaded, to check`,
  "baseline-first-year": (p, w) => `neither the header nor the title names the baseline or the plan period: the first year column “${p.label}” taken as the baseline, a ${p.baselineYear}–${p.targetYear} plan, the later year columns yearly targets; if this is a five-year plan based on ${p.planBase} (“${p.label}” the actual before the base), ${w.pane ? "name the plan period in the title (such as 十五五) and click Read again" : `import again with --baseline-year ${p.planBase} (or name the plan period in the title, such as 十五五)`}; loaded, to check`,
  "yearly-plan": (p, w) => p.baselineLabel !== "" ? `the header's column “${p.baselineLabel}” names no year, and the title${p.targetFromTitle ? "" : " (or the target column)"} names the plan of one year, ${p.targetYear}: ${p.targetFromTitle ? `the target year taken as ${p.targetYear}, and ` : ""}“${p.baselineLabel}” read as the baseline of the year before, ${p.baselineYear}; if it is no yearly plan of ${p.targetYear}, ${yearsEn(w, "--baseline-year and --target-year", "write the years in the header")}; loaded, to check` : p.targetFromTitle ? `the header has no year (its target column names none), and the title names the plan of one year, ${p.targetYear}: the target year taken as ${p.targetYear} and the baseline year as the year before, ${p.baselineYear}, every indicator's baseline empty; if it is no yearly plan of ${p.targetYear}, ${yearsEn(w, "--baseline-year and --target-year", "write the years in the header")}; loaded, to check` : `the header has no baseline year and no baseline column, and the title (or the target column) names the plan of one year, ${p.targetYear}: the baseline year taken as the year before, ${p.baselineYear}, every indicator's baseline empty; if it is no yearly plan, ${yearsEn(w, "--baseline-year", "add a baseline year column to the header")}; loaded, to check`,
  "target-choice": (p, w) => {
    const names = (xs: readonly string[]): string => xs.map((x) => `“${x}”`).join(", ");
    const earlier = p.earlier.length === 0 ? "" : `, ${names(p.earlier)} kept as the yearly ${p.years.length === 1 ? "target" : "targets"} of ${p.years.join(", ")}`;
    const gaps = milestoneGaps(p);
    const judged = gaps.length === 0 ? "" : `; ${gaps.map((g) => `${g.from === g.to ? `${g.from} is` : `${g.from}–${g.to} are`} judged against the ${g.milestone} ${g.milestone === p.targetYear ? "plan" : "milestone"} target`).join(", ")} (progress timed from the ${p.baselineYear ?? ""} baseline to that year)`;
    if (p.chosen) return `“${p.taken}” (${p.targetYear}) taken as the plan's target, the target year chosen${earlier}${p.later.length === 0 ? "" : `, the later ${names(p.later)} not loaded`}${judged}; loaded, to check`;
    return `the header has ${p.years.length + 1} target years: the latest, “${p.taken}” (${p.targetYear}), taken as the plan's target${earlier}${judged}; for another year${gaps.length === 0 ? "" : " (judging up to that year only, the later targets not loaded)"}, ${w.pane ? "choose it in the Target year box" : `import again with --target-year ${p.years[p.years.length - 1] ?? p.targetYear}`}; loaded, to check`;
  },
  "spaced-columns": (p) => `the columns are separated by spaces (a copy from a PDF or a web page): ${englishCount(p.rows, "row")} lined up with the header's ${p.columns} columns${p.categories ? " (a category written only on a group's first row carried down)" : ""}; loaded, to check`,
  "spaced-unaligned": (p, w) => `this row's columns are separated by spaces and ${UNALIGNED_EN[p.why]}: it cannot be lined up with the header's ${p.columns} columns (${p.labels})${p.noAttribute ? `, and the missing ones include 属性 (no word of it is 约束性, 预期性 or the like; ${MERGED_EN})` : ""}; separate its columns with tabs${p.noAttribute ? ", its 属性 cell left blank" : ""} (${againEn(w)}); not loaded`,
  "name-only": () => `a name with no baseline or target: not loaded`,
  "attribute-empty": () => `empty 属性 cell: no attribute; loaded, to check`,
  "attribute-unknown": (p) => `属性 “${p.value}” is neither 约束性 nor 预期性${p.mark === true ? ", and no note below the table says what this mark stands for (such as “注：标注▲的为约束性指标”)" : ""}: cell not loaded`,
  "attribute-in-note": (p) => `the table has no 属性 column: “${p.value}” in the “${p.label}” column is the indicator's attribute, taken as its attribute and not kept in the note, the same on every row; loaded, to check`,
  "attribute-mark": (p) => `the mark “${p.mark}” in the 属性 column read as ${p.attribute} by the note “${p.note}”, the same on every row with it; loaded, to check`,
  "row-shifted": (p) => `“${p.value}” in the ${p.column.kind} column: the row is shifted, not loaded`,
  "attribute-early": (p) => `the row has one cell fewer than the header and “${p.value}” fell in the ${p.column.kind} column, the one before 属性: read from the right, “${p.value}” as the 属性 and the missing cell the ${p.column.kind} one before it, read as blank; loaded, to check`,
  "one-cell": (p) => `only one cell “${p.value}” and the other columns empty (a merged cell?): not loaded`,
  "cell-count": (p) => `${englishCount(p.found, "value cell")} for ${englishCount(p.columns.length, "header column")}${p.spaced ? "; this row's columns are separated by spaces, where an empty cell cannot be told: separate its columns with tabs and import again; not loaded" : ": not loaded"}`,
  "unit-from-name": (p) => `this row's columns are separated by spaces and it has one cell fewer than the header's ${p.columns}${tailEn(p.tail)}; the name gives the unit “${p.unit}”: read with its 单位 cell blank (the unit taken from the name); loaded, to check`,
  "unit-left-blank": (p) => `this row's columns are separated by spaces and it has one cell fewer than the header's ${p.columns}${tailEn(p.tail)}; the name gives no unit and “${p.value}”, where the 单位 cell would be, is no unit: read with its 单位 cell blank (no unit); loaded, to check`,
  "cjk-spaces": (p) => `spaces between Chinese characters in “${p.value}” removed (a PDF line break): “${p.joined}”; loaded, to check`,
  "value-empty": (p) => `empty ${p.column.kind} cell, read as blank; loaded, to check`,
  "number-only": (p) => `only a number (${NO} “${p.number}”), no name or values: not loaded`,
  "other-table": (p, w) => `another table starts here (its header differs from ${w.line} ${p.headerLine}): this ${w.line} and the rest not loaded`,
  "project-table": (_p, w) => `a project or reform table starts here (paste or import a project or reform list on its own): this ${w.line} and the rest not loaded`,
  "number-glued": (p) => `the row's number written with the name (“${p.cell}”): split into ${NO} “${p.number}” and name “${p.name}”, and so on each row; loaded, to check`,
  "name-span": (p) => `the header's 指标 label spans two columns (a sub-category and the names): “${p.category}” read as a sub-category and “${p.name}” as the name, and so on each row; loaded, to check`,
  "group-category": (p) => `“${p.group}” has no unit in its name: read as a sub-category (not an indicator), each row under it an indicator with its own name and unit; the plan gives these indicators no number (${NO}), so they are numbered from the sub-category as ${p.number}.1, ${p.number}.2 and so on, and likewise under the other such sub-categories; loaded, to check`,
  "group-parts": (p) => `“${p.group}” has a unit in its name: read as one indicator${p.number === "" ? "" : ` (${NO} ${p.number})`}, the rows under it (“${p.part}” and the others) its parts, with the unit of “${p.name}”; loaded, to check`,
  "parts-parent": (p) => `“${p.name}”${p.number === "" ? "" : ` (${NO} ${p.number})`} has no values on its row and “${p.part}” and the rows after it are its parts: read as their parent, not as an indicator of its own; loaded, to check`,
  "attribute-merged": (p, w) => `${p.spaced ? `part rows separated by spaces have no 属性 column (${MERGED_EN})` : "part rows' 属性 cells are empty (a cell merged with the row above)"}: ${p.lines.length === 1 ? `${w.line} ${p.lines[0] ?? 0} takes` : `${w.lines} ${p.lines.join(", ")} take`} the row above's ${p.values.map((v) => `“${v}”`).join(" or ")}; loaded, to check`,
  "number-gap": (p) => `${NO} ${p.number} does not follow ${p.last}: a row may be missing or repeated; loaded, to check`,
  "number-heading": (p) => `${NO} ${p.number} “${p.name}” has no values and ${p.number}.1 … follow it: read as a domain; loaded, to check`,
  "heading-numbered": (p) => `“${p.heading}” is numbered and has no values, and the rows below it have no number (${NO}): read as the domain “${p.domain}”, as are the others like it; loaded, to check`,
  "name-joined": (p, w) => `name broken over two ${w.lines}: “${p.piece}” joined to ${w.line} ${p.rowLine}${p.number === "" ? "" : ` (${NO} ${p.number})`}${p.values ? `, values from this ${w.line}` : ""}; loaded, to check`,
  "not-a-row": (p) => (p.more ? `not a table row (table rows follow, reading on): not loaded` : `not a table row: not loaded`),
  "table-end": (p, w) => `the table ends here (not a table row): this ${w.line} and the ${p.left} after not loaded`,
  "sub-indicators": (p) => `“${p.name}” (${NO} ${p.number}) is split into indicators: “${p.part}” and each row under it is one, with its own unit and target, named “${p.name}：${p.part}” and so on; loaded, to check`,
  "name-parts": (p) => `the name “${p.cell}” writes parts after 其中: ${p.parts.length === 0 ? `read as “${p.name}”, the rows below it its parts` : `read as ${p.parts.length > 1 ? `${p.parts.length} rows, the parts` : "the part"} ${p.parts.map((x) => `“${x}”`).join(", ")} of “${p.name}”${p.parts.length > 1 ? "" : ", the rows below it without a number its other parts"}`}; loaded, to check`,
  "sub-row": (p) => `“${p.text}” is a 其中 item of ${p.number === "" ? "the indicator above" : `${NO} ${p.number}`}: loaded as its part “${p.part}”, to check`,
  "part-run-end": (p) => `“${p.name}” has no number (${NO}) and follows the parts of “${p.parent}”, but its name reads as an indicator's (a unit, or an ending such as 率 or 比例): loaded as an indicator of its own; if it is a part of “${p.parent}”, write “其中：” before its name; loaded, to check`,
  "no-number": (p, w) => (p.numberColumn
    ? `no number (${NO}): cannot tell an indicator from a part of the one above; if it is a part of the one above, write “其中：” before its name; if it is an indicator of its own, give it its number (${againEn(w)}); not loaded`
    : `no number (${NO}): the table has no ${NO} column and the other rows write theirs before the name, this one has none${p.cells < p.width ? `, and it has ${englishCount(p.cells, "cell")} where the header has ${p.width}` : ""}: cannot tell an indicator from a part of the one above${p.cells < p.width ? ", nor which column each cell is" : ""}; if it is a part of the one above, write “其中：” before its name; if it is an indicator of its own, write its number before the name${p.cells < p.width ? " and add blank cells so that the columns line up with the header" : ""} (${againEn(w)}); not loaded`),
  "heading-empty": (p) => `heading “${p.heading}” has no indicator rows: not loaded`,
  "domain-alone": (p, w) => `“${p.text}” on a ${w.line} of its own with no indicator rows after it: not loaded`,
  "domain-joined": (p, w) => `domain broken over ${w.lines}, joined as “${p.joined}”; loaded, to check`,
  "domain-section": (p, w) => `“${p.section}” on ${p.lines.length === 1 ? `${w.line} ${p.lines[0] ?? 0}` : `${w.lines} ${p.lines.join(", ")}`} of its own is the level above the domain “${p.domain}” below it, not part of its name: the domain read as “${p.joined}”, and so for each domain below it up to the next such ${w.line}; loaded, to check`,
  "name-merged": (p) => `the name “${p.name}” is in a cell spanning ${p.blanks + 1} columns under the header's 指标 label, as the label does: the ${englishCount(p.blanks, "blank cell")} after it ${p.blanks === 1 ? "is" : "are"} no column of its own, the values read from the next cell on as the header's columns, and so on each such row; loaded, to check`,
  "category-name-wrapped": (p) => `this line holds only two words, the ends of line ${p.rowLine}'s category and name wrapped in the PDF: category “${p.before.category}” joined as “${p.category}”, name “${p.before.name}” as “${p.name}”; loaded, to check`,
  "domain-wrapped": (p, w) => `domain “${p.domain}” right after “${p.before}”, a domain of one row, both of two characters: read as one category wrapped over two lines in the PDF, joined as “${p.joined}”; if they are two domains, set these rows' domain back ${w.pane ? "in the import preview" : "in the template file written"}; loaded, to check`,
  "domain-page-break": (p) => `domain “${p.domain}” right after a page break, and “${p.before}” had one row: joined as “${p.joined}”; loaded, to check`,
  "compound-split": (p) => `${p.inTarget ? "target" : "baseline"} “${p.value}” holds ${p.parts.length} values: split into ${p.parts.length} indicators by the name's “${p.by}”; loaded, to check`,
  "target-from-cumulative": (p) => `${targetCellEn(p.target)}: the cumulative column's “${p.cumulative}” read as the five-year total “${p.written}”; loaded, to check`,
  "target-cumulative-note": (p, w) => (p.written !== null
    ? `the table's note “${p.note}” says this row is a five-year total: the target “${p.target}” is loaded as the five-year total “${p.written}”, each year's cell taking that year's own amount and the years adding up; if the plan means reaching ${p.target} every year (or in the last year), ${rewriteEn(w, `“${p.target}”`)}; loaded, to check`
    : `the table's note “${p.note}” says this row is a five-year total, but the target “${p.target}” is no number to add up to, so it is kept as written; if the plan means a total over the period, ${rewriteEn(w, "“〔…〕” (such as “〔100〕”)")}; loaded, to check`),
  "target-from-annual": (p, w) => (p.words
    ? `${targetCellEn(p.target)}: “${p.value}” in the “${p.label}” column is a target in words (no number: neither a yearly average nor a five-year total), loaded as the target in words: each year is manual (“待人工评估”); loaded, to check`
    : `${targetCellEn(p.target)}: “${p.value}” in the “${p.label}” column has no 〔〕, so it is a yearly average, not a five-year total; taken as the target as written${p.rate === undefined ? "" : `: a yearly growth rate, not an amount in ${p.rate.unit}, so the row is loaded as the growth rate “${p.rate.name}” (unit %)${p.rate.baseline === "" ? "" : `, its baseline “${p.rate.baseline}” (${p.rate.unit}) an amount, not a rate, left out`}; to judge the amount instead, write the amount's target in the table's target cell (${againEn(w)})`}; loaded, to check`),
  "target-and-cumulative": (p) => (p.roundTotal !== undefined
    ? `both a target “${p.target}” and a cumulative “${p.cumulative}”: “${p.cumulative}” is the target ${p.target} less the baseline ${p.roundTotal.baseline} and the header “${p.roundTotal.label}” names 累计, so it is the five-year total (in round brackets), not a yearly average: target kept, cumulative ${IN_NOTE_EN}; loaded, to check`
    : p.differs !== undefined
    ? `the target “${p.target}” and the cumulative “${p.cumulative}” disagree: the target ${p.differs.target} less the baseline ${p.differs.baseline} is ${p.differs.change}, but the cumulative is ${p.differs.total}; target kept, cumulative ${IN_NOTE_EN}, check both against the plan; loaded, to check`
    : p.annual === undefined
    ? `both a target “${p.target}” and a cumulative “${p.cumulative}”: target kept, cumulative ${IN_NOTE_EN}; loaded, to check`
    : `both a target “${p.target}” and a yearly average “${p.cumulative}” (“${p.annual}”, without 〔〕: an average a year, not a five-year total): target kept, the average ${IN_NOTE_EN} (“${p.annual}：${p.cumulative}”); loaded, to check`),
  "target-from-growth": (p, w) => `empty target: ${growthColumnEn(p)}'s “${p.growth}” read as the target, the row loaded as the growth rate “${p.name}” (unit %)${p.baseline === "" ? "" : `, its baseline “${p.baseline}”${p.unit === "" ? "" : ` (${p.unit})`} an amount, not a rate, left out`}; to judge the amount instead, write the amount's target in the table's target cell (${againEn(w)}); loaded, to check`,
  "target-and-growth": (p) => `both a target “${p.target}” and ${growthColumnEn(p)}'s “${p.growth}”: target kept, the growth ${IN_NOTE_EN}; loaded, to check`,
  "target-in-unread-column": (p, w) => `no target, while the unrecognised column “${p.label}” holds “${p.value}” on this row: the row has no target (each year “不适用”, not applicable); if that is the target, fill it ${inPreviewEn(w, "target")}: the value not loaded`,
  "unit-from-value": (p) => `no unit in the name: unit “${p.unit}” taken from the values; loaded, to check`,
  "unit-none": (_p, w) => `no unit in the name: the unit is left blank; an index (no unit) may stay so, otherwise write the unit ${inPreviewEn(w, "unit")}; loaded, to check`,
  "unit-inferred": (p, w) => `no unit in the name: the unit is inferred from the name as “${p.unit}”, and the values are checked in it; if that is wrong, write the unit ${inPreviewEn(w, "unit")}; loaded, to check`,
  "name-spaces": (p) => `spaces between Chinese characters in the name “${p.name}” taken out (a line wrap of the paste): name read as “${p.joined}”; loaded, to check`,
  "name-justified": (p) => `the name “${p.name}” spread out by spaces to fill its cell (as Word tables set a short name): its characters joined, read as “${p.joined}”; loaded, to check`,
  "name-bracket": (p) => `the name “${p.name}” ends in a bracket never closed: closed, name read as “${p.closed}”, unit “${p.unit}”; loaded, to check`,
  "name-mark": (p) => `the mark “${p.mark}” ${p.inside === true ? "inside" : p.before === true ? "before" : "after"} the name taken off, name read as “${p.name}”${p.attribute !== null ? `; the table's note says marked rows are ${p.attribute}, so attribute ${p.attribute}` : ""}${p.footnote ? `; the note “${p.footnote}” kept in the indicator's note` : ""}; loaded, to check`,
  "name-digit": (p) => `the digits “${p.digits}” between Chinese characters in the name “${p.name}” look like a footnote mark whose superscript the copy lost${p.footnote ? `, but the note “${p.footnote}” does not match the name` : ", but no note below the table is numbered so"}: kept in the name; if they are a footnote mark, delete them from the name; loaded, to check`,
  "attribute-from-note": (p) => `${p.column === true ? "the 属性 cell is empty" : `the name carries no “${p.marks}”`}: attribute ${p.attribute}, as the table's note “${p.note}” gives the other rows, and so for every other row without it; loaded, to check`,
  "value-mark": (p) => `the mark “${p.mark}” after the ${p.column.kind} “${p.value}” is a footnote, taken off: read as “${p.kept}”; ${p.footnote ? `the note “${p.footnote}” kept in the indicator's note` : "no such note found below the table, see the plan"}; loaded, to check`,
  "value-glued-mark": (p, w) => (p.taken
    ? `the “${p.mark}” at the end of the ${p.column.kind} “${p.value}” read as a footnote's number whose superscript the copy lost, taken off: read as “${p.kept}”; the note “${p.footnote}” is marked on no name or value, and ${gluedWhyEn(p)}; the note kept in the indicator's note; if the plan means “${p.value}”, write it back ${cellFixEn(w, p.column)}; loaded, to check`
    : `the “${p.mark}” at the end of the ${p.column.kind} “${p.value}” may be a footnote's number whose superscript the copy lost: the note “${p.footnote}” is marked on no name or value; kept, read as “${p.value}”; if it is a footnote's number, the value is “${p.kept}”: correct it ${cellFixEn(w, p.column)}; loaded, to check`),
  "dash-lookalike": (p) => `the ${p.column.kind} cell holds only “${p.value}”, read as a dash “—” (no value); loaded, to check`,
  "decimal-stop": (p) => `the full stop “。” between digits in the ${p.column.kind} “${p.value}” is read as a decimal point: “${p.read}”; loaded, to check`,
  "name-duplicate": (p, w) => (p.firstDomain !== "" && p.domain !== "" && p.firstDomain !== p.domain
    ? `the name “${p.name}” is also that of ${w.line} ${p.firstLine} (${p.firstId}), this row ${p.id}: ${w.line} ${p.firstLine} is under the category “${p.firstDomain}”, this row under “${p.domain}”; check, the summary and the report name each with its category to tell them apart (“${p.name}（${p.firstDomain}）”, “${p.name}（${p.domain}）”); if the plan names them differently, correct the names; both loaded, to check`
    : `the name “${p.name}” is also that of ${w.line} ${p.firstLine} (${p.firstId}), this row ${p.id}: entered twice, or a distinction such as urban/rural missing from the name; both loaded, to check`),
  "target-relative": (p, w) => {
    const about = p.about === true;
    if (p.per === "peer") return `the target “${p.target}” compares with another body's figure (the province's, city's or country's) of the same year, not a number of this plan, so no baseline turns it into a target value: kept as words (status manual, “待人工评估”), for a reviewer to judge against that body's figure; loaded, to check`;
    if (p.per === "named") return `the target “${p.target}” is a change from the baseline: kept as words (status manual, “待人工评估”); the name already counts the fall, so each year's cell takes the fall in percent: if the plan means a fall of ${about ? "about" : "at least"} ${p.amount}, ${rewriteEn(w, `“${about ? `${p.amount}左右` : `≥${p.amount}`}”`)}; loaded, to check`;
    const how = p.baseline === null || p.suggested === null
      ? "the baseline is no number, so it cannot be turned into a target value"
      : `if the plan means ${about ? "about" : p.up ? "at least" : "at most"} ${p.suggested} (${p.per === "hold" ? "the baseline" : p.per === "times" ? `${p.baseline} × ${p.amount}` : p.per === "percent" ? `${p.baseline} × (1 ${p.up ? "+" : "−"} ${p.amount}%)` : `${p.baseline} ${p.up ? "+" : "−"} ${p.amount}${p.per === "unit" ? ` ${p.unit ?? ""}` : " points"}`}), ${rewriteEn(w, `“${about ? `${p.suggested}左右` : `${p.up ? "≥" : "≤"}${p.suggested}`}”`)}`;
    return `the target “${p.target}” ${p.per === "hold" ? `means ${p.up ? "no lower" : "no higher"} than the baseline, with no target value written` : "is a change from the baseline, not a target value"}: kept as words (status manual, “待人工评估”); ${how}; loaded, to check`;
  },
  "target-cumulative-rate": (p, w) => `the target “${p.target}” is checked as a five-year total (the years' own amounts add up), but this row is a percentage (baseline ${p.baseline}%), whose yearly rates do not add up: if the plan means reaching ${p.reach}% by the end, ${rewriteEn(w, `“≥${p.reach}”`)}${p.rise === null ? "" : `; if it means a rise of ${p.reach} percentage points (${p.rise}% by the end), write “≥${p.rise}”`}; loaded, to check`,
  "target-level-rise": (p, w) => `the target “${p.target}” is a five-year total while the baseline ${p.baseline} is a level: checked as a total, each year's cell takes that year's rise (not the year's level), and the years add up; if the plan means reaching ${p.suggested} (${p.baseline} + ${p.total}) by the end, ${rewriteEn(w, `“≥${p.suggested}”`)}; loaded, to check`,
  "target-negative-total": (p, w) => {
    const years = `it is met once they add up to −${p.total} or more: from the start, with no fall at all`;
    const fix = p.name === null ? `the name says the fall already: ${rewriteEn(w, `“${p.positive}”`)}` : `rename it “${p.name}” and ${rewriteEn(w, `“${p.positive}”`)}`;
    return `the target “${p.target}” is a negative five-year total: a total is checked by adding up each year's own amount, so ${years}; plans write a fall as a positive total on a name that says the fall, 减少 or 降低 (“单位GDP能源消耗降低〔13.5〕”): ${fix}, each year's cell then taking that year's fall; loaded, to check`;
  },
  "unit-differs": (p) => `the values are written in “${p.valueUnit}”, the indicator's unit is “${p.unit || "none"}”: check unit and scale; loaded, to check`,
  "plan-negative": (p, w) => {
    const number = p.which === "baseline" ? `the baseline ${p.baseline}` : `the target ${p.target}`;
    const way = p.direction === null ? "there is no direction"
      : p.guessed ? `the direction is read from the numbers alone as “${DIRECTION_LABELS.en[p.direction]}” (baseline ${p.baseline} → target ${p.target})`
        : `the direction is “${DIRECTION_LABELS.en[p.direction]}”`;
    const fix = p.direction === "down" ? "" : `; if a negative number is the better result (such as “a negative value means recharge”), ${rewriteEn(w, `“≤${p.target}”`)}`;
    return `${number} is negative (a unit, “${p.unit || "none"}”, whose values are usually never below 0): this row's yearly values may be negative too, and are not refused as negative; ${way}: check it against the plan's notes${fix}; loaded, to check`;
  },
  "baseline-missing": (p, w) => `${p.rows.length === 1 ? "this row has" : `these ${p.rows.length} rows have`} no baseline (${p.baselineYear}): ${p.rows.map((r) => `“${r}”`).join(", ")}; without a baseline no progress timing can be computed, so every year below the target is judged lagging and asks for an explanation; fill in their ${p.baselineYear} values ${w.pane ? "in the import preview's Baseline column" : "as the indicators' baseline in the template file written"} before the template is distributed; loaded, to check`,
  "direction-series-up": (p) => `neither the target nor the name says a direction for ${p.rows.length === 1 ? "this row" : `these ${p.rows.length} rows`}, so ${p.rows.length === 1 ? "it is" : "they are"} judged higher-is-better because the target is above the baseline (at least the target is met): ${p.rows.map((r) => `“${r}”`).join(", ")}; if a row means otherwise, write its target as “≤…” (lower is better) or “≥…”; loaded, to check`,
  "direction-name-keep": (p, w) => `the direction is taken from the name's “${p.word}” (higher is better), but the target ${p.target} is below the baseline ${p.baseline}: judged as holding at least ${p.target}; if the plan means falling to ${p.target}, ${rewriteEn(w, `“≤${p.target}”`)}; loaded, to check`,
  "target-bare-reduction": (p, w) => `the name is a fall over the plan period, the baseline is empty and the target “${p.target}” has no 〔〕: is it a five-year total? If so, write it ${p.written} (${rewriteEn(w, `“${p.written}”`)}; each year's cell then takes that year's own fall and the years add up); otherwise it is checked as a level of ${p.target} each year (and at the end); loaded, to check`,
  "direction-from-series": (p, w) => `neither the target nor the name says a direction, and the target ${p.target} is below the baseline ${p.baseline}: judged lower-is-better (at most ${p.target} is met); if the plan means holding at least ${p.target}, ${rewriteEn(w, `“≥${p.target}”`)} or ${directionUpEn(w)}, else every return's check says each year that the direction was inferred; loaded, to check`,
  "direction-from-change": (p, w) => `the direction follows the change the plan states (“${p.change}”): judged lower-is-better (at most ${p.target} is met), and returns are not told the direction was inferred; if the plan means holding at least ${p.target}, ${directionUpEn(w)}; loaded, to check`,
  "baseline-words": (p, w) => `the baseline “${p.value}” is no number: kept as words, so each year is judged as without a baseline (no progress timing); if the baseline has a value, write it ${inPreviewEn(w, "baseline")}; loaded, to check`,
  "target-range": (p, w) => {
    const why = p.word !== null ? `the name's “${p.word}” says ${p.bound === "ceiling" ? "lower" : "higher"} is better` : p.baseline !== null && p.bound !== null ? `the baseline ${p.baseline} lies ${p.bound === "floor" ? "below" : "above"} the range, so the plan means to ${p.bound === "floor" ? "raise" : "lower"} it into the range` : "";
    const how = p.bound === "floor" ? `if the plan means at least the lower end ${p.low}, ${rewriteEn(w, `“≥${p.low}”`)}`
      : p.bound === "ceiling" ? `if the plan means at most the upper end ${p.high}, ${rewriteEn(w, `“≤${p.high}”`)}`
      : `if the plan means at least the lower end ${p.low}, ${rewriteEn(w, `“≥${p.low}”`)}; at most the upper end ${p.high}, as “≤${p.high}”`;
    return `the target “${p.target}” is a range (${p.low} to ${p.high}), which the rules have no form for: loaded as words, so each year is manual (“待人工评估”) and values are not checked against it; ${why ? `${why}: ` : ""}${how}; loaded, to check`;
  },
  "target-compound": (p, w) => `the target “${p.target}” has ${p.parts.length} parts (${p.parts.join(", ")}) and the name lists no such parts: loaded whole, so each year is manual (“待人工评估”) and values are not checked against it; if the parts are separate indicators, list them in the name joined by “/” (such as “A/B”) ${w.pane ? "in the box above and click Read again" : "in the table and import again"}, or split the row into ${p.parts.length} rows, one target each; if one of the values is the target to judge by, keep that one alone; otherwise leave it to manual assessment; loaded, to check`,
  "target-remark": (p, w) => `the target “${p.target}” is judged by “${p.reads}”, before the brackets; ${p.kind === "year" ? `“${p.remark}” in the brackets is the target's year` : p.kind === "aim" ? `“${p.remark}” in the brackets is a stretch aim, for reference only and not judged (reaching the target before the brackets is met); if the plan means to judge by the aim, ${rewriteEn(w, "that figure")}` : p.kind === "interim" ? `“${p.remark}” in the brackets is another year's figure, not judged, kept in the indicator's note` : `“${p.remark}” in the brackets is not judged`}; loaded, to check`,
  "target-words": (p, w) => (p.words === true
    ? `the target “${p.target}” is words without a number: loaded as words, so each year is manual (“待人工评估”) and values are not checked against it; ${p.assigned === true ? `once the higher body's number is known, write it as the target ${inPreviewEn(w, "target")} (such as “≥…” or “≤…”)` : `if the plan means a number or a bound, write the target as one ${inPreviewEn(w, "target")} (${p.baseline == null ? "such as “≥…” or “≤…”" : `such as “≥${p.baseline}” for not below the baseline`})`}; loaded, to check`
    : `the target “${p.target}” has a number but is no form the rules read (such as ≥95, <8, 5左右, 〔30〕): loaded as words, so each year is manual (“待人工评估”) and values are not checked against it; if the plan means a bound, ${rewriteEn(w, `“≥…”`)} or “≤…”; loaded, to check`),
  "target-none": (p, w) => `the target is “${p.target}”, no target: every year is not applicable (不适用), values are checked for their form only, not graded; if the plan has a target, fill it ${inPreviewEn(w, "target")}; loaded, to check`,
  "baseline-remark": (p, w) => `the baseline “${p.value}” is read as ${p.read}; ${p.kind === "year" ? `“${p.remark}” in the brackets is the year of that figure, and progress is still timed from the header's baseline year; if the figure for the baseline year is known, write it ${inPreviewEn(w, "baseline")}` : `“${p.remark}” in the brackets is not judged`}; loaded, to check`,
  "baseline-bound": (p, w) => `the baseline “${p.value}” is not an exact value: progress is measured from ${p.read}; if the exact baseline is known, write it ${inPreviewEn(w, "baseline")}; loaded, to check`,
  "yearly-no-target": (p, w) => {
    const these = p.years.length === 1 ? "that year" : "those years";
    return `“${p.name}” has no yearly target in ${yearList(p.years, ", ")} (written ${writtenEn(p.written)}): ${p.years.length === 1 ? "that year reads “不适用” (not applicable) and its value is" : "those years read “不适用” (not applicable) and their values are"} not checked (${yearList(p.withTarget, ", ")} ${p.withTarget.length === 1 ? "has" : "have"} one); to judge ${these} against the ${lastOf(p.withTarget)} target instead, ${w.pane ? `delete ${p.years.length === 1 ? "its target" : "their targets"} in the box above and click Read again` : `delete ${p.years.length === 1 ? "it" : "them"} from the yearly targets (yearlyTargets) of the template file written, or from the table and import again`}; loaded, to check`;
  },
  "target-approximate-baseline-met": (p, w) => `the target “${p.target}” ${bandEn(p)}, and the baseline ${p.baseline} is already inside: the row is met from the first year, even if the value ${p.down ? "rises" : "falls"} within that range, and the sheet's direction reads “${ABOUT_EN}”${p.word === null ? "" : `; the name's “${p.word}” would say ${p.down ? "lower" : "higher"} is better, but not against an “about” target`}; if the plan means ${p.reach ? `${p.down ? "getting down to" : "reaching"} ${p.value} (${p.down ? "at most" : "at least"} ${p.value})` : `${p.down ? "at most" : "at least"} ${p.value}`}, ${rewriteEn(w, `“${p.down ? "≤" : "≥"}${p.value}”`)}; loaded, to check`,
  "target-approximate-direction": (p, w) => `the target “${p.target}” ${bandEn(p)}, whichever the side, so a value well ${p.down ? "below" : "above"} ${p.value} is lagging too, and the sheet's direction reads “${ABOUT_EN}”; the name's “${p.word}” would say ${p.down ? "lower" : "higher"} is better, but not against an “about” target: if the plan means ${p.down ? "at most" : "at least"} ${p.value}, ${rewriteEn(w, `“${p.down ? "≤" : "≥"}${p.value}”`)}; loaded, to check`,
  "target-approximate-far": (p) => `the target “${p.target}” is about ${p.below ? `1/${p.factor} of` : `${p.factor} times`} the baseline ${p.baseline}: perhaps a digit too ${p.below ? "few" : "many"} (${p.meant}左右?); an “about” target (左右) is judged by its distance, so every year would read severely lagging; loaded as written, to check`,
  "target-approximate-wide": (p, w) => `the target “${p.target}” ${bandEn(p)}, which on a percentage row is ${p.points} percentage points either side: a value ${p.points} points ${p.down ? "above" : "below"} ${p.value} is met too; if the plan means ${p.down ? "at most" : "at least"} ${p.value}, ${rewriteEn(w, `“${p.down ? "≤" : "≥"}${p.value}”`)}; loaded, to check`,
  "list-total": (p) => `“${p.label}” is a total row, no project or reform: not loaded`,
  "list-row-joined": (p, w) => `this ${w.line} has no number (${NO}): cells of the item above (${w.line} ${p.rowLine}, ${NO} ${p.number || "(none)"} “${p.name}”) wrapped onto it (a PDF or Word copy), joined to that item's fields; loaded, to check`,
  "list-no-name": (p) => `${NO} ${p.number} has no name: not loaded`,
  "list-group-empty": (p) => `the group line “${p.category}” has no project or reform under it: not loaded`,
  "list-unclassified": (p) => `${p.count} ${p.count === 1 ? "item is" : "items are"} under no group line (such as 一、教育) or category column: category “${p.word}”; loaded, to check`,
  "list-category-long": (p) => `the category “${p.category}” is longer than 20 characters, cut to “${p.kept}”; loaded, to check`,
  "list-investment-wan": (p) => `investments written in 万元 (10,000 yuan): ${p.count} divided by 10000 into 亿元 (such as “${p.written}” → “${p.read}”; the row as written is kept as each item's source); loaded, to check`,
  "list-investment-unit": (p, w) => `the header “${p.label}” names no unit: investments read as 亿元 (100 million yuan); if they are 万元, write “（万元）” in the header (${againEn(w)}); loaded, to check`,
  "list-investment-approx": (p) => `the investment “${p.written}” is approximate: read as ${p.read} 亿元; loaded, to check`,
  "list-investment-words": (p) => `the investment “${p.written}” is no number: kept as written (manual when evaluated); loaded, to check`,
  "list-period-respelt": (p) => `construction years written in one form, “2023-2025” (${p.count}, such as “${p.written}” → “${p.read}”); loaded, to check`,
  "list-period-unreadable": (p, w) => `the construction years ${p.written === "" ? "are empty" : `“${p.written}” are no years (write “2023-2025” or “2024”)`}: kept as written, so check will say the construction years are not in the right form; correct them in the table (${againEn(w)})${w.pane ? "" : ", or the item's period in the template file written"}; loaded, to check`,
  "list-period-joined": (p) => `the columns ${p.labels.map((l) => `“${l}”`).join(" and ")} joined into the construction years (${p.count}, such as “${p.written}” → “${p.read}”); loaded, to check`,
  "list-no-period": (p, w) => `none of the ${p.count} projects has construction years (no “建设起止年限” column, nor “开工年份” and “竣工年份” columns, or all their cells are empty): check would mark every project invalid, which the filing unit cannot correct; add the construction years to the table (such as “2023-2025”; ${againEn(w)})${w.pane ? "" : ", or fill in each item's period in the template file written"}; loaded, to check`,
  "list-column-unused": (p) => `the header's column “${p.label}” has no field in a ${p.kind === "projects" ? "project" : "reform"} list's return: its data not loaded`,
  "list-deadline": (p) => `the column${p.labels.length === 1 ? "" : "s"} ${p.labels.map((l) => `“${l}”`).join(", ")} ${p.labels.length === 1 ? "has" : "have"} no field of ${p.labels.length === 1 ? "its" : "their"} own in a reform list's return: kept at the end of each reform's tasks (such as “（完成时限：2024年底）”); loaded, to check`,
  "list-unit-note": (p) => `“${p.note}” is the table's unit note, not its title; ${p.unit === "" ? "not used for investments (the header names their unit, or there is no investment column)" : `investments whose header names no unit read in ${p.unit}${p.unit === "万元" ? " (divided by 10000 into 亿元)" : ""}`}; loaded, to check`,
  "list-header-rows": (p) => `the header is written over two rows, read together as “${p.header}” (the upper row's unit applies to the columns under it); loaded, to check`,
  "list-type-remark": (p) => `the column “${p.label}” (新建, 续建…) is a project's type, not its category: kept in each project's remark; categories come from group lines (such as “（一）交通”) or a category column; loaded, to check`,
  "list-spaced": (p) => `the list's columns are separated by spaces (a copy from a PDF): ${englishCount(p.rows, "row")} with exactly the header's ${p.columns} words read one word a column; loaded, to check`,
  "list-spaced-unaligned": (p, w) => `this line is separated by spaces into ${englishCount(p.words, "word")} while the header has ${p.columns} columns (“${p.labels}”), so which word goes in which column cannot be told (a space inside a name or another cell, a piece of a row the PDF copy wrapped, a group without a number); copy the table from Word or Excel (columns separated by tabs), or separate this line's columns with tabs (${againEn(w)}); not loaded`,
  "list-period-months": (p) => `construction years written with months: the years kept (${p.count}, such as “${p.written}” → “${p.read}”); loaded, to check`,
  "list-markup": (p) => `web markup in ${p.count} ${p.count === 1 ? "cell" : "cells"} (such as “${p.tag}”, left by a document's conversion) taken off; loaded, to check`,
  "list-years": (p, w) => `the list's header has no years: baseline year ${p.baselineYear} and target year ${p.targetYear} taken from ${p.from === "title" ? "the title" : "the items' construction years"}; if they are not right, ${w.pane ? "name the year (such as 2024年…项目清单) or the plan period in the title and click Read again" : "import again with --baseline-year and --target-year"}; loaded, to check`,
};

/** Each code's effect (the one home of which codes leave something out). */
export const UNREAD_EFFECT: Readonly<Record<ImportCode, UnreadEffect>> = {
  traditional: "to-check", "script-markup": "to-check", "header-joined": "to-check", "cell-per-line": "to-check", "title-joined": "to-check", "cell-breaks": "to-check", "spanned-rows": "to-check", "edge-category": "to-check",
  "column-unknown": "not-loaded", "column-weight": "not-loaded", "column-vision": "not-loaded", "column-past-target": "not-loaded", "column-growth-other": "not-loaded", "column-results": "to-check", "target-vision-only": "to-check", "target-choice": "to-check", "years-from-title": "to-check", "baseline-first-year": "to-check", "baseline-year-column": "to-check", "yearly-plan": "to-check", "spaced-columns": "to-check", "spaced-unaligned": "not-loaded", "name-only": "not-loaded", "attribute-empty": "to-check",
  "attribute-unknown": "not-loaded", "attribute-mark": "to-check", "attribute-in-note": "to-check", "row-shifted": "not-loaded", "attribute-early": "to-check", "one-cell": "not-loaded", "cell-count": "not-loaded", "unit-from-name": "to-check", "unit-left-blank": "to-check",
  "cjk-spaces": "to-check", "value-empty": "to-check", "number-only": "not-loaded", "other-table": "not-loaded",
  "project-table": "not-loaded", "number-glued": "to-check", "name-span": "to-check", "group-category": "to-check", "group-parts": "to-check", "parts-parent": "to-check", "attribute-merged": "to-check", "number-gap": "to-check", "number-heading": "to-check", "heading-numbered": "to-check", "name-joined": "to-check",
  "not-a-row": "not-loaded", "table-end": "not-loaded", "sub-row": "to-check", "name-parts": "to-check", "part-run-end": "to-check", "sub-indicators": "to-check", "no-number": "not-loaded",
  "heading-empty": "not-loaded", "domain-alone": "not-loaded", "domain-joined": "to-check", "domain-section": "to-check", "name-merged": "to-check", "domain-page-break": "to-check", "domain-wrapped": "to-check", "category-name-wrapped": "to-check",
  "compound-split": "to-check", "target-from-cumulative": "to-check", "target-cumulative-note": "to-check", "target-and-cumulative": "to-check", "target-from-growth": "to-check", "target-and-growth": "to-check", "target-in-unread-column": "not-loaded", "target-from-annual": "to-check", "baseline-words": "to-check", "baseline-bound": "to-check", "baseline-remark": "to-check", "target-none": "to-check", "direction-from-series": "to-check", "direction-series-up": "to-check", "baseline-missing": "to-check", "direction-name-keep": "to-check", "target-bare-reduction": "to-check", "direction-from-change": "to-check", "plan-negative": "to-check",
  "unit-from-value": "to-check", "unit-none": "to-check", "unit-inferred": "to-check", "unit-differs": "to-check", "target-relative": "to-check", "target-level-rise": "to-check", "target-cumulative-rate": "to-check", "target-negative-total": "to-check", "name-mark": "to-check", "name-spaces": "to-check", "name-justified": "to-check", "name-bracket": "to-check", "attribute-from-note": "to-check", "name-digit": "to-check", "value-mark": "to-check", "value-glued-mark": "to-check", "dash-lookalike": "to-check", "decimal-stop": "to-check", "name-duplicate": "to-check",
  "target-approximate-direction": "to-check", "target-approximate-baseline-met": "to-check", "target-approximate-far": "to-check", "target-approximate-wide": "to-check", "target-words": "to-check", "target-compound": "to-check", "target-remark": "to-check", "target-range": "to-check", "yearly-no-target": "to-check",
  "list-total": "not-loaded", "list-row-joined": "to-check", "list-no-name": "not-loaded", "list-group-empty": "not-loaded", "list-unclassified": "to-check", "list-category-long": "to-check",
  "list-investment-wan": "to-check", "list-investment-unit": "to-check", "list-investment-approx": "to-check", "list-investment-words": "to-check", "list-period-respelt": "to-check", "list-period-unreadable": "to-check", "list-period-joined": "to-check", "list-no-period": "to-check",
  "list-column-unused": "not-loaded", "list-deadline": "to-check", "list-years": "to-check", "list-markup": "to-check",
  "list-unit-note": "to-check", "list-header-rows": "to-check", "list-type-remark": "to-check", "list-spaced": "to-check", "list-spaced-unaligned": "not-loaded", "list-period-months": "to-check",
};

/**
 * Where a reported line is (its `line`, from ImportOptions.source), as the messages name it, in
 * Chinese (default) or English: a worksheet's row (with the sheet's name when known: 工作表「Sheet1」第
 * 16 行), a document's or web page's table row, a line of the text pasted into the task pane's box,
 * or a line of a text file. The one home of this wording (CLI formatUnread, the pane's lists).
 */
export function unreadPlace(line: number, source: TableSource, lang: "zh" | "en" = "zh"): string {
  if (lang === "en") {
    if (source.box) return `line ${line} of the pasted text`;
    if (source.kind === "paste") return `line ${line}`;
    return source.kind === "sheet" && source.sheet ? `sheet “${source.sheet}” row ${line}` : `row ${line}`;
  }
  if (source.box) return `粘贴文本第 ${line} 行`;
  return source.kind === "sheet" && source.sheet ? `工作表「${source.sheet}」第 ${line} 行` : `第 ${line} 行`;
}

/**
 * The text of a reported line's reason (its code and the parameters reported with it), in Chinese
 * (default) or English. `source`: what the text was read from (ImportResult.source): a sheet's or a
 * table's rows are called rows, a paste's lines lines, and a paste names the program it was copied
 * from when known; without it a paste is assumed (cell-breaks: its own `source`). A label or value the table already
 * quotes is quoted inside single quotes (`列“‘十五五’展望”`, nestedQuotes).
 */
export function unreadMessage(u: { code: ImportCode; params: UnreadParams[ImportCode] }, lang: "zh" | "en" = "zh", source?: TableSource): string {
  const from = source ?? (u.code === "cell-breaks" ? { kind: (u.params as UnreadParams["cell-breaks"]).source } : PASTED);
  // the params were reported with this code (importTable's report is typed per code)
  return nestedQuotes(((lang === "en" ? EN : ZH)[u.code] as (p: UnreadParams[ImportCode], w: SourceWords) => string)(u.params, sourceWords(from, lang)));
}

/** The verdict a to-check text ends in, with what joins it on (`，两行都` before it for name-duplicate). */
const VERDICT: Readonly<Record<"zh" | "en", RegExp>> = { zh: /，(两行都)?已载入，请核对$/, en: /[;,] (both )?(loaded, )?to check$/ };

/**
 * What the importer did to a line, without the verdict its text ends in (已载入，请核对 / loaded, to
 * check): the task pane says the line's state itself once a person dropped its row (已删除，不载入) or
 * edited the field it speaks of (已修改：目标). A not-loaded line's text is returned whole.
 */
export function unreadChange(u: { code: ImportCode; params: UnreadParams[ImportCode] }, lang: "zh" | "en" = "zh", source?: TableSource): string {
  const text = unreadMessage(u, lang, source);
  return UNREAD_EFFECT[u.code] === "to-check" ? text.replace(VERDICT[lang], "") : text;
}


/**
 * A reported line's cells as shown after its reason (CLI formatUnread, the pane's lists):
 * `14 | 基本养老保险参保人数(人) | （空） | 完成市下达的任务指标`, ` | ` between, an empty cell before
 * the last filled one as （空） / (empty) so the cells after it stay under their headings.
 */
export function unreadCells(text: string, lang: "zh" | "en" = "zh"): string {
  return showCells(text, EMPTY_CELL[lang]);
}
