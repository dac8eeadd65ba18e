import { checkActual } from "../../src/domain/checkActual";
import { str } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { detectUnit } from "../../src/domain/Unit";
import { NO_PLAN } from "../../src/domain/PlanFigures";

/*
 * trial27a: `－3` typed as text in a 0–100 % row was told "建议改为 -3；百分比应在 0–100 之间，实际为 -3" (and the
 * pane offered to write -3), and `（70.5）` got only "应填数值…实际为「（70.5）」" where ' 7 ', '95', '1,234.5' and
 * '5.2%' were called text. A number typed as text is offered only where the row takes it (§2: a suggestion is
 * checked against the row's range); a number in brackets is text with two readings, named and never offered.
 */
const SHARE = "数字经济核心产业增加值占GDP比重（%）";
const GROWTH = "地区生产总值增长（%）";
const check = (name: string, typed: string, scale: number[]) => checkActual(str(typed), { unit: detectUnit(name), name, plan: { ...NO_PLAN, numbers: scale } });

describe("a number typed as text is offered only where the row takes it", () => {
  test.each<[string, string, string, number[], number | undefined, string, string]>([
    ["－3 in a 0–100 row: named as read, not offered", SHARE, "－3", [10, 12.5], undefined,
      "填写的是文本「－3」，公式无法读取；应填数值，读作 -3，本行不能填此数，请核实；百分比应在 0–100 之间，实际为 -3",
      "\"－3\" is text the formulas cannot read; read as -3, which this row cannot take: check it; a percentage must be within 0–100, found -3"],
    ["－3 in a change row: offered", GROWTH, "－3", [6, 5.5], -3, "填写的是文本「－3」，公式无法读取；应填数值，建议改为 -3", "\"－3\" is text the formulas cannot read; enter the number -3"],

    ["150万人 in a 万人 row with a negative sign", "城镇新增就业人数（万人）", "-150万人", [10, 12], undefined,
      "填写的是文本「-150万人」（数值带了单位「万人」），公式无法读取；应只填数值，读作 -150，本行不能填此数，请核实",
      "\"-150万人\" is text (a number with its unit \"万人\") the formulas cannot read; read as -150, which this row cannot take: check it and enter the number alone"],
    ["' 7 ' as before", SHARE, " 7 ", [10, 12.5], 7, "建议改为 7", "enter the number 7"],
  ])("%s", (_, name, typed, scale, offered, zh, en) => {
    const r = check(name, typed, scale);
    const fix = r.issues.find((i) => i.suggestion !== undefined);
    expect(fix?.suggestion).toBe(offered);
    expect(r.issues.map((i) => describeIssue(i, "zh")).join("；")).toContain(zh);
    expect(r.issues.map((i) => describeIssue(i, "en")).join("; ")).toContain(en);
  });
});

/*
 * trial32: 「0.835」 written as text by a script in a ≥85 % row was told two things at once, "读作 0.835，本行不能填此数"
 * (untrue: 0.835 is within 0–100) and "百分比填为 0.835…应为 83.5？". A number the row takes that reads as a fraction is
 * one slip: one message, the fraction's ×100 offered, as for the number 0.835 (this replaces the 0.95 case above, which
 * pinned the two messages).
 */
describe("text that reads as a fraction of a % row is one message offering ×100", () => {
  test.each<[string, string, number[], number, string, string]>([
    ["0.835", SHARE, [80.1, 85], 83.5,
      "填写的是文本「0.835」，公式无法读取；应填数值，读作 0.835，基期值或目标值在 10 以上，疑似按小数填写，建议改为 83.5",
      "\"0.835\" is text the formulas cannot read; read as 0.835, which looks like a fraction (the baseline or target is 10 or more): enter the number 83.5"],
    ["0.95", SHARE, [10, 12.5], 95,
      "填写的是文本「0.95」，公式无法读取；应填数值，读作 0.95，基期值或目标值在 10 以上，疑似按小数填写，建议改为 95",
      "\"0.95\" is text the formulas cannot read; read as 0.95, which looks like a fraction (the baseline or target is 10 or more): enter the number 95"],
    ["０．９", SHARE, [60, 70], 90, "读作 0.9，基期值或目标值在 10 以上，疑似按小数填写，建议改为 90", "read as 0.9, which looks like a fraction"],
    ["0.835 ", SHARE, [80.1, 85], 83.5, "读作 0.835，基期值或目标值在 10 以上，疑似按小数填写，建议改为 83.5", "enter the number 83.5"],
  ])("%s", (typed, name, scale, offered, zh, en) => {
    const r = check(name, typed, scale);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: "text_number", severity: "error", received: typed, suggestion: offered });
    expect(describeIssue(r.issues[0]!, "zh")).toContain(zh);
    expect(describeIssue(r.issues[0]!, "zh")).not.toContain("本行不能填此数");
    expect(describeIssue(r.issues[0]!, "en")).toContain(en);
    expect(describeIssue(r.issues[0]!, "en")).not.toContain("cannot take");
    expect(r.value).toBeNull();
  });

  // a small share where the plan's numbers are small is a number, as before; a number the row refuses is still named
  test.each<[string, string, number[], number | undefined]>([
    ["0.835", SHARE, [0.5, 2], 0.835],
    ["－0.5", SHARE, [10, 12.5], undefined],
  ])("%s in %s, plan %j: as before", (typed, name, scale, offered) => {
    const r = check(name, typed, scale);
    expect(r.issues[0]?.suggestion).toBe(offered);
    expect(r.issues[0]?.params?.["fraction"]).toBeUndefined();
  });
});

describe("a number in brackets is text, its readings named, none offered", () => {
  test.each<[string, string, string, number[], string, string]>([
    ["full-width, a 0–100 row: only 70.5 fits", SHARE, "（70.5）", [10, 12.5],
      "填写的是文本「（70.5）」（数字加了括号），公式无法读取；应只填数值（% 0–100）：如是 70.5，请填 70.5",
      "\"（70.5）\" is text (a number in brackets) the formulas cannot read; enter the number alone (% 0–100): if 70.5 was meant, enter 70.5"],
    ["half-width, a change row: both fit", GROWTH, "(3.5)", [6, 5.5],
      "填写的是文本「(3.5)」（数字加了括号），公式无法读取；应只填数值（% 数值）：如是负数（会计记法），请填 -3.5；如是 3.5，请填 3.5",
      "if a negative number was meant (accounting brackets), enter -3.5; if 3.5 was meant, enter 3.5"],
    ["with a percent sign, in a % row", SHARE, "( 5.2% )", [10, 12.5], "如是 5.2，请填 5.2", "if 5.2 was meant, enter 5.2"],
    ["neither fits", SHARE, "（170）", [10, 12.5], "括号中的数按正数或负数读都不符合本行要求，请核实", "read as positive or negative, the number in brackets does not fit this row: check it"],
  ])("%s", (_, name, typed, scale, zh, en) => {
    const r = check(name, typed, scale);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: "not_a_number", severity: "error", received: typed });
    expect(r.issues[0]?.suggestion).toBeUndefined();
    expect(describeIssue(r.issues[0]!, "zh")).toContain(zh);
    expect(describeIssue(r.issues[0]!, "en")).toContain(en);
    expect(r.value).toBeNull();
  });
});
