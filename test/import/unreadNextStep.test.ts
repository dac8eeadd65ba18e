import { unreadMessage, type ImportCode, type UnreadParams } from "../../src/import/unreadMessages";
import type { TableSource } from "../../src/import/TableSource";

/**
 * An import note's next step is said in the terms of the person reading it (trial31p, session 32):
 * in the task pane there is no template yet, only the preview, its 目标年份 box and 读取, so the note
 * names them and no template file nor a CLI option; after the CLI's import the template file is
 * written, so the note names it (and its field) or the option, and no pane control.
 */
type Case<C extends ImportCode> = [C, UnreadParams[C]];
const CASES: ReadonlyArray<Case<ImportCode>> = [
  ["target-vision-only", { label: "2035年远景目标", baselineYear: 2020, targetYear: 2035, planEnd: 2025 }],
  ["yearly-plan", { baselineYear: 2023, targetYear: 2024, targetFromTitle: false, baselineLabel: "" }],
  ["yearly-plan", { baselineYear: 2022, targetYear: 2023, targetFromTitle: true, baselineLabel: "" }],
  ["yearly-plan", { baselineYear: 2023, targetYear: 2024, targetFromTitle: true, baselineLabel: "上年执行情况" }],
  ["target-choice", { taken: "2025年目标", targetYear: 2025, earlier: ["2023年目标"], years: [2023], later: [], chosen: false }],
  ["spaced-unaligned", { why: "too-few", columns: 5, labels: "指标 | 2020年 | 2025年 | 属性" }],
  ["target-from-annual", { value: "8", label: "年均增长（%）", target: "", words: false, rate: { name: "地区生产总值年均增长", unit: "亿元", baseline: "300" } }],
  ["target-from-growth", { label: "增长%", growth: "6左右", name: "规模以上工业增加值增长", unit: "亿元", baseline: "" }],
  ["target-in-unread-column", { label: "年均增长%", value: "8" }],
  ["direction-from-series", { baseline: "255", target: "250" }],
  ["direction-from-change", { change: "累计 〔-0.7〕", target: "5" }],
  ["baseline-words", { value: "正增长" }],
  ["baseline-bound", { value: "＞85", read: "85" }],
  ["target-none", { target: "—" }],
  ["yearly-no-target", { name: "农业科技进步贡献率", years: [2021, 2022], written: ["—"], withTarget: [2023, 2024, 2025] }],
  ["target-words", { target: "持续提升", words: true, baseline: "60" }],
  ["target-words", { target: "完成省下达任务", words: true, assigned: true }],
  ["target-relative", { target: "下降10%", up: false, amount: 10, per: "percent", baseline: "8.1", suggested: "7.29" }],
  ["target-range", { target: "7.4—7.5", low: "7.4", high: "7.5", bound: "floor", word: null, baseline: "6.46" }],
  ["target-level-rise", { target: "〔1〕", baseline: "77.3", total: "1", suggested: "78.3" }],
  ["target-negative-total", { target: "〔−100〕", total: "100", positive: "〔100〕", name: "化肥使用量减少（万吨）" }],
  ["plan-negative", { baseline: "-120", target: "0", which: "baseline", unit: "万立方米", direction: "up", guessed: true }],
  ["target-approximate-direction", { target: "3左右", value: "3", low: "2.7", high: "3.3", met: 10, word: "消费价格", down: true }],
  ["column-results", { labels: ["2024年实际"], years: [2024], baselineYear: 2025 }],
  ["list-investment-unit", { label: "总投资" }],
  ["list-period-unreadable", { written: "2024年底" }],
  ["list-no-period", { count: 7 }],
  ["list-column-unused", { label: "建设性质", kind: "projects" }],
  ["list-deadline", { labels: ["完成时限"] }],
  ["list-spaced-unaligned", { words: 9, columns: 7, labels: "序号 | 项目名称 | 建设内容" }],
  ["list-years", { baselineYear: 2023, targetYear: 2024, from: "title" }],
];

const PANE_BOX: TableSource = { kind: "paste", box: true };
const PANE_RANGE: TableSource = { kind: "sheet", sheet: "Sheet1", rows: [] };
const CLI_TEXT: TableSource = { kind: "paste" };
const CLI_XLSX: TableSource = { kind: "sheet" };

// what the pane has no part of, and what the command line has no part of
const NOT_PANE = { zh: /模板|--[a-z]|命令行|任务窗格/, en: /template|--[a-z]|command line|the pane/i };
const NOT_CLI = { zh: /导入预览|“读取”|“目标年份”|文本框|任务窗格/, en: /import preview|click Read|Target year box|the box above|the pane/i };

describe("import notes: the next step in the reader's own terms", () => {
  test.each(CASES.map(([code, params], i) => [`${code} #${i}`, code, params] as const))("%s", (_name, code, params) => {
    for (const lang of ["zh", "en"] as const) {
      for (const source of [PANE_BOX, PANE_RANGE]) expect(unreadMessage({ code, params }, lang, source)).not.toMatch(NOT_PANE[lang]);
      for (const source of [CLI_TEXT, CLI_XLSX]) expect(unreadMessage({ code, params }, lang, source)).not.toMatch(NOT_CLI[lang]);
    }
  });

  // the pane's next step names its own controls, the CLI's the file it wrote or its option
  test.each<[ImportCode, UnreadParams[ImportCode], string, string]>([
    ["target-none", { target: "—" }, "请在导入预览的“目标”列填上目标值", "请在生成的模板文件中（该指标的 target）填上目标值"],
    ["direction-from-change", { change: "累计 〔-0.7〕", target: "5" }, "可在导入预览的“方向”列选“↑越高越好”", "可在生成的模板文件中把该指标的方向（direction）设为 up"],
    ["target-choice", { taken: "2025年目标", targetYear: 2025, earlier: ["2023年目标"], years: [2023], later: [], chosen: false }, "请在“目标年份”一栏改选", "请加 --target-year 2023 重新导入"],
    ["target-vision-only", { label: "2035年远景目标", baselineYear: 2020, targetYear: 2035, planEnd: 2025 }, "请在表格中加上“2025年目标”一列，在上面的文本框中改好后重新点“读取”", "请在表格中加上“2025年目标”一列，改好后重新导入"],
  ])("%s", (code, params, pane, cli) => {
    expect(unreadMessage({ code, params }, "zh", PANE_BOX)).toContain(pane);
    expect(unreadMessage({ code, params }, "zh", CLI_TEXT)).toContain(cli);
  });
});
