import { checkActual } from "../../src/domain/checkActual";
import { str } from "../../src/domain/CellValue";
import { describeIssue } from "../../src/domain/describeIssue";
import { detectUnit } from "../../src/domain/Unit";
import { typedSpaces } from "../../src/domain/typedSpaces";
import { formatTable } from "../../src/cli/formatTable";
import { NO_PLAN } from "../../src/domain/PlanFigures";

/**
 * trial32 (A file K12): `"60.2  "`, two spaces typed after the number (the reason the cell is text), was shown
 * 「60.2 」: check's table collapsed the run, as the pane and Word do. The spaces are said in words, and the table keeps them.
 */
describe("spaces typed around a number are said, not lost", () => {
  test.each<[string, string, string]>([
    ["60.2  ", "末尾有 2 个空格", "2 trailing spaces"],
    ["60.2 ", "末尾有 1 个空格", "1 trailing space"],
    [" 7 ", "开头有 1 个空格、末尾有 1 个空格", "1 leading space and 1 trailing space"],
    ["\u300060.2", "开头有 1 个空格", "1 leading space"],
    // a zero-width space (text copied from a web page) was not counted: check quoted 「60.2」 (with U+200B) with no word of why it is text
    ["60.2\u200b", "末尾有 1 个空格", "1 trailing space"],
    ["\u200b\u00a060.2\ufeff", "开头有 2 个空格、末尾有 1 个空格", "2 leading spaces and 1 trailing space"],
    ["\u200b", "", ""],
    ["60.2", "", ""],
    ["   ", "", ""],
  ])("%j: %s", (typed, zh, en) => {
    expect(typedSpaces(typed, "zh")).toBe(zh);
    expect(typedSpaces(typed, "en")).toBe(en);
  });

  const name = "城市新能源公交车辆占比（%）";
  test.each<[string, string, string]>([
    // on main: 填写的是文本「60.2  」，公式无法读取… (and the table showed 「60.2 」)
    ["60.2  ", "填写的是文本「60.2  」（末尾有 2 个空格），公式无法读取；应填数值，建议改为 60.2", "\"60.2  \" is text (with 2 trailing spaces) the formulas cannot read; enter the number 60.2"],
    [" 60.2%", "填写的是文本「 60.2%」（开头有 1 个空格），公式无法读取；应填数值，建议改为 60.2", "\" 60.2%\" is text (with 1 leading space) the formulas cannot read; enter the number 60.2"],
    ["135万人 ", "填写的是文本「135万人 」（数值带了单位「万人」，末尾有 1 个空格），公式无法读取；应只填数值，建议改为 135", "(a number with its unit \"万人\", and 1 trailing space) the formulas cannot read"],
    ["60.2", "填写的是文本「60.2」，公式无法读取；应填数值，建议改为 60.2", "\"60.2\" is text the formulas cannot read; enter the number 60.2"],
  ])("%j", (typed, zh, en) => {
    const row = typed.includes("万人") ? "城镇新增就业人数（万人）" : name;
    const [issue] = checkActual(str(typed), { unit: detectUnit(row), name: row, plan: { ...NO_PLAN, numbers: [50, 80] } }).issues;
    expect(describeIssue(issue!, "zh")).toBe(zh);
    expect(describeIssue(issue!, "en")).toContain(en);
  });

  test("check's table keeps a run of spaces as typed; a line break is one space", () => {
    const table = formatTable(["单元格", "问题"], [["K12", "填写的是文本「60.2  」"], ["K13", "第一行\n第二行"]], [10, Infinity]);
    expect(table).toContain("「60.2  」");
    expect(table).toContain("第一行 第二行");
  });
});
