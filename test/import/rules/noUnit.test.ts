import { importTable } from "../../../src/import";
import { unreadMessage } from "../../../src/import/unreadMessages";

const HEAD = ["某市“十三五”生态环境保护主要指标", "指标\t2015年\t2020年\t属性"];
const INDEX = "重点生态功能区所属县域生态环境状况指数\t60。4\t>60。4\t预期性";

/** trial37 F1: a row with no unit was said by check to every unit (单位栏为空), never by the import. */
describe("noUnit: a row left with no unit is said once at import", () => {
  test.each<[string, string, string[]]>([
    ["an index with no unit", INDEX, ["unit-none"]],
    ["a unit in the name's bracket", "森林蓄积量(亿立方米)\t151\t165\t约束性", []],
    ["a unit the name's ending tells (率 → %)", "森林覆盖率\t21.66\t23.04\t约束性", ["unit-inferred"]],
    ["a rate whose unit is ‰ (trial44a F1)", "婴儿死亡率\t2.28\t<3\t预期性", ["unit-inferred"]],
    ["a rate whose unit varies: none inferred", "道路交通万车死亡率\t1.8\t<1.5\t约束性", ["unit-none"]],
    ["a unit the values carry", "劳动年龄人口平均受教育年限\t11.4年\t12.3年以上\t预期性", []],
    ["a words target: not checked against a unit", "生态环境状况\t良好\t完成省下达任务\t预期性", []],
  ])("%s", (_, line, codes) => {
    const r = importTable([...HEAD, line].join("\n"));
    if (!r.ok) throw new Error(r.message);
    expect(r.unread.map((u) => u.code).filter((c) => c === "unit-none" || c === "unit-inferred")).toEqual(codes);
  });

  test.each<["zh" | "en", boolean, string]>([
    ["zh", false, "名称中没有单位，单位留空：如是指数（无量纲）可不填，否则请在生成的模板文件中（该指标的 unit）写明单位，已载入，请核对"],
    ["en", false, "no unit in the name: the unit is left blank; an index (no unit) may stay so, otherwise write the unit in the template file written (the indicator's unit); loaded, to check"],
    ["zh", true, "名称中没有单位，单位留空：如是指数（无量纲）可不填，否则请在导入预览的“单位”列写明单位，已载入，请核对"],
    ["en", true, "no unit in the name: the unit is left blank; an index (no unit) may stay so, otherwise write the unit in the import preview's Unit column; loaded, to check"],
  ])("said in %s (pane: %s)", (lang, pane, text) => {
    const r = importTable([...HEAD, INDEX].join("\n"), pane ? { source: { kind: "paste", box: true } } : {});
    if (!r.ok) throw new Error(r.message);
    const u = r.unread.find((x) => x.code === "unit-none");
    expect(u && unreadMessage(u, lang, r.source)).toBe(text);
  });
});

/** trial44a F1: a unit read from the name (婴儿死亡率 → ‰) was said by check only, after the returns were sent; the import names it. */
describe("noUnit: a unit inferred from the name is said at import, with the unit", () => {
  test.each<[string, "zh" | "en", string]>([
    ["婴儿死亡率\t2.28\t<3\t预期性", "zh", "名称中没有单位，按名称推断单位为“‰”，填报的数值按它核对：如不是，请在生成的模板文件中（该指标的 unit）写明单位，已载入，请核对"],
    ["孕产妇死亡率\t9.7\t<9\t预期性", "zh", "名称中没有单位，按名称推断单位为“1/10万”，填报的数值按它核对：如不是，请在生成的模板文件中（该指标的 unit）写明单位，已载入，请核对"],
    ["森林覆盖率\t21.66\t23.04\t约束性", "en", "no unit in the name: the unit is inferred from the name as “%”, and the values are checked in it; if that is wrong, write the unit in the template file written (the indicator's unit); loaded, to check"],
  ])("%s (%s)", (line, lang, text) => {
    const r = importTable([...HEAD, line].join("\n"));
    if (!r.ok) throw new Error(r.message);
    const u = r.unread.find((x) => x.code === "unit-inferred");
    expect(u && unreadMessage(u, lang, r.source)).toBe(text);
  });
});
