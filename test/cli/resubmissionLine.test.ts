import { resubmissionLine } from "../../src/cli/resubmissionLine";
import type { Resubmission } from "../../src/cycle/versionsSheet";
import type { ValueChange } from "../../src/cycle/diffReturns";

/**
 * summary's line for a unit that sent two versions says how many changes and of what kind, as --json's
 * `changes[].field` tells (trial44b F3: 改动 3 处（数值、说明、人工评估） when only 3 values had changed read as
 * three kinds changed).
 */
const change = (field: string): ValueChange => ({ template: "t", id: "r1", name: "人均预期寿命（岁）", field, sheet: "指标", cell: "K9", old: "1", new: "2" });
const of = (...fields: string[]): Resubmission => ({ unit: "常山县", files: ["a.xlsx", "b.xlsx"], by: "saved", changes: fields.map(change) });
const HEAD = { zh: "常山县 收到 2 版，按最新一版（b.xlsx，按工作簿记录的保存时间最晚）汇总", en: "常山县 sent 2 versions; the latest (b.xlsx, saved last, by the workbooks' own save times) is summed" };

describe("the resubmission line counts the changes by kind", () => {
  test.each([
    ["three values (trial44b)", of("2023", "2023", "2022"), "，改动 3 处（均为数值，见「版本变化」表）", ", 3 changes (all values: see the 版本变化 sheet)"],
    ["one value", of("2023"), "，改动 1 处（数值，见「版本变化」表）", ", 1 change (value: see the 版本变化 sheet)"],
    ["a project's 累计完成投资 is a value", of("completed", "2023"), "，改动 2 处（均为数值，见「版本变化」表）", ", 2 changes (all values: see the 版本变化 sheet)"],
    ["two notes", of("note", "note"), "，改动 2 处（均为说明，见「版本变化」表）", ", 2 changes (all notes: see the 版本变化 sheet)"],
    ["values, a note and an assessment, in that order", of("assess", "2023", "note", "2022"), "，改动 4 处（数值 2 处、说明 1 处、人工评估 1 处，见「版本变化」表）", ", 4 changes (2 values, 1 note, 1 assessment: see the 版本变化 sheet)"],
    ["a reform's state and evidence", of("state", "evidence", "evidence"), "，改动 3 处（状态 1 处、佐证材料 2 处，见「版本变化」表）", ", 3 changes (1 state, 2 evidence cells: see the 版本变化 sheet)"],
    ["none (两版数值相同)", of(), "，改动 0 处（见「版本变化」表）", ", 0 changes (see the 版本变化 sheet)"],
  ] as const)("%s", (_why, x, zh, en) => {
    expect(resubmissionLine(x, "zh")).toBe(`${HEAD.zh}${zh}`);
    expect(resubmissionLine(x, "en")).toBe(`${HEAD.en}${en}`);
  });
});
