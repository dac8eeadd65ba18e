import { STATUS_CODES } from "../../../src/domain/Status";
import type { CheckDialogData, DialogFlag } from "../../../src/ui/dialog/CheckDialogData";
import { parseDialogMessage } from "../../../src/ui/dialog/DialogMessage";
import { MAX_LISTED, resultView } from "../../../src/ui/dialog/resultView";
import type { Lang } from "../../../src/ui/shared/i18n";

const flag = (cell: string, over: Partial<DialogFlag> = {}): DialogFlag => ({
  sheet: "舟山市表2", cell, name: "每千人口床位数", status: "lagging", binding: true,
  text: "序时进度 51%，应达 60%", textEn: "progress 51%, expected 60%", ...over,
});
const counts = STATUS_CODES.map(() => 0);
const check = (flags: DialogFlag[], over: Partial<Extract<CheckDialogData, { kind: "check" }>> = {}): CheckDialogData =>
  ({ kind: "check", year: 2023, unit: "定海区", counts, flags, problems: [], ...over });

describe("the result dialog's wording (zh first, en complete)", () => {
  it.each<[string, CheckDialogData | null, Lang, Partial<ReturnType<typeof resultView>>]>([
    ["a check with flags, zh", check([flag("K8"), flag("K9", { status: "severe", binding: false })]), "zh", {
      title: "校验结果（2023 年，定海区）", text: null, isError: false, flagsTitle: "需关注（2 项，最急的在前）",
      flagsHint: "点任一项，即在工作表中选中它的单元格。", note: "已选中最急的一项：舟山市表2!K8。",
      pane: "全部问题和逐项修正都在任务窗格里：点功能区“开始”选项卡上的“加载模板”按钮即可打开（只打开窗格，不会加载新模板）。",
      close: "关闭",
    }],
    ["a check with flags, en", check([flag("K8")]), "en", {
      title: "Check results (2023, 定海区)", flagsTitle: "Needs attention (1, most urgent first)",
      flagsHint: "Click an item to select its cell in the sheet.", note: "The most urgent one is selected: 舟山市表2!K8.",
      pane: "All items and their fixes are in the task pane: on the Home tab, click Load Template to open it (this only opens the pane; no template is loaded).",
      close: "Close", countsLabel: "Count by status",
    }],
    ["no unit", check([], { unit: "" }), "zh", { title: "校验结果（2023 年）", text: "未发现需要处理的问题。", flagsTitle: null, flagsHint: null, note: "", pane: null }],
    ["nothing to do, en", check([]), "en", { title: "Check results (2023, 定海区)", text: "Nothing needs attention.", pane: null }],
    ["problems only", check([], { problems: ["舟山市表2：第 3 行缺少指标名称"] }), "zh", { text: null, flagsTitle: null, problems: [{ text: "舟山市表2：第 3 行缺少指标名称", level: "error", label: "错误：" }], pane: expect.stringContaining("任务窗格") }],
    // a warning (problemSeverity) is marked so, in words and in amber: the dialog listed every problem as an error
    ["an error and a warning, en", check([], { problems: ["broken", "copied"], warned: [1] }), "en", { problems: [{ text: "broken", level: "error", label: "Error: " }, { text: "copied", level: "warning", label: "Warning: " }] }],
    ["flags left out of the URL", check([flag("K8")], { omitted: 4 }), "zh", { flagsTitle: "需关注（5 项，最急的在前）", note: "已选中最急的一项：舟山市表2!K8。另有 4 项未列出，请在任务窗格中查看。" }],
    ["flags left out of the URL, en", check([flag("K8")], { omitted: 4 }), "en", { note: "The most urgent one is selected: 舟山市表2!K8. 4 more not listed here: see the task pane." }],
    ["a check error", { kind: "error", title: "check", message: "不是填报表" }, "zh", { title: "校验未完成", text: "不是填报表", isError: true, counts: null, flags: [], pane: null }],
    ["a summary error, en", { kind: "error", title: "summary", message: "x" }, "en", { title: "The summary was not made", isError: true }],
    ["an evaluation error, en", { kind: "error", title: "evaluation", message: "x" }, "en", { title: "The evaluation was not made" }],
    ["a review error", { kind: "error", title: "review", message: "x" }, "zh", { title: "生成审核表未完成" }],
    ["a review error, en", { kind: "error", title: "review", message: "x" }, "en", { title: "The review sheet was not made" }],
    // the ribbon's 生成汇总 / 生成评估 that kept a sheet: the pane's line, not as an error
    ["a summary beside a kept sheet", { kind: "kept", title: "summary", message: "已生成：汇总(2)、问题清单(2)。原有的「汇总」生成后已有改动，保留原样、未覆盖。" }, "zh",
      { title: "已生成汇总，原有的表保留未覆盖", text: "已生成：汇总(2)、问题清单(2)。原有的「汇总」生成后已有改动，保留原样、未覆盖。", isError: false, counts: null, flags: [] }],
    ["an evaluation beside a kept sheet, en", { kind: "kept", title: "evaluation", message: "x" }, "en", { title: "Evaluation made; the earlier sheet kept as it is", isError: false }],
    // the ribbon's 生成汇总 / 生成评估 that replaced its own unchanged sheets: said, under a title that says updated, not kept
    ["a summary replaced", { kind: "replaced", title: "summary", message: "已更新：汇总、问题清单" }, "zh", { title: "已更新汇总", text: "已更新：汇总、问题清单", isError: false, counts: null, flags: [] }],
    ["an evaluation replaced, en", { kind: "replaced", title: "evaluation", message: "x" }, "en", { title: "Evaluation updated", isError: false }],
    ["unreadable data", null, "zh", { title: "校验未完成", text: "无法读取结果（窗口地址不完整）。请在任务窗格中重新校验。", isError: true }],
    ["unreadable data, en", null, "en", { text: "The results could not be read (the window's address is incomplete). Check again from the task pane." }],
  ])("%s", (_n, data, lang, want) => {
    expect(resultView(data, lang)).toMatchObject(want);
  });

  it("never says “点‘加载模板’” without saying it only opens the pane (issue 16.7)", () => {
    for (const lang of ["zh", "en"] as const) {
      const v = resultView(check([flag("K8")]), lang);
      const all = [v.note, v.pane ?? "", v.flagsHint ?? ""].join(" ");
      expect(all).toMatch(lang === "zh" ? /只打开窗格，不会加载新模板/ : /only opens the pane; no template is loaded/);
      expect(v.note).not.toMatch(/加载模板|Load Template/);
    }
  });
});

