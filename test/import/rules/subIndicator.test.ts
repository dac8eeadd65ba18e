import { isSubIndicatorName, partsAreIndicators } from "../../../src/import/rules/subIndicator";
import { numberedRow } from "../../../src/import/rules/numberedRow";
import { partRow } from "../../../src/import/rules/partRow";
import { lastLineThrough } from "./harness";

/**
 * subIndicator: a trial's 江苏 小康 table splits some indicators into sub-indicators, the group in the name
 * column and each sub-indicator in the cell after it, with its own unit and target (`10 | 人力资源水平 |
 * 每万劳动力中研发人员数 | 人年 | ≥140`, then `| | 每万劳动力中高技能人才数 | 人 | ≥750`). Before, a long
 * sub-name was refused (读到 4 格数值), the rows below without their blank 资料来源 were dropped (没有序号),
 * and the rest loaded as parts without a word; a sheet whose 指标名称 is merged over the two columns was
 * refused row by row.
 */
describe("isSubIndicatorName: a name in the cell after the group's", () => {
  test.each<[string, boolean]>([
    ["每万劳动力中研发人员数", true],
    ["获证食品生产企业抽检合格率", true],
    ["行政村双车道四级公路覆盖率", true],
    ["城市细颗粒物（PM2.5）平均浓度", true],
    ["小学", true],
    ["≥98", false],
    ["95以上", false],
    ["达到95", false],
    ["约束性", false],
    ["", false],
  ])("%s → %s", (text, is) => {
    expect(isSubIndicatorName(text)).toBe(is);
  });
});

describe("partsAreIndicators: said when the group is a heading or the part is a name", () => {
  test.each<[string, string, boolean]>([
    ["人力资源水平", "每万劳动力中研发人员数", true],
    ["食品药品检测合格率", "获证食品生产企业抽检合格率", true],
    ["巩固率(%)", "小学", false],
    ["学生体质健康达标率", "小学", false],
  ])("%s：%s → %s", (group, part, said) => {
    expect(partsAreIndicators(group, part)).toBe(said);
  });
});

const TEXT = ["江苏省“十三五”高水平全面建成小康社会指标", "序号\t指标名称\t计量单位\t2020年目标值\t资料来源"];
// 指标名称 merged over B:C: the blank cell after it, and a plain row's merged C blank
const SHEET = ["江苏省“十三五”高水平全面建成小康社会指标", "序号\t指标名称\t\t计量单位\t2020年目标值\t资料来源"];

describe("numberedRow: a group and its first sub-indicator on one row", () => {
  test.each<[string, string[], string, string | undefined, string[], boolean]>([
    ["a sub-name of 11 characters", [...TEXT, "10\t人力资源水平\t每万劳动力中研发人员数\t人年\t≥140\t省统计局"], "人力资源水平", "每万劳动力中研发人员数", ["人年", "≥140", "省统计局"], true],
    ["a sub-name past a part label's 12 characters (refused before)", [...TEXT, "19\t食品药品检测合格率\t获证食品生产企业抽检合格率\t%\t≥98\t省食药监局"], "食品药品检测合格率", "获证食品生产企业抽检合格率", ["%", "≥98", "省食药监局"], true],
    ["a part of an indicator with a unit: unsaid, as before", ["某县“十四五”主要指标", "序号\t指标\t2020年\t2025年\t属性", "1\t巩固率(%)\t小学\t95\t98\t约束性"], "巩固率(%)", "小学", ["95", "98", "约束性"], false],
    ["a sheet's merged name: the blank second cell (refused before)", [...SHEET, "1\t地区生产总值（2010年不变价）\t\t亿元\t翻一番\t省统计局"], "地区生产总值（2010年不变价）", undefined, ["亿元", "翻一番", "省统计局"], false],
    ["a sheet's merged name, the 资料来源 blank", [...SHEET, "2\t常住人口城镇化率\t\t%\t≥72"], "常住人口城镇化率", undefined, ["%", "≥72", ""], false],
    ["a sheet's group and sub-indicator", [...SHEET, "10\t人力资源水平\t每万劳动力中研发人员数\t人年\t≥140\t省统计局"], "人力资源水平", "每万劳动力中研发人员数", ["人年", "≥140", "省统计局"], true],
  ])("%s", (_d, lines, name, part, values, said) => {
    const r = lastLineThrough(numberedRow, lines);
    expect(r.outcome).toBe("taken");
    const row = r.reading.prevRow();
    expect([row?.state, row?.name, row?.part, row?.values]).toEqual(["ok", name, part, values]);
    expect(r.codes.includes("sub-indicators")).toBe(said);
  });
});

describe("partRow: the rows below a group, 序号 and group blank", () => {
  const group = "17\t基本社会保障\t城乡基本养老保险参保率\t%\t≥98\t省人社厅";
  test.each<[string, string[], string, string | null]>([
    ["without the blank 资料来源 (dropped before)", [...TEXT, group, "\t\t城乡基本医疗保险参保率\t%\t≥98"], "taken", "城乡基本医疗保险参保率"],
    ["a long name (dropped before)", [...TEXT, "22\t公共交通服务水平\t城市万人公交车拥有量\t标台\t≥16\t省交通厅", "\t\t行政村双车道四级公路覆盖率\t%\t≥90"], "taken", "行政村双车道四级公路覆盖率"],
    ["with its own 资料来源", [...TEXT, group, "\t\t失业保险参保率\t%\t≥98\t省人社厅"], "taken", "失业保险参保率"],
    ["in a sheet, the merged cells blank", [...SHEET, "10\t人力资源水平\t每万劳动力中研发人员数\t人年\t≥140\t省统计局", "\t\t每万劳动力中高技能人才数\t人\t≥750"], "taken", "每万劳动力中高技能人才数"],
    ["a long name in the name column stays without 序号", [...TEXT, group, "\t城乡居民基本医疗保险参保人数比率\t%\t≥98"], "pass", null],
    ["a value missing", [...TEXT, group, "\t\t城乡基本医疗保险参保率\t≥98"], "pass", null],
  ])("%s", (_d, lines, outcome, part) => {
    const r = lastLineThrough(partRow, lines);
    expect(r.outcome).toBe(outcome);
    if (part !== null) expect([r.reading.prevRow()?.number, r.reading.prevRow()?.part, r.reading.prevRow()?.state]).toEqual([lines[2]?.split("\t")[0], part, "ok"]);
  });
});
