import { shownTarget } from "../sheet/shownTarget";
import { COVER_NAME } from "../sheet/coverSheet";
import { percentText } from "../sheet/percentText";
import { COVER_WORDS } from "../domain/COVER_WORDS";
import { methodToVerifyByStatus, statusCountsText, toVerifyByStatus, toConfirmByStatus } from "../domain/statusCountsText";
import { lockFacts } from "../cycle/lockFacts";
import { valueCell } from "../sheet/valueCell";
import { otherYearLockText } from "../cycle/otherYearLockText";
import { STATUS_CODES } from "../domain/Status";
import type { CheckItem, CheckReport } from "../sheet/CheckReport";
import { describeWorkbookProblem } from "../sheet/describeWorkbookProblem";
import { isFlagged } from "../sheet/isFlagged";
import { displayWidth } from "./displayWidth";
import { formatTable } from "./formatTable";
import { progressBeside } from "../sheet/progressBeside";
import { progressText } from "../sheet/progressText";
import { shortName } from "./shortName";
import { rowIssueText } from "../sheet/rowIssueText";
import type { LockState } from "../cycle/applyLock";
import { planNotesLines } from "./planNotesLines";
import { CHECK_NAME_WIDTH } from "./CHECK_NAME_WIDTH";
import { cycleMessage } from "./cycleMessages";
import { yearBlankLine } from "./yearBlankLine";
import type { LockReading } from "../cycle/lockReading";
import { lockRefusalList } from "./lockRefusalList";
import { LAGS_NAMED } from "./runLock";
import type { ReturnBlank } from "../cycle/UnitFacts";
import { BINDING } from "../domain/BINDING";
import { overdueEnd } from "../domain/overdueEnd";
import { markedStatus } from "../domain/markedStatus";
import { namedApart } from "../sheet/namedApart";

const NAME_WIDTH = CHECK_NAME_WIDTH;

// one decimal, as the pane shows it (percentText): a progress of 59.7% 滞后 must not read 60%/60%
const pct = (x: number | null): string => (x === null ? "" : percentText(x));

/** The errors no status shows, counted on the totals line after the statuses (zh, en). */
const UNSHOWN_ERRORS = { locked_value_changed: { zh: "锁定后被改动", en: "Changed after the lock" } } as const;

/** `，已锁定（2026-12-02，王审核）` after the title: the return was accepted and locked, when and by whom (when recorded). */
function lockedText(lock: Extract<LockState, { locked: true }>, lang: "zh" | "en"): string {
  return `${lang === "zh" ? "，已锁定" : ", locked"}${lockFacts(lock, lang)}`;
}

/**
 * 指标/项目: the name with its 领域 where the plan has the name under another 领域 too (namedApart: 森林覆盖率（生态）), the
 * name cut (shortName) and the 领域 kept whole, so two rows of one name never read alike.
 */
function nameColumn(i: CheckItem): string {
  const apart = namedApart(i).slice(i.name.length);
  return shortName(i.name, NAME_WIDTH - displayWidth(apart)) + apart;
}

/** A progress below zero reads 倒退 (progressText): the value is on the wrong side of the baseline. */
const backwards = (i: CheckReport["items"][number]): boolean => i.progress !== null && Number.isFinite(i.progress) && i.progress < 0;
const BACKWARDS = { zh: "倒退", en: "backwards" } as const;

/** 进度/序时: a 滞后 row that would read 80.0%/80.0% shows the decimals that tell them apart (progressBeside). */
function progressColumn(i: CheckReport["items"][number], lang: "zh" | "en"): string {
  const apart = progressBeside(i);
  if (apart) return `${apart.progress}/${apart.expected}`;
  return `${backwards(i) ? BACKWARDS[lang] : progressText(i, lang, 1)}/${pct(i.expected)}`;
}

