import { importTable } from "../../src/import";

/**
 * The 来源 a template keeps (source.document), printed on every return's cover: the plan's own name where
 * the lines above the title or the document give one (planName), not a saved web page's file name
 * (trial26a: every distributed return read 来源 plan15.html 专栏1); import --document wins; else the
 * file's name; a paste with none is 粘贴的表格文本.
 */
const TABLE = "云岭县“十五五”主要指标\n序号\t指标\t2025年\t2030年\t属性\n1\t森林覆盖率（%）\t60\t62\t约束性";

describe("the 来源 of an imported plan", () => {
  test.each<[string, string, Parameters<typeof importTable>[1], string]>([
    ["a plan's name above the title", `云岭县国民经济和社会发展第十五个五年规划纲要\n${TABLE}`, {}, "云岭县国民经济和社会发展第十五个五年规划纲要"],
    ["a web page's <title>, read from a file", TABLE, { documentNames: ["云岭县国民经济和社会发展第十五个五年规划纲要"], fileName: "plan15.html" }, "云岭县国民经济和社会发展第十五个五年规划纲要"],
    ["--document given", TABLE, { document: "县政府文件 云政发〔2026〕1号", documentNames: ["云岭县国民经济和社会发展第十五个五年规划纲要"], fileName: "plan15.html" }, "县政府文件 云政发〔2026〕1号"],
    ["no plan's name: the file's", TABLE, { documentNames: ["政府信息公开"], fileName: "plan15.html" }, "plan15.html"],
    ["a paste with none", TABLE, {}, "粘贴的表格文本"],
  ])("%s", (_d, text, opts, document) => {
    const r = importTable(text, opts);
    if (!r.ok) throw new Error(r.message);
    expect(r.template.source.document).toBe(document);
  });
});
