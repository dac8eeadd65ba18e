import { STATUS_LABELS, STATUS_LABELS_EN, type Status } from "../domain/Status";

export type Lang = "zh" | "en";

const ZH = {
  "app.title": "规划指标填报助手",
  "lang.toggle": "English",
  "load.title": "加载模板",
  "load.template": "填报模板",
  "load.templatePlaceholder": "（请选择模板）",
  "load.allTemplates": "全部模板",
  "load.year": "填报年度",
  "load.button": "加载模板",
  "check.title": "校验",
  "check.button": "校验当前表",
  "check.fixAll": "全部修正",
  "check.apply": "应用",
  "check.none": "未发现需要处理的问题。",
  "confirm.title": "确认修改",
  "confirm.text": "将对工作表进行以下修改：",
  "confirm.ok": "确定",
  "conflict.title": "工作表已存在",
  "conflict.text": "工作簿中已有该模板的工作表：",
  "conflict.refresh": "更新现有工作表（保留已填数据）",
  "conflict.copy": "另建一份副本",
  "common.cancel": "取消",
  "msg.ready": "就绪",
  "msg.noOffice": "未在 Excel 中运行：请在 Excel 中打开本加载项。",
  "msg.chooseTemplate": "请先选择填报模板。",
  "msg.badYear": "填报年度应为 2000–2100 之间的整数年份。",
  "msg.loading": "正在加载模板…",
  "msg.loaded": "已加载：{sheets}",
  "msg.refreshed": "已更新：{sheets}（已填数据保留）",
  "msg.cancelled": "已取消，工作簿未做修改。",
  "msg.checking": "正在校验…",
  "msg.checked": "校验完成（{year} 年）：{n} 项需关注。",
  "msg.applying": "正在写入修改…",
  "msg.applied": "已修改 {n} 个单元格。",
  "msg.error": "出错了：{error}",
  "msg.selectFailed": "无法选中 {ref}：{error}",
  "flag.value": "填报值",
  "flag.expected": "序时进度",
  "flag.progress": "进度",
  "flag.target": "目标",
  "flag.empty": "（空）",
  "flag.binding": "约束性",
  "flag.expectedAttr": "预期性",
  "flag.problems": "工作簿问题",
  "summary.title": "汇总与审核",
  "summary.button": "生成汇总",
  "summary.hint": "为本工作簿生成“汇总”和“问题清单”工作表（已有同名表时另建，不覆盖）。",
  "summary.files": "各单位填报文件（可多选 .xlsx）",
  "summary.consolidate": "汇总所选文件",
  "review.button": "生成审核表",
  "msg.summarizing": "正在生成汇总…",
  "msg.summarized": "已生成：{sheets}",
  "msg.reading": "正在读取 {n} 个文件…",
  "msg.noFiles": "请先选择要汇总的填报文件（.xlsx）。",
  "msg.filesChosen": "已选择 {n} 个文件：{files}",
  "msg.reviewing": "正在生成审核表…",
  "msg.reviewed": "已生成审核表「{sheet}」：{rows} 条，其中待复核 {stale} 条。",
  "msg.reviewReplaced": "已更新审核表「{sheet}」（保留已有审核结论）：{rows} 条，其中待复核 {stale} 条。",
} as const;

export type MessageKey = keyof typeof ZH;

const EN: Record<MessageKey, string> = {
  "app.title": "Plan Indicator Returns",
  "lang.toggle": "中文",
  "load.title": "Load a template",
  "load.template": "Template",
  "load.templatePlaceholder": "(choose a template)",
  "load.allTemplates": "All templates",
  "load.year": "Reporting year",
  "load.button": "Load template",
  "check.title": "Check",
  "check.button": "Check workbook",
  "check.fixAll": "Apply all fixes",
  "check.apply": "Apply",
  "check.none": "Nothing needs attention.",
  "confirm.title": "Confirm changes",
  "confirm.text": "The following cells will be changed:",
  "confirm.ok": "OK",
  "conflict.title": "Sheet already exists",
  "conflict.text": "The workbook already has a sheet for this template:",
  "conflict.refresh": "Refresh the existing sheet (keep entered values)",
  "conflict.copy": "Add a copy",
  "common.cancel": "Cancel",
  "msg.ready": "Ready",
  "msg.noOffice": "Not running in Excel: open this add-in from Excel.",
  "msg.chooseTemplate": "Choose a template first.",
  "msg.badYear": "The reporting year must be a whole year between 2000 and 2100.",
  "msg.loading": "Loading the template…",
  "msg.loaded": "Loaded: {sheets}",
  "msg.refreshed": "Refreshed: {sheets} (entered values kept)",
  "msg.cancelled": "Cancelled; the workbook was not changed.",
  "msg.checking": "Checking…",
  "msg.checked": "Check done ({year}): {n} item(s) need attention.",
  "msg.applying": "Writing changes…",
  "msg.applied": "{n} cell(s) changed.",
  "msg.error": "Error: {error}",
  "msg.selectFailed": "Could not select {ref}: {error}",
  "flag.value": "Value",
  "flag.expected": "Expected progress",
  "flag.progress": "Progress",
  "flag.target": "Target",
  "flag.empty": "(empty)",
  "flag.binding": "Binding",
  "flag.expectedAttr": "Indicative",
  "flag.problems": "Workbook problems",
  "summary.title": "Summary and review",
  "summary.button": "Make summary",
  "summary.hint": "Adds the sheets 汇总 (summary) and 问题清单 (flags) for this workbook; existing sheets are never overwritten.",
  "summary.files": "Returns to consolidate (.xlsx, several allowed)",
  "summary.consolidate": "Summarize chosen files",
  "review.button": "Make review sheet",
  "msg.summarizing": "Making the summary…",
  "msg.summarized": "Added: {sheets}",
  "msg.reading": "Reading {n} file(s)…",
  "msg.noFiles": "Choose the return files (.xlsx) to summarize first.",
  "msg.filesChosen": "{n} file(s) chosen: {files}",
  "msg.reviewing": "Making the review sheet…",
  "msg.reviewed": "Review sheet “{sheet}” added: {rows} row(s), {stale} to re-check.",
  "msg.reviewReplaced": "Review sheet “{sheet}” updated (decisions kept): {rows} row(s), {stale} to re-check.",
};

/** The UI language: English when Office's display language is English, Chinese otherwise. */
export function pickLang(displayLanguage: string | undefined | null): Lang {
  return (displayLanguage ?? "").toLowerCase().startsWith("en") ? "en" : "zh";
}

/** A UI string with {name} placeholders filled in. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const s = lang === "en" ? EN[key] : ZH[key];
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function statusLabel(lang: Lang, s: Status): string {
  return (lang === "en" ? STATUS_LABELS_EN : STATUS_LABELS)[s];
}

/** A fraction as a percentage for display (0.593 → "59.3%"); "—" when unknown. */
export function percent(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "—";
  return `${Math.round(x * 1000) / 10}%`;
}
