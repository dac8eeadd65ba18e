import { nameSpaces } from "../../../src/import/rules/nameSpaces";
import { importTable } from "../../../src/import";
import { draftThrough, HEAD } from "./harness";

/** nameSpaces: a line wrap's space between two Chinese characters of a name is taken out and said; one beside Latin or a figure stays (trial29a). */
describe("nameSpaces", () => {
  test.each<[string, string, string, string[]]>([
    ["a wrap inside a word (trial29a)", "农产品质量安全例行监测合格 率(%)", "农产品质量安全例行监测合格率(%)", ["name-spaces"]],
    ["before a particle", "乡镇(街道)范围具备综合功能 的养老服务机构覆盖率(%)", "乡镇(街道)范围具备综合功能的养老服务机构覆盖率(%)", ["name-spaces"]],
    ["two wraps, a full-width space", "乡村义务教育学校专任教师本 科以上　学历比例(%)", "乡村义务教育学校专任教师本科以上学历比例(%)", ["name-spaces"]],
    ["between Latin words: kept", "CPI and PPI涨幅(%)", "CPI and PPI涨幅(%)", []],
    ["beside a Latin word or a figure: kept", "单位 GDP 能耗降低(%)", "单位 GDP 能耗降低(%)", []],
    ["no space", "森林覆盖率(%)", "森林覆盖率(%)", []],
  ])("%s", (_d, name, joined, codes) => {
    const { draft, codes: got } = draftThrough(nameSpaces, [...HEAD, `1\t${name}\t60\t62\t预期性`]);
    expect([draft.name, got]).toEqual([joined, codes]);
  });

  test("the template and the line said name the joined name, the unit read from it", () => {
    const r = importTable([...HEAD, "1\t农产品质量安全例行监测合格 率(%)\t97.8\t98\t预期性"].join("\n"));
    if (!r.ok) throw new Error(r.message);
    expect([r.template.indicators[0]?.name, r.template.indicators[0]?.unit]).toEqual(["农产品质量安全例行监测合格率(%)", "%"]);
    expect(r.unread.find((u) => u.code === "name-spaces")?.reason).toBe("名称“农产品质量安全例行监测合格 率(%)”中汉字之间的空格按粘贴时的断行处理，已去掉，名称读作“农产品质量安全例行监测合格率(%)”，已载入，请核对");
  });
});