/**
 * The readable output of `check`: one line per row that needs attention, then the counts. A binding row's status is
 * marked `（约束性）` (` (binding)`, markedStatus, as the summary's 问题清单 marks it). The 问题
 * column is never cut; with `width` (stdout a terminal) it wraps to the terminal (formatTable). A
 * progress that went backwards reads 倒退 in 进度/序时 and, whole, 倒退（2.75 对基期 2.85） in 问题.
 * With `lock` (applyLock's) a locked return says so in the title (`，已锁定（2026-12-02，王审核）`), and
 * a lock record of another year that it does not apply (`，2023 年的锁定记录（…）不适用于 2024 年，本年度未锁定`);
 * the totals line ends with the errors no status counts (`锁定后被改动 3`) when there are any. With
 * `outlook` (lockReading of the file: lock's own check and rule) every reason `lock` would refuse it for
 * follows the totals, `不能锁定：plan-returns lock <file> 会因以下 N 个原因拒绝锁定：` and one numbered line
 * each in lock's words (lockRefusalList: errors counted as `数据异常 7 项、状态公式被改写 1 处（S11）`, 退回修改,
 * 待复核, changes since the lock, 待人工评估, rows out of place); nothing when lock would lock it (trial36 T2:
 * the line named errors only).
 * The plan's own issues (planNotesLines) follow the totals, and the problems of the workbook after
 * them, unless `alone` is false: a run of several files says the plan's issues, and the sheets made
 * with earlier rules (`rules_outdated`), once after all the files (planNotesLines, olderRulesLines).
 * With `blank` (cycle/blankOf of the file: 收到空表 "file", 本年度未填 "year") a line under the title says the return
 * holds nothing for its year and that summary counts it 未报, before its rows, all 未填报 (check_year_blank: 空表 /
 * 本年度未填, words for the filler of a blank form and the manager alike); with `figures` (cycle/figuresWanted: a list partly
 * filled after a change of year) the rows still asking for their figure are named there instead (check_figures_blank).
 */