describe("each flag in the dialog selects its cell", () => {
  it.each<[string, DialogFlag, Lang, { ref: string; statusText: string; binding: string | null; detail: string }]>([
    ["binding, zh", flag("K8"), "zh", { ref: "舟山市表2!K8", statusText: "滞后", binding: "约束性", detail: "序时进度 51%，应达 60%" }],
    ["binding, en", flag("K8"), "en", { ref: "舟山市表2!K8", statusText: "Lagging", binding: "Binding", detail: "progress 51%, expected 60%" }],
    ["expected, severe", flag("AB120", { status: "severe", binding: false, sheet: "表 (2)" }), "zh", { ref: "表 (2)!AB120", statusText: "严重滞后", binding: null, detail: "序时进度 51%，应达 60%" }],
    ["invalid, en", flag("I7", { status: "invalid", binding: false }), "en", { ref: "舟山市表2!I7", statusText: expect.any(String) as unknown as string, binding: null, detail: "progress 51%, expected 60%" }],
  ])("%s: shown once as sheet!cell; its message selects exactly that cell", (_n, f, lang, want) => {
    const v = resultView(check([f]), lang).flags[0];
    expect(v).toMatchObject({ ...want, name: f.name, status: f.status });
    expect(parseDialogMessage(v?.message ?? "")).toEqual({ kind: "select", sheet: f.sheet, cell: f.cell });
  });

  it(`lists at most ${MAX_LISTED}, in the order given (most urgent first), and counts the rest`, () => {
    const flags = Array.from({ length: MAX_LISTED + 7 }, (_, i) => flag(`K${i + 4}`));
    const v = resultView(check(flags), "zh");
    expect(v.flags.map((f) => f.ref)).toEqual(flags.slice(0, MAX_LISTED).map((f) => `${f.sheet}!${f.cell}`));
    expect(v.note).toContain("另有 7 项未列出");
    expect(v.flagsTitle).toBe(`需关注（${MAX_LISTED + 7} 项，最急的在前）`);
  });
});
