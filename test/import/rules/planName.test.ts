import { planName } from "../../../src/import/rules/planName";

/** Trial 25a: 达州's table title names no place, the plan's name does; a sentence naming a place is no plan's name. */
describe("planName: a line that is a plan's name with a place at its start, or without a place and with its period", () => {
  test.each<[string, string, { name: string; region: string } | null]>([
    ["a plan's name", "达州市林业发展“十四五”规划", { name: "达州市林业发展“十四五”规划", region: "达州市" }],
    ["its period in a bracket after it", "开化县教育事业发展规划（2021—2025年）", { name: "开化县教育事业发展规划（2021—2025年）", region: "开化县" }],
    ["a yearly plan's year before the place", "2024年开化县国民经济和社会发展计划", { name: "2024年开化县国民经济和社会发展计划", region: "开化县" }],
    ["an outline", "衢州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", { name: "衢州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要", region: "衢州市" }],
    ["a page's <title> with the site after _", "达州市林业发展“十四五”规划_达州市林业局", { name: "达州市林业发展“十四五”规划", region: "达州市" }],
    ["a notice quoting the plan in 《》", "达州市人民政府关于印发《通川区林业发展“十四五”规划》的通知", { name: "通川区林业发展“十四五”规划", region: "通川区" }],
    ["a sentence naming a place", "达州市林业发展“十四五”规划实施以来，成效显著。", null],
    ["a sentence ending in 规划", "“十四五”时期，达州市编制林业发展规划", null],
    ["a lead-in ending in a colon", "达州市林业发展“十四五”规划：", null],
    ["a table's title", "达州市“十四五”林业发展主要目标指标表", null],
    // trial43a F5: national and 专项 plans name no place, their period tells a plan's name
    ["a plan's name without a place, with its period", "“十四五”林业发展规划", { name: "“十四五”林业发展规划", region: "" }],
    ["a national plan's name", "“十四五”国民健康规划", { name: "“十四五”国民健康规划", region: "" }],
    ["a 十三五 plan's name", "“十三五”生态环境保护规划", { name: "“十三五”生态环境保护规划", region: "" }],
    ["a yearly plan without a place", "2024年国民经济和社会发展计划", { name: "2024年国民经济和社会发展计划", region: "" }],
    ["an outline without a place", "国民经济和社会发展第十四个五年规划和2035年远景目标纲要", { name: "国民经济和社会发展第十四个五年规划和2035年远景目标纲要", region: "" }],
    ["a name without a place nor a period", "林业发展规划", null],
    ["a sentence without a place", "“十四五”时期，编制林业发展规划", null],
    ["a place not at its start", "关于编制达州市林业发展“十四五”规划", null],
    ["a heading", "指导思想", null],
    ["a paragraph's length", `达州市${"林业".repeat(40)}规划`, null],
  ])("%s: %s", (_case, line, expected) => {
    expect(planName(line)).toEqual(expected);
  });
});