export function formatReport(file: string, r: CheckReport, lang: "zh" | "en" = "zh", all = false, width?: number, lock?: LockState, alone = true, outlook?: Pick<LockReading, "report" | "refusals">, blank?: ReturnBlank | null, figures?: ReadonlyMap<CheckItem, string>): string {
  const rows = r.items
    .filter((i) => all || isFlagged(i))
    .map((i) => {
      const cell = valueCell(i, r.year);
      return [
        i.sheet, cell, nameColumn(i), i.value ?? "", shownTarget(i, lang),
        markedStatus(i.status, i.attribute, lang, overdueEnd(i.issues) !== null), i.progress === null ? "" : progressColumn(i, lang),
        // 倒退 names the value against the baseline, in the column never cut; the 审核 sheet's 问题 says the same (rowIssueText)
        rowIssueText(i, cell, lang),
      ];
    });
  const head = lang === "zh"
    ? ["工作表", "单元格", "指标/项目", "当年值", "目标", "状态", "进度/序时", "问题"]
    : ["Sheet", "Cell", "Item", "Value", "Target", "Status", "Progress/Expected", "Issues"];
  // an error no status counts (a value changed after the lock leaves 符合序时进度 as it is) is counted after them
  const unshown = (Object.keys(UNSHOWN_ERRORS) as Array<keyof typeof UNSHOWN_ERRORS>)
    .map((code) => [UNSHOWN_ERRORS[code][lang], r.items.reduce((n, i) => n + i.issues.filter((x) => x.code === code).length, 0)] as const)
    .filter(([, n]) => n > 0);
  // a count holding values the report will not grade says how many (statusCountsText, as summary's totals line)
  // …and how many are a 人工评估 conclusion not yet confirmed (markAssessmentsToConfirm), as the report says them (trial44a F5)
  const counts = [statusCountsText(r.counts, toVerifyByStatus(r.items), lang, methodToVerifyByStatus(r.items), toConfirmByStatus(r.items)), ...unshown.map(([label, n]) => `${label} ${n}`)].join("  ");
  // every reason lock would refuse the return for, under the totals, in lock's words (lockReading: lock's own rule and reading)
  const refused = outlook?.refusals.length
    ? [cycleMessage("check_lock_refused", { file, n: outlook.refusals.length }, lang), ...lockRefusalList(outlook.refusals, { file, report: outlook.report, named: LAGS_NAMED, lang, check: true })]
    : [];
  // one sheet named once in the title, in full (a column cut to 14 wide said only 江城市综合交…)
  const sheets = [...new Set(r.items.map((i) => i.sheet))];
  const one = sheets.length === 1 ? sheets[0] ?? "" : null;
  const onSheet = one === null ? "" : lang === "zh" ? `，工作表「${one}」` : `, sheet "${one}"`;
  // a cover without its 填报单位 is said where the unit would be: summary and report cannot tell whose return it is (a trial's check said nothing)
  // the cover deleted, not left blank: its own line (cover_deleted) says so and how to restore it
  const gone = r.problems.some((p) => p.code === "cover_deleted");
  const unit = lang === "zh" ? `（${r.reportingUnit || (gone ? `「${COVER_NAME}」表已被删除` : `${COVER_WORDS.zh.unit}是空的`)}）` : ` (${r.reportingUnit || (gone ? `the ${COVER_NAME} sheet was deleted` : `${COVER_WORDS.en.unit} is blank`)})`;
  const title = (lang === "zh" ? `${file} — ${r.year} 年度${unit}${onSheet}，共 ${r.items.length} 项` : `${file} — year ${r.year}${unit}${onSheet}, ${r.items.length} item${r.items.length === 1 ? "" : "s"}`)
    + (lock?.locked ? lockedText(lock, lang) : lock?.otherYear ? `${lang === "zh" ? "，" : ", "}${otherYearLockText(lock.otherYear, lang)}` : "");
  // a target with its milestone's year (300（2025 年目标）) is shown whole, not cut to 300（2025 … (trial47d F4)
  const targetWidth = r.items.some((i) => i.targetFor !== undefined && (all || isFlagged(i))) ? 20 : 12;
  const widths = [14, 8, NAME_WIDTH, 10, targetWidth, Math.max(...STATUS_CODES.map((c) => displayWidth(markedStatus(c, BINDING, lang)))), Math.max(16, displayWidth(head[6] ?? "")), Infinity];
  const table = one === null ? formatTable(head, rows, widths, width) : formatTable(head.slice(1), rows.map((x) => x.slice(1)), widths.slice(1), width);
  // several units' returns in one workbook changes what every line below means: said right under the title
  // …and an earlier year still blank (earlier_year_blank): a headline as the blank return's, not a line after the table (trial37c F5)
  // …and a sheet nothing calculated (formulas_uncalculated): its one line says why every row below reads 公式未计算, and what to do
  const LEAD = new Set(["units_merged", "earlier_year_blank", "formulas_uncalculated"]);
  const lead = r.problems.filter((p) => LEAD.has(p.code));
  // nothing for the year: said first, not left to 54 rows of 未填报 (trial37b F7), in words for the filler and the manager
  // alike, not summary's 收到空表 (trial40 F4: the filler's first check of a blank form read the manager's words)
  // a list has no earlier years' columns: its 本年度未填 names what is typed each year (a project's 累计完成投资, a reform's 进展)
  const blankLine = yearBlankLine(r, blank, lang, figures);
  const empty = blankLine ? [`! ${blankLine}`] : [];
  const rest = r.problems.filter((p) => !LEAD.has(p.code) && (alone || p.code !== "rules_outdated"));
  const plan = alone ? planNotesLines([r], lang) : [];
  const parts = [title, ...empty, ...lead.map((p) => `! ${describeWorkbookProblem(p, lang)}`), rows.length ? table : lang === "zh" ? "（没有需要关注的项）" : "(nothing needs attention)", counts, ...refused, ...plan];
  if (rest.length) parts.push(...rest.map((p) => `! ${describeWorkbookProblem(p, lang)}`));
  return parts.join("\n");
}
